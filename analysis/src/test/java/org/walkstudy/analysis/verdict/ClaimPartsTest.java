package org.walkstudy.analysis.verdict;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.evidence.Findings;
import org.walkstudy.core.claim.Claim;
import org.walkstudy.core.claim.ClaimPart;
import org.walkstudy.core.claim.ClaimTopic;
import org.walkstudy.core.claim.PartExpectation;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.effect.ReportedMeasure;
import org.walkstudy.core.evidence.Exposure;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.IntervalKind;
import org.walkstudy.core.evidence.PrintedNumbers;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.StudyDesign;

/** Claim parts, verdicts derived from parts, interval kinds, exposure and comparator in the verdict text. */
class ClaimPartsTest {
    private static final List<OutcomeDomain> PAIN = List.of(OutcomeDomain.PAIN);

    private static ClaimPart part(String label, List<String> studies, String comparison, PartExpectation expects) {
        return new ClaimPart(label, "part " + label, studies, PAIN, comparison, Set.of(), "", expects, "");
    }

    private static ClaimAssessor assessor(Finding... findings) {
        return ClaimAssessor.over(List.of(Findings.study("A", StudyDesign.RCT, 300, 300), Findings.review("R")),
                List.of(findings));
    }

    private static Finding smd(String study, String comparison, double est, double lo, double hi) {
        return Finding.withData(study, comparison, Findings.pain(),
                ReportedEffect.withCi(ReportedMeasure.SMD, est, lo, hi, 0.95), Findings.SOURCE, List.of());
    }

    @Test
    void partsThatDifferGivePartlySupported() {
        Claim claim = Claim.of(2, "walking helps; traction helps", ClaimTopic.LOW_BACK_PAIN, List.of("A"))
                .withParts(List.of(part("a", List.of("A"), "", PartExpectation.BENEFIT),
                        part("b", List.of(), "", PartExpectation.BENEFIT)));
        ClaimAssessment a = assessor(Findings.md("A", -1, -1.5, -0.5)).assess(claim);
        assertEquals(List.of(Verdict.SUPPORTED, Verdict.UNVERIFIED), a.parts().stream().map(PartAssessment::verdict).toList());
        assertEquals(Verdict.PARTLY_SUPPORTED, a.verdict());
        assertTrue(a.statement().startsWith("partly supported - a) part a: supported"), a.statement());
    }

    @Test
    void combiningPartsFollowsTheDocumentedOrder() {
        assertEquals(Verdict.SUPPORTED, ClaimAssessor.combine(List.of(Verdict.SUPPORTED, Verdict.SUPPORTED)));
        assertEquals(Verdict.PARTLY_SUPPORTED, ClaimAssessor.combine(List.of(Verdict.SUPPORTED, Verdict.CONTRADICTED)));
        assertEquals(Verdict.MIXED, ClaimAssessor.combine(List.of(Verdict.MIXED, Verdict.CONTRADICTED)));
        assertEquals(Verdict.CONTRADICTED, ClaimAssessor.combine(List.of(Verdict.CONTRADICTED, Verdict.UNVERIFIED)));
        assertEquals(Verdict.NOT_SHOWN, ClaimAssessor.combine(List.of(Verdict.NOT_SHOWN, Verdict.UNVERIFIED)));
        assertEquals(Verdict.UNVERIFIED, ClaimAssessor.combine(List.of()));
    }

    @Test
    void aNoDifferencePartIsSupportedByAnIntervalIncludingNoEffect() {
        ClaimAssessor assessor = assessor(Findings.md("A", -0.2, -0.9, 0.5));
        assertEquals(Verdict.SUPPORTED, assessor.assess(part("a", List.of("A"), "", PartExpectation.NO_DIFFERENCE)).verdict());
        ClaimAssessor clear = assessor(Findings.md("A", -1, -1.5, -0.5));
        assertEquals(Verdict.CONTRADICTED, clear.assess(part("a", List.of("A"), "", PartExpectation.NO_DIFFERENCE)).verdict());
    }

