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
        }
    }
}
