package org.walkstudy.datasets;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.claim.Claim;
import org.walkstudy.core.study.Study;

class ClaimsCsvTest {
    @Test
    void theTenClaimsAreNumberedInOrder() {
        List<Claim> claims = ClaimsCsv.bundled();
        assertEquals(10, claims.size());
        for (int i = 0; i < claims.size(); i++) {
            assertEquals(i + 1, claims.get(i).number());
        }
    }

    @Test
    void everyStudyAClaimNamesIsInTheBundledData() {
        Catalogue catalogue = Catalogue.bundled();
        Set<String> ids = catalogue.load(catalogue.entries()).studies().stream().map(Study::id)
                .collect(Collectors.toSet());
        for (Claim c : ClaimsCsv.bundled()) {
            for (String id : c.evidenceStudyIds()) {
                assertTrue(ids.contains(id), "claim " + c.number() + " names unknown study " + id);
            }
            for (var part : c.explicitParts()) {
                for (String id : part.evidenceStudyIds()) {
                    assertTrue(ids.contains(id), "claim " + c.number() + part.label() + " names unknown study " + id);
                    assertTrue(c.evidenceStudyIds().contains(id), "claim " + c.number() + part.label()
                            + " names " + id + " which the claim does not cite");
                }
            }
        }
    }

    @Test
    void compoundClaimsAreSplitIntoParts() {
        List<Claim> claims = ClaimsCsv.bundled();
        assertEquals(List.of("a", "b"), claims.get(1).parts().stream().map(p -> p.label()).toList());
        assertEquals(List.of("a", "b", "c", "d"), claims.get(7).parts().stream().map(p -> p.label()).toList());
        assertEquals(List.of("a", "b", "c"), claims.get(8).parts().stream().map(p -> p.label()).toList());
        assertEquals(List.of("whole"), claims.get(0).parts().stream().map(p -> p.label()).toList());
    }

    @Test
    void aPartNamingAMissingClaimIsAnError() {
        var parts = java.util.Map.of(11, List.of(claimsPart()));
        assertThrows(IllegalStateException.class, () -> ClaimsCsv.withParts(ClaimsCsv.bundled(), parts));
    }

    private static org.walkstudy.core.claim.ClaimPart claimsPart() {
        return new org.walkstudy.core.claim.ClaimPart("a", "x", List.of(), List.of(), "", Set.of(), "",
                org.walkstudy.core.claim.PartExpectation.BENEFIT, "");
    }
}
