package org.walkstudy.analysis.personal;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PlausibleRangeTest {
    @Test
    void realShortAndTypedInStepRecordsAreKeptImpossibleRatesAreNot() {
        // Real: 329 steps from 10:27:54 to 10:27:59 (an early iPhone); 30,000 steps typed in at 15:07:00 (start = end).
        assertTrue(PlausibleRange.steps(329, 5).isEmpty());
        assertTrue(PlausibleRange.steps(30_000, 0).isEmpty());
        assertTrue(PlausibleRange.steps(2_500, 600).isEmpty());
        assertTrue(PlausibleRange.steps(2_501, 600).isPresent());
        assertTrue(PlausibleRange.steps(90_000, 600).isPresent());
        assertTrue(PlausibleRange.steps(360_001, 0).isPresent());
    }

    @Test
    void weightSpeedAndSleepLimits() {
        assertTrue(PlausibleRange.weightKg(72.5).isEmpty());
        assertTrue(PlausibleRange.weightKg(725).isPresent());
        assertTrue(PlausibleRange.weightKg(7.25).isPresent());
        assertTrue(PlausibleRange.walkingSpeedKmh(6).isEmpty());
        assertTrue(PlausibleRange.walkingSpeedKmh(25).isPresent());
        assertTrue(PlausibleRange.sleepSeconds(24 * 3600).isEmpty());
        assertTrue(PlausibleRange.sleepSeconds(29L * 24 * 3600).isPresent());
        assertTrue(PlausibleRange.daily(DailyMeasure.SLEEP_MINUTES, 1441).isPresent());
    }
}
