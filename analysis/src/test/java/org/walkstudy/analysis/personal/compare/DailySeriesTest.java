package org.walkstudy.analysis.personal.compare;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyTable;

class DailySeriesTest {
    static final DailyTable TABLE = PersonalComparisonTest.fixture("synthetic-21-days.csv");

    @Test
    void weeklyRollUpsFollowTheAnchorAndCountCoverage() {
        // Data 2024-03-04 (Mon) .. 03-24; span from 03-01 to show days without data; weeks anchored on the 6th.
        DailySeries s = DailySeries.of(TABLE, DailyMeasure.WALK_MINUTES, DateRange.parse("2024-03-01..2024-03-24"));
        List<DailySeries.Bucket> weeks = s.weekly(LocalDate.of(2024, 3, 6));
        assertEquals(LocalDate.of(2024, 3, 1), weeks.get(0).from());
        assertEquals(LocalDate.of(2024, 3, 5), weeks.get(0).to());
        assertEquals(5, weeks.get(0).days());
        assertEquals(2, weeks.get(0).daysWithData());
        assertEquals(5.0, weeks.get(0).sum().getAsDouble(), 1e-12);
        assertEquals(LocalDate.of(2024, 3, 6), weeks.get(1).from());
        assertEquals(8 + 6 + 0 + 4 + 7 + 10 + 12, weeks.get(1).sum().getAsDouble(), 1e-12);
        assertEquals(1.0, weeks.get(1).coverage());
        assertEquals(LocalDate.of(2024, 3, 24), weeks.get(weeks.size() - 1).to());
        assertEquals(24, weeks.stream().mapToInt(DailySeries.Bucket::days).sum());
    }

    @Test
    void monthlyRollUpsAndEmptyBuckets() {
        DailySeries s = DailySeries.of(TABLE, DailyMeasure.PAIN_0_10, DateRange.parse("2024-02-20..2024-03-24"));
        List<DailySeries.Bucket> months = s.monthly();
        assertEquals(2, months.size());
        assertEquals(0, months.get(0).daysWithData());
        assertTrue(months.get(0).mean().isEmpty());
        assertEquals(21, months.get(1).daysWithData());
        assertEquals((41 + 58) / 21.0, months.get(1).mean().getAsDouble(), 1e-12);
    }

    @Test
    void rollingMeanNeedsHalfTheWindow() {
        DailySeries s = DailySeries.of(TABLE, DailyMeasure.PAIN_0_10, DateRange.parse("2024-03-01..2024-03-24"));
        NavigableMap<LocalDate, Double> m = s.rollingMean(7);
        // 03-04 is the first day with data; the 7 days ending 03-06 hold 3 values (< half), ending 03-07 hold 4.
        assertFalse(m.containsKey(LocalDate.of(2024, 3, 6)));
        assertEquals((6 + 6 + 5 + 6) / 4.0, m.get(LocalDate.of(2024, 3, 7)), 1e-12);
        assertEquals((5 + 5 + 4 + 5 + 4 + 5 + 4) / 7.0, m.get(LocalDate.of(2024, 3, 17)), 1e-12);
        assertEquals(s.known().size(), 21);
    }
}
