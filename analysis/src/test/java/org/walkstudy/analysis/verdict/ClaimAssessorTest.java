package org.walkstudy.analysis.verdict;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.evidence.Findings;
import org.walkstudy.core.claim.Claim;
import org.walkstudy.core.claim.ClaimTopic;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.effect.ReportedMeasure;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.StudyDesign;

class ClaimAssessorTest {
    private static final Claim CLAIM = new Claim(1, "walking relieves pain", ClaimTopic.LOW_BACK_PAIN,
            List.of("A", "B"), List.of(OutcomeDomain.PAIN), "", "");

    private static ClaimAssessment assess(Finding... findings) {
        return ClaimAssessor.over(List.of(Findings.study("A", StudyDesign.RCT, 300, 300),
                Findings.study("B", StudyDesign.RCT, 50, 50)), List.of(findings)).assess(CLAIM);
    }

    @Test
    void supportedWhenAUsableResultFavoursWalkingAndNoneTheComparator() {
        ClaimAssessment a = assess(Findings.md("A", -1.0, -1.5, -0.5), Findings.md("B", -0.2, -0.9, 0.5));
        assertEquals(Verdict.SUPPORTED, a.verdict());
        assertEquals("A", a.key().orElseThrow().finding().studyId());
        assertEquals(2, a.studiesWithNumbers());
        assertEquals(700, a.participants());
    }

    @Test
    void mixedWhenBothSidesAreFavoured() {
        assertEquals(Verdict.MIXED, assess(Findings.md("A", -1.0, -1.5, -0.5), Findings.md("B", 1, 0.2, 1.8)).verdict());
    }

    @Test
    void contradictedWhenOnlyTheComparatorIsFavoured() {
        assertEquals(Verdict.CONTRADICTED, assess(Findings.md("A", 1, 0.2, 1.8)).verdict());
    }

    @Test
    void notShownWhenEveryCiIncludesNoEffect() {
        assertEquals(Verdict.NOT_SHOWN, assess(Findings.md("A", -0.3, -0.9, 0.3)).verdict());
    }

    @Test
    void unverifiedWithOnlySecondaryFlaggedOrPointNumbers() {
        Finding secondary = Findings.of("A", Findings.pain(), ReportedEffect.withCi(ReportedMeasure.MD, -1, -2, -0.5, 0.95),
                Flag.of(Flag.SECONDARY_SOURCE, "news"));
        Finding flagged = Findings.of("B", Findings.pain(), ReportedEffect.withCi(ReportedMeasure.MD, -1, -2, -0.5, 0.95),
                Flag.of(Flag.INDIRECT, "not walking"));
        Finding point = Findings.of("A", Findings.pain(), ReportedEffect.pointOnly(ReportedMeasure.MD, -3));
        ClaimAssessment a = assess(secondary, flagged, point);
        assertEquals(Verdict.UNVERIFIED, a.verdict());
        assertTrue(a.key().isEmpty());
        assertTrue(a.certainty().isEmpty());
    }

    @Test
    void findingsOutsideTheClaimsStudiesOrDomainsDoNotCount() {
        assertEquals(Verdict.UNVERIFIED, assess(Findings.md("C", -1.0, -1.5, -0.5)).verdict());
        assertEquals(Verdict.UNVERIFIED, assess(Findings.hr("A", 0.7, 0.6, 0.8)).verdict());
    }

    @Test
    void certaintyOfASingleLargeTrialIsModerate() {
        ClaimAssessment a = assess(Findings.md("A", -1.0, -1.5, -0.5));
        assertEquals(Certainty.MODERATE, a.certainty().orElseThrow().certainty());
        assertTrue(a.certainty().orElseThrow().reasons().contains("a single study"));
    }
}
