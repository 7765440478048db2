package org.walkstudy.core.effect;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.validation.InvalidValueException;

class EffectDataTest {
    private static String field(Runnable r) {
        return assertThrows(InvalidValueException.class, r::run).field();
    }

    @Test
    void armSummaryRejectsNegativeSdZeroNAndNaN() {
        assertEquals("sd", field(() -> ArmSummary.of(10, 5, -0.1)));
        assertEquals("n", field(() -> ArmSummary.of(0, 5, 1)));
        assertEquals("mean", field(() -> ArmSummary.of(10, Double.NaN, 1)));
        assertEquals("sd", field(() -> ArmSummary.of(10, 1, Double.POSITIVE_INFINITY)));
    }

    @Test
    void twoArmAndChangeNeedBothArms() {
        ArmSummary a = ArmSummary.of(10, 5, 1);
        assertEquals("control", field(() -> TwoArmContinuous.of(a, null)));
        assertEquals("walking", field(() -> ChangeScores.of(null, a)));
        assertEquals("two-arm", TwoArmContinuous.of(a, a).kind());
    }

    @Test
    void prePostRejectsCorrelationOutsideMinusOneToOne() {
        assertEquals("correlation", field(() -> new PrePostSingleGroup(20, 5, 1, 4, 1, OptionalDouble.of(1.2))));
        assertEquals("pre_sd", field(() -> PrePostSingleGroup.of(20, 5, -1, 4, 1)));
        assertEquals(-1.0, PrePostSingleGroup.of(20, 5, 1, 4, 1).meanChange());
    }

    @Test
    void countsRejectEventsAboveN() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> TwoByTwoCounts.of(11, 10, 1, 10));
        assertEquals("events_walk", e.field());
        assertTrue(e.getMessage().contains("11"));
        assertEquals("events_ctrl", field(() -> TwoByTwoCounts.of(1, 10, 12, 10)));
        assertEquals("n_ctrl", field(() -> TwoByTwoCounts.of(1, 10, 0, 0)));
        assertEquals("events_walk", field(() -> TwoByTwoCounts.of(-1, 10, 0, 10)));
    }

    @Test
    void ciMustBeOrderedAndContainTheEstimate() {
        assertEquals("ci_upper", field(() -> ConfidenceInterval.of(2, 1, 0.95)));
        assertEquals("ci_level", field(() -> ConfidenceInterval.of(1, 2, 95)));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ReportedEffect.withCi(ReportedMeasure.MD, 6.89, -10.15, -3.64, 0.95));
        assertEquals("effect", e.field());
        assertTrue(e.getMessage().contains("outside its CI"), e.getMessage());
    }

    @Test
    void ratioMeasuresMustBePositive() {
        assertEquals("effect", field(() -> HazardRatio.of(-0.7, 0.6, 0.85, 0.95)));
        assertEquals("ci_lower", field(() -> HazardRatio.of(0.7, 0, 0.85, 0.95)));
        assertEquals("effect", field(() -> ReportedEffect.withSe(ReportedMeasure.RR, 0, 0.1)));
        assertEquals("effect", field(() -> HazardRatio.of(0.9, 0.6, 0.85, 0.95)));
    }

    @Test
    void reportedEffectWithoutCiOrSeIsAPointEstimate() {
        ReportedEffect point = new ReportedEffect(ReportedMeasure.SMD, 0.2, Optional.empty(), OptionalDouble.empty());
        assertFalse(point.hasUncertainty());
        assertTrue(ReportedEffect.withSe(ReportedMeasure.SMD, 0.2, 0.1).hasUncertainty());
        assertEquals("se", field(() -> ReportedEffect.withSe(ReportedMeasure.SMD, 0.2, 0)));
        ReportedEffect ok = ReportedEffect.withCi(ReportedMeasure.SMD, -0.23, -0.35, -0.10, 0.95);
        assertEquals(-0.23, ok.estimate());
        assertTrue(ReportedMeasure.HR.isRatio());
        assertEquals(1.0, ReportedMeasure.OR.noEffect());
        assertEquals(ReportedMeasure.RATE_RATIO, ReportedMeasure.parse("rate-ratio"));
        assertEquals("effect_measure", field(() -> ReportedMeasure.parse("nnt")));
    }
}
