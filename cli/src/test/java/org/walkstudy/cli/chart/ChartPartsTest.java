package org.walkstudy.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Parts of the charts: shaded periods, date ticks, and the bubble plot's fitted band. */
class ChartPartsTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    @Test
    void aPeriodThatEndsBeforeItStartsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ShadedPeriod("p", D, D.minusDays(1)));
    }

    private static Scale placed(int days) {
        Scale x = Scale.exact(0, days, 2);
        x.place(0, 700);
        return x;
    }

    @Test
    void shortSpansTickDaysAndLongOnesMonthsWithoutCrowding() {
        List<Double> px = new java.util.ArrayList<>();
        List<String> labels = new java.util.ArrayList<>();
        DateAxis.ticks(D, D.plusDays(6), 700, D, placed(7), px, labels);
        assertEquals(List.of("2 Mar", "3 Mar", "4 Mar", "5 Mar", "6 Mar", "7 Mar", "8 Mar"), labels);
        px.clear();
        labels.clear();
        DateAxis.ticks(D, D.plusDays(729), 700, D, placed(730), px, labels);
        assertEquals("Apr 2026", labels.get(0));
        for (int i = 1; i < px.size(); i++) {
            assertTrue(px.get(i) - px.get(i - 1) >= 70 * 0.9, "labels at least ~70 px apart: " + px);
        }
    }

    @Test
    void bubbleBandMatchesMetaforsCoefficientStandardErrors() {
        MetaforCase c = MetaforCase.load("bcg_rr_reml_mods_ablat");
        double[][] v = Fixtures.vcov(c, "ablat");
        var coef = c.expected().get("coefficients");
        assertEquals(coef.get(0).get("se").asDouble(), Math.sqrt(v[0][0]), 1e-6);
        assertEquals(coef.get(1).get("se").asDouble(), Math.sqrt(v[1][1]), 1e-6);
        // at x = 0 the band is the intercept's CI
        List<BubblePlot.Fit> line = BubblePlot.line(coef.get(0).get("estimate").asDouble(),
                coef.get(1).get("estimate").asDouble(), v, c.z(), 0, 60, 6);
        assertEquals(coef.get(0).get("ci_lb").asDouble(), line.get(0).ciLower(), 1e-6);
        assertEquals(coef.get(0).get("ci_ub").asDouble(), line.get(0).ciUpper(), 1e-6);
        assertEquals(7, line.size());
    }
}
