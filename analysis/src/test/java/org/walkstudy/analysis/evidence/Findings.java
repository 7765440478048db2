package org.walkstudy.analysis.evidence;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.walkstudy.core.effect.ArmSummary;
import org.walkstudy.core.effect.EffectData;
import org.walkstudy.core.effect.HazardRatio;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.effect.ReportedMeasure;
import org.walkstudy.core.effect.TwoArmContinuous;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.outcome.Direction;
import org.walkstudy.core.outcome.Outcome;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.provenance.Provenance;
import org.walkstudy.core.study.Arm;
import org.walkstudy.core.study.ArmRole;
import org.walkstudy.core.study.Citation;
import org.walkstudy.core.study.Study;
import org.walkstudy.core.study.StudyDesign;

/** Synthetic findings and studies for tests (every source is example.org: these numbers are made up). */
public final class Findings {
    public static final Provenance SOURCE = Provenance.of("https://example.org/synthetic", "synthetic test fixture");

    private Findings() {
    }

    public static Outcome pain() {
        return new Outcome(OutcomeDomain.PAIN, "NRS 0-10", Optional.empty(), Direction.LOWER_IS_BETTER,
                OptionalDouble.of(6), "");
    }

    public static Outcome sleepDuration() {
        return new Outcome(OutcomeDomain.SLEEP_DURATION, "minutes", Optional.empty(), Direction.HIGHER_IS_BETTER,
                OptionalDouble.empty(), "");
    }

    public static Finding of(String study, Outcome outcome, EffectData data, Flag... flags) {
        return Finding.withData(study, "walking vs usual care", outcome, data, SOURCE, List.of(flags));
    }

    public static Finding md(String study, double est, double lo, double hi) {
        return of(study, pain(), ReportedEffect.withCi(ReportedMeasure.MD, est, lo, hi, 0.95));
    }

    public static Finding hr(String study, double hr, double lo, double hi) {
        return of(study, Outcome.of(OutcomeDomain.RECURRENCE, "days", Direction.LOWER_IS_BETTER),
                HazardRatio.of(hr, lo, hi, 0.95));
    }

    public static Finding twoArm(String study, int n1, double m1, double sd1, int n2, double m2, double sd2) {
        return of(study, pain(), TwoArmContinuous.of(ArmSummary.of(n1, m1, sd1), ArmSummary.of(n2, m2, sd2)));
    }

    public static Study study(String id, StudyDesign design, int n1, int n2) {
        return new Study(id, Citation.of("Synthetic A", 2020, "", ""), design, "", "",
                List.of(Arm.of("walking", n1, ArmRole.INTERVENTION), Arm.of("control", n2, ArmRole.CONTROL)),
                Optional.empty(), "");
    }

    public static Study review(String id) {
        return new Study(id, Citation.of("Synthetic R", 2021, "", ""), StudyDesign.SYSTEMATIC_REVIEW, "", "",
                List.of(), Optional.empty(), "");
    }
}
