package org.walkstudy.core.outcome;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.validation.InvalidValueException;

class OutcomeTest {
    @Test
    void scaleMaxMustExceedMin() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Scale.of(10, 0, "NRS"));
        assertEquals("scale_max", e.field());
        assertTrue(Scale.of(0, 100, "ODI").contains(42));
        assertFalse(Scale.of(0, 10, "NRS").contains(11));
    }

    @Test
    void outcomeRejectsNegativeTimepointAndMissingDomainOrDirection() {
        assertEquals("timepoint_weeks", assertThrows(InvalidValueException.class, () -> new Outcome(
                OutcomeDomain.PAIN, "NRS", Optional.empty(), Direction.LOWER_IS_BETTER, OptionalDouble.of(-2), ""))
                .field());
        assertEquals("outcome_domain", assertThrows(InvalidValueException.class,
                () -> Outcome.of(null, "x", Direction.LOWER_IS_BETTER)).field());
        assertEquals("lower_is_better", assertThrows(InvalidValueException.class,
                () -> Outcome.of(OutcomeDomain.PAIN, "x", null)).field());
    }

    @Test
    void timepointPrefersWordsThenWeeks() {
        Outcome weeks = new Outcome(OutcomeDomain.PAIN, "NRS", Optional.empty(), Direction.LOWER_IS_BETTER,
                OptionalDouble.of(6), "");
        assertEquals("6 weeks", weeks.timepoint());
        Outcome words = new Outcome(OutcomeDomain.PAIN, "NRS", Optional.empty(), Direction.LOWER_IS_BETTER,
                OptionalDouble.of(6), "short term");
        assertEquals("short term", words.timepoint());
        assertTrue(words.lowerIsBetter());
    }

    @Test
    void domainParsesHyphenatedCodes() {
        assertEquals(OutcomeDomain.SLEEP_LATENCY, OutcomeDomain.parse("sleep-latency"));
        assertEquals("body weight", OutcomeDomain.BODY_WEIGHT.label());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> OutcomeDomain.parse("happiness"));
        assertTrue(e.getMessage().contains("sleep-latency"));
    }
}