    @Test
    void aRangeNeverDecidesButACredibleIntervalDoes() {
        Finding range = Findings.md("A", -1, -1.5, -0.5).withIntervalKind(IntervalKind.RANGE);
        assertEquals(Verdict.UNVERIFIED, assessor(range).assess(part("a", List.of("A"), "", PartExpectation.BENEFIT)).verdict());
        Finding credible = Findings.md("A", -1, -1.5, -0.5).withIntervalKind(IntervalKind.CREDIBLE);
        PartAssessment p = assessor(credible).assess(part("a", List.of("A"), "", PartExpectation.BENEFIT));
        assertEquals(Verdict.SUPPORTED, p.verdict());
        assertTrue(p.statement().contains("(95% CrI -1.5 to -0.5)") || p.statement().contains("95% CrI"), p.statement());
    }

    @Test
    void aChangeFromBaselineIsNoComparisonAndDecidesNothing() {
        Finding change = Findings.of("R", Findings.pain(), ReportedEffect.withCi(ReportedMeasure.MEAN_CHANGE, -1.27,
                -1.85, -0.70, 0.95));
        assertEquals(Verdict.UNVERIFIED, assessor(change).assess(part("a", List.of("R"), "", PartExpectation.BENEFIT)).verdict());
    }

    @Test
    void theVerdictNamesExposureComparatorPrintedDigitsAndSize() {
        Finding pooled = smd("R", "Walking/running vs minimal/no intervention", -0.23, -0.35, -0.10)
                .withExposure(Exposure.WALKING_OR_RUNNING).withPrinted(PrintedNumbers.of("-0.23", "-0.35", "-0.10"))
                .withParticipants(OptionalInt.of(2362));
        Finding other = smd("R", "Walking/running vs alternate interventions", 0.22, 0.06, 0.38)
                .withExposure(Exposure.WALKING_OR_RUNNING).withPrinted(PrintedNumbers.of("0.22", "0.06", "0.38"));
        ClaimPart p = new ClaimPart("whole", "walking relieves LBP", List.of("R"), PAIN, "minimal", Set.of(),
                "minimal or no intervention", PartExpectation.BENEFIT, "");
        PartAssessment a = assessor(pooled, other).assess(p);
        assertEquals(Verdict.SUPPORTED, a.verdict());
        assertEquals(2362, a.participants());
        assertEquals("supported: walking and running pooled vs minimal or no intervention, pain SMD -0.23 (95% CI -0.35 "
                + "to -0.10), small; favours walking/running. Against another comparator: walking and running pooled: "
                + "Walking/running vs alternate interventions, pain SMD 0.22 (95% CI 0.06 to 0.38), small; favours the "
                + "comparator", a.statement());
    }

    @Test
    void anotherInterventionIsNotAnotherComparator() {
        Finding stabilisation = smd("R", "Stabilisation exercise vs true control", -1.13, -1.53, -0.74);
        Finding pilates = smd("R", "Pilates vs true control", -1.86, -2.54, -1.19);
        PartAssessment a = assessor(stabilisation, pilates).assess(part("b", List.of("R"), "Stabilisation",
                PartExpectation.BENEFIT));
        assertTrue(a.otherComparators().isEmpty(), a.statement());
        assertFalse(a.statement().contains("Pilates"), a.statement());
    }

    @Test
    void anExerciseResultNeverFavoursWalking() {
        Finding exercise = Findings.md("A", -1, -1.5, -0.5).withExposure(Exposure.EXERCISE);
        PartAssessment a = assessor(exercise).assess(part("a", List.of("A"), "", PartExpectation.BENEFIT));
        assertEquals("favours exercise", a.key().orElseThrow().favoursLabel());
        assertFalse(a.statement().contains("favours walking"), a.statement());
    }

    @Test
    void aPartCountsOnlyTheExposuresItNames() {
        Finding activity = Findings.md("A", -1, -1.5, -0.5).withExposure(Exposure.LEISURE_TIME_ACTIVITY);
        ClaimPart walkingOnly = new ClaimPart("a", "walking helps", List.of("A"), PAIN, "", Set.of(Exposure.WALKING), "",
                PartExpectation.BENEFIT, "");
        assertEquals(Verdict.UNVERIFIED, assessor(activity).assess(walkingOnly).verdict());
    }
}
