package org.walkstudy.analysis.summary;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.evidence.Findings;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.effect.ReportedMeasure;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;
import org.walkstudy.core.study.StudyDesign;

/** The summary's numbers on a small synthetic family, recomputed by hand. */
class SummaryOfFindingsTest {
    // Two trials whose mean differences agree closely: REML truncates tau^2 at 0, so the pool is the
    // inverse-variance mean with a z interval (k = 2: no Knapp-Hartung).
    private final List<Study> studies = List.of(Findings.study("T1", StudyDesign.RCT, 40, 40),
            Findings.study("T2", StudyDesign.RCT, 60, 60), Findings.review("R1"));
    private final List<Finding> findings = List.of(
            Findings.twoArm("T1", 40, 3.0, 2.0, 40, 4.0, 2.0),
            Findings.twoArm("T2", 60, 3.1, 2.0, 60, 4.0, 2.0),
            Findings.md("R1", -0.5, -0.9, -0.1),
            Findings.of("R1", Findings.pain(), ReportedEffect.withCi(ReportedMeasure.MD, -5, -8, -2, 0.95),
                    Flag.of(Flag.INDIRECT, "mixed population")),
            Finding.gap("T1", "", Findings.pain(), "12-month values not reported", Findings.SOURCE, List.of()));

    @Test
    void poolsPrimaryStudiesAndMatchesTheHandComputation() {
        OutcomeSummary pain = SummaryOfFindings.build(studies, findings).get(0);
        assertEquals(OutcomeDomain.PAIN, pain.domain());
        PooledResult pooled = pain.pools().get(0);
        double y1 = -1.0;
        double v1 = 4.0 / 40 + 4.0 / 40;
        double y2 = 3.1 - 4.0;
        double v2 = 4.0 / 60 + 4.0 / 60;
        double w1 = 1 / v1;
        double w2 = 1 / v2;
        double est = (w1 * y1 + w2 * y2) / (w1 + w2);
        double se = Math.sqrt(1 / (w1 + w2));
        double z = new NormalDistribution().inverseCumulativeProbability(0.975);
        assertEquals(0.0, pooled.fit().tau2(), 1e-12);
        assertEquals(est, pooled.estimate(), 1e-10);
        assertEquals(est - z * se, pooled.ciLower(), 1e-9);
        assertEquals(est + z * se, pooled.ciUpper(), 1e-9);
        double q = w1 * (y1 - est) * (y1 - est) + w2 * (y2 - est) * (y2 - est);
        assertEquals(q, pooled.fit().heterogeneity().q(), 1e-10);

        SummaryRow row = pain.rows().get(0);
        assertEquals(RowKind.POOLED, row.kind());
        assertEquals(List.of("T1", "T2"), row.studies());
        assertTrue(row.participants().startsWith("200 participants (2 studies)"), row.participants());
        assertTrue(row.comment().contains("favours walking"), row.comment());
    }

    @Test
    void reviewsAreListedAsReportedFlaggedAreShownAndGapsSummarised() {
        List<SummaryRow> rows = SummaryOfFindings.build(studies, findings).get(0).rows();
        assertEquals(List.of(RowKind.POOLED, RowKind.REPORTED, RowKind.FLAGGED, RowKind.GAP),
                rows.stream().map(SummaryRow::kind).toList());
        SummaryRow review = rows.get(1);
        assertEquals("MD -0.5 (-0.9 to -0.1)", review.effect());
        assertTrue(review.comment().startsWith("As reported by the review (not re-pooled)"));
        assertTrue(rows.get(2).comment().startsWith("FLAGGED indirect"), rows.get(2).comment());
        assertEquals("1 results", rows.get(3).effect());
    }

    @Test
    void aSingleTrialIsNeverCalledABodyOfEvidence() {
        List<SummaryRow> rows = SummaryOfFindings.build(studies.subList(0, 1), findings.subList(0, 1)).get(0).rows();
        assertEquals(RowKind.REPORTED, rows.get(0).kind());
        assertTrue(rows.get(0).comment().startsWith("One study, not a body of evidence"));
    }
}
