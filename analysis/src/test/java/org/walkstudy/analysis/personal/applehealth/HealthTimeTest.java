package org.walkstudy.analysis.personal.applehealth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** The byte-level date arithmetic agrees with java.time on every day, inside the year tables and outside them. */
class HealthTimeTest {
    @Test
    void everyDayFrom1850To2250IsTheDayJavaTimeCounts() {
        for (LocalDate d = LocalDate.of(1850, 1, 1); d.getYear() <= 2250; d = d.plusDays(1)) {
            assertEquals(d.toEpochDay(), HealthTime.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d::toString);
        }
    }

    @Test
    void aWrittenTimeIsItsInstantAndItsOffset() {
        String text = "2024-02-29 23:59:30 -0330";
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        long utc = HealthTime.utcSeconds(b, 0, b.length);
        assertEquals(OffsetDateTime.parse("2024-02-29T23:59:30-03:30").toEpochSecond(), utc);
        assertEquals(-(3 * 3600 + 30 * 60), HealthTime.in(null).offsetAt(b, 0, b.length, utc));
        byte[] notADay = "2023-02-29 10:00:00 +0000".getBytes(StandardCharsets.US_ASCII);
        assertEquals(HealthTime.INVALID, HealthTime.utcSeconds(notADay, 0, notADay.length));
    }
}
