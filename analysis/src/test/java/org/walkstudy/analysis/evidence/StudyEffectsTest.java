package org.walkstudy.analysis.evidence;

import static org.junit.jupiter.api.Assertions.*;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.effect.ArmSummary;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.effect.ReportedMeasure;
import org.walkstudy.core.effect.SingleGroupChange;
import org.walkstudy.core.effect.TwoArmContinuous;
import org.walkstudy.core.evidence.Flag;

class StudyEffectsTest {
    private static final double Z = 1.959963984540054;

    @Test
    void reportedDifferenceTakesItsSeFromTheCi() {
        StudyEffect e = StudyEffects.of(Findings.md("S", -0.34, -0.65, -0.03)).orElseThrow();
        assertEquals(-0.34, e.estimate());
        double se = (-0.03 - -0.65) / (2 * Z);
        assertEquals(se * se, e.effectSize().orElseThrow().vi(), 1e-12);
        assertEquals(Favours.EXPOSURE, e.favours());
    }

    @Test
    void hazardRatioIsPooledOnTheLogScale() {
        StudyEffect e = StudyEffects.of(Findings.hr("S", 0.72, 0.60, 0.85)).orElseThrow();
        assertTrue(e.ratio());
        assertEquals(Math.log(0.72), e.effectSize().orElseThrow().yi(), 1e-12);
        double se = (Math.log(0.85) - Math.log(0.60)) / (2 * Z);
        assertEquals(se * se, e.effectSize().orElseThrow().vi(), 1e-12);
        assertEquals(Favours.EXPOSURE, e.favours());
    }

    @Test
    void twoArmMeansGiveMetaforsMeanDifference() {
        StudyEffect e = StudyEffects.of(Findings.twoArm("S", 30, 3.1, 1.2, 29, 4.0, 1.4)).orElseThrow();
        assertEquals(3.1 - 4.0, e.estimate(), 1e-12);
        double vi = 1.2 * 1.2 / 30 + 1.4 * 1.4 / 29;
        assertEquals(vi, e.effectSize().orElseThrow().vi(), 1e-12);
        assertEquals(-0.9 - Z * Math.sqrt(vi), e.ciLower().getAsDouble(), 1e-12);
    }

    @Test
    void armsWithoutSdGiveNoEffect() {
        var partial = TwoArmContinuous.of(ArmSummary.partial(OptionalInt.of(111), 7.2, OptionalDouble.empty()),
                ArmSummary.partial(OptionalInt.of(118), 9.2, OptionalDouble.empty()));
        assertTrue(StudyEffects.of(Findings.of("S", Findings.pain(), partial)).isEmpty());
        var single = SingleGroupChange.of(OptionalInt.of(11), -7.7, OptionalDouble.empty());
        assertTrue(StudyEffects.of(Findings.of("S", Findings.pain(), single)).isEmpty());
    }

    @Test
    void directionFollowsTheOutcome() {
        var longerSleep = ReportedEffect.withCi(ReportedMeasure.MD, 20, 5, 35, 0.95);
        assertEquals(Favours.EXPOSURE,
                StudyEffects.of(Findings.of("S", Findings.sleepDuration(), longerSleep)).orElseThrow().favours());
        StudyEffect worse = StudyEffects.of(Findings.md("S", 0.81, 0.28, 1.34)).orElseThrow();
        assertEquals(Favours.COMPARATOR, worse.favours());
        StudyEffect unclear = StudyEffects.of(Findings.md("S", -0.17, -0.45, 0.10)).orElseThrow();
        assertEquals(Favours.NEITHER, unclear.favours());
        assertEquals(Favours.EXPOSURE, unclear.pointFavours());
    }

    @Test
    void pointEstimateHasNoCiAndFlaggedFindingIsNotPooled() {
        var point = ReportedEffect.pointOnly(ReportedMeasure.RR, 0.87);
        StudyEffect e = StudyEffects.of(Findings.of("S", Findings.pain(), point)).orElseThrow();
        assertFalse(e.hasCi());
        assertTrue(e.effectSize().isEmpty());
        StudyEffect flagged = StudyEffects.of(Findings.of("S", Findings.pain(),
                ReportedEffect.withCi(ReportedMeasure.MD, -5, -8, -2, 0.95),
                Flag.of(Flag.INDIRECT, "mixed population"))).orElseThrow();
        assertTrue(flagged.effectSize().isEmpty());
    }
}
