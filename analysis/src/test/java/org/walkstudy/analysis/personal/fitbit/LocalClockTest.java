package org.walkstudy.analysis.personal.fitbit;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LocalClockTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static long utc(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    @Test
    void aTimeInTheSpringGapDoesNotExist() {
        LocalClock clock = new LocalClock(BERLIN);
        assertEquals(utc("2024-03-31T00:59:00Z"), clock.utc(LocalDateTime.parse("2024-03-31T01:59")));
        assertEquals(LocalClock.GAP, clock.utc(LocalDateTime.parse("2024-03-31T02:30")));
        assertEquals(utc("2024-03-31T01:00:00Z"), clock.utc(LocalDateTime.parse("2024-03-31T03:00")));
        assertEquals(7200, clock.offsetSeconds());
    }

    @Test
    void theRepeatedAutumnHourIsSummerTimeUntilTheTimesGoBack() {
        LocalClock clock = new LocalClock(BERLIN);
        assertEquals(utc("2024-10-27T00:30:00Z"), clock.utc(LocalDateTime.parse("2024-10-27T02:30")));
        assertEquals(7200, clock.offsetSeconds());
        assertEquals(utc("2024-10-27T00:59:00Z"), clock.utc(LocalDateTime.parse("2024-10-27T02:59")));
        // The clocks went back: 02:00 again is the second pass, in winter time, and so is the rest of the hour.
        assertEquals(utc("2024-10-27T01:00:00Z"), clock.utc(LocalDateTime.parse("2024-10-27T02:00")));
        assertEquals(3600, clock.offsetSeconds());
        assertEquals(utc("2024-10-27T01:45:00Z"), clock.utc(LocalDateTime.parse("2024-10-27T02:45")));
        assertEquals(utc("2024-10-27T02:00:00Z"), clock.utc(LocalDateTime.parse("2024-10-27T03:00")));
    }

    @Test
    void anAmbiguousTimeSeenAloneIsTheEarlierOffsetAndRestartForgetsTheFile() {
        LocalClock clock = new LocalClock(BERLIN);
        clock.utc(LocalDateTime.parse("2024-10-27T02:50"));
        clock.utc(LocalDateTime.parse("2024-10-27T02:10")); // second pass
        clock.restart();
        assertEquals(utc("2024-10-27T00:10:00Z"), clock.utc(LocalDateTime.parse("2024-10-27T02:10")));
    }
}
