package org.walkstudy.analysis.personal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DailyLedgerTest {
    static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @Test
    void totalsComeFromOneSourceNeverTheSum() {
        DailyLedger l = DailyLedger.empty();
        l.add(DAY, DailyMeasure.STEPS, "phone", 3000);
        l.add(DAY, DailyMeasure.STEPS, "phone", 2000);
        l.add(DAY, DailyMeasure.STEPS, "watch", 4500);
        DailyRow r = l.resolve(List.of()).rows().get(0);
        assertEquals(5000, r.value(DailyMeasure.STEPS).getAsDouble());
        assertEquals("phone", r.sources());
    }

    @Test
    void priorityWinsAndDerivedSourcesRankAsTheirDevice() {
        DailyLedger l = DailyLedger.empty();
        l.add(DAY, DailyMeasure.STEPS, "phone", 5000);
        l.add(DAY, DailyMeasure.STEPS, "watch", 4500);
        l.add(DAY, DailyMeasure.BRISK_MINUTES, "phone (cadence)", 10);
        l.add(DAY, DailyMeasure.BRISK_MINUTES, "watch (cadence)", 4);
        DailyRow r = l.resolve(List.of("Watch")).rows().get(0);
        assertEquals(4500, r.value(DailyMeasure.STEPS).getAsDouble());
        assertEquals(4, r.value(DailyMeasure.BRISK_MINUTES).getAsDouble());
        assertEquals(0, DailyLedger.rank("watch (workout)", List.of("watch", "phone")));
        assertEquals(Integer.MAX_VALUE, DailyLedger.rank("scale", List.of("watch")));
    }

    @Test
    void levelsAverageAndUnknownsStayEmpty() {
        DailyLedger l = DailyLedger.empty();
        l.add(DAY, DailyMeasure.WEIGHT_KG, "scale", 80);
        l.add(DAY, DailyMeasure.WEIGHT_KG, "scale", 81);
        l.add(DAY.plusDays(2), DailyMeasure.STEPS, "phone", 10);
        DailyTable t = l.resolve(List.of());
        assertEquals(2, t.size(), "no row invented for the day between");
        assertEquals(80.5, t.rows().get(0).value(DailyMeasure.WEIGHT_KG).getAsDouble());
        assertTrue(t.rows().get(0).value(DailyMeasure.STEPS).isEmpty());
        assertTrue(t.rows().get(1).value(DailyMeasure.WEIGHT_KG).isEmpty());
    }

    @Test
    void sleepLatencyNeedsInBedBeforeAsleep() {
        DailyLedger l = DailyLedger.empty();
        int watch = l.sourceId("watch");
        long t0 = 1_700_000_000L;
        l.addSleep(watch, true, t0, t0 + 3600, 0);
        DailyRow r = l.resolve(List.of()).rows().get(0);
        assertEquals(60, r.value(DailyMeasure.SLEEP_MINUTES).getAsDouble());
        assertTrue(r.value(DailyMeasure.SLEEP_LATENCY_MIN).isEmpty(), "no in-bed record: latency unknown");
    }
}
