package org.walkstudy.cli.command;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.verdict.ClaimAssessment;
import org.walkstudy.analysis.verdict.PartAssessment;
import org.walkstudy.analysis.verdict.Verdict;
import org.walkstudy.core.outcome.OutcomeDomain;

/** The bundled claims' verdicts over the bundled data answer the claims as worded (issue 12, section 4). */
class BundledVerdictsTest {
    private static List<ClaimAssessment> claims;

    @BeforeAll
    static void assess() {
        claims = ClaimsCommand.assessBundled();
    }

    private static ClaimAssessment claim(int number) {
        return claims.get(number - 1);
    }

    @Test
    void claim1NamesItsComparatorItsSizeAndWhatHappensAgainstOtherExercise() {
        ClaimAssessment c = claim(1);
        assertEquals(Verdict.SUPPORTED, c.verdict());
        String text = c.statement();
        assertTrue(text.contains("walking and running pooled vs minimal or no intervention, pain SMD -0.23 (95% CI -0.35 "
                + "to -0.10), small; favours walking/running"), text);
        assertTrue(text.contains("disability SMD 0.22 (95% CI 0.06 to 0.38), small; favours the comparator"), text);
        assertEquals(2362, c.participants());
    }

    @Test
    void claim2IsSplitAndNeitherPartHasUsableNumbers() {
        ClaimAssessment c = claim(2);
        assertEquals(List.of(Verdict.UNVERIFIED, Verdict.UNVERIFIED), c.parts().stream().map(PartAssessment::verdict).toList());
        assertEquals(Verdict.UNVERIFIED, c.verdict());
    }

    @Test
    void claim3CountsOnlyChronicLbpFromLeisureTimeActivity() {
        ClaimAssessment c = claim(3);
        assertEquals(Verdict.SUPPORTED, c.verdict());
        assertTrue(c.usable().stream().allMatch(e -> e.finding().outcome().domain() == OutcomeDomain.CHRONIC_LBP_INCIDENCE));
        assertTrue(c.usable().stream().noneMatch(e -> e.finding().studyId().equals("Alzahrani2019_SciRep")));
        assertEquals("favours more leisure-time activity", c.key().orElseThrow().favoursLabel());
        assertEquals(48520, c.participants());
    }

    @Test
    void claim8IsNoLongerEmptyAndOnlyPartlySupported() {
        ClaimAssessment c = claim(8);
        assertEquals(List.of(Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.UNVERIFIED, Verdict.UNVERIFIED),
                c.parts().stream().map(PartAssessment::verdict).toList());
        assertEquals(Verdict.PARTLY_SUPPORTED, c.verdict());
        assertTrue(c.parts().get(1).statement().contains("SMD -1.13 (95% CI -1.53 to -0.74), large; favours exercise"),
                c.parts().get(1).statement());
        assertTrue(c.parts().stream().allMatch(p -> p.otherComparators().isEmpty()), c.statement());
    }

    @Test
    void claim9IsPartlySupportedBecauseHarmsWereOnlyCounted() {
        ClaimAssessment c = claim(9);
        assertEquals(Verdict.UNVERIFIED, c.parts().get(0).verdict());
        assertEquals(Verdict.SUPPORTED, c.parts().get(1).verdict());
        assertEquals(Verdict.PARTLY_SUPPORTED, c.verdict());
        assertTrue(c.parts().get(2).statement().contains("usable results exclude no effect"), c.parts().get(2).statement());
    }

    @Test
    void noViewCanSayFavoursWalkingForAnExerciseOrActivityResult() {
        for (ClaimAssessment c : claims) {
            for (StudyEffect e : c.usable()) {
                boolean walking = e.exposure() == org.walkstudy.core.evidence.Exposure.WALKING;
                assertEquals(walking, e.favoursLabel().equals("favours walking"),
                        e.finding().studyId() + " " + e.favoursLabel());
            }
        }
    }

    @Test
    void reviewVerdictsCountThePooledParticipantsTheReviewPrinted() {
        for (ClaimAssessment c : claims) {
            if (c.studiesWithNumbers() > 0) {
                assertTrue(c.participants() > 0, "claim " + c.claim().number() + " reports 0 participants");
            }
        }
    }
}
