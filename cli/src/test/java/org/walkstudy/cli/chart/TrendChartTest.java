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

/** The rolling mean and input checks of the trend chart, and the bubble plot's fitted band. */
class TrendChartTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    @Test
    void rollingMeanIsTrailingAndNeedsHalfTheWindow() {
        NavigableMap<LocalDate, Double> daily = new TreeMap<>();
        for (int i = 0; i < 10; i++) {
            daily.put(D.plusDays(i), (double) i);
        }
        NavigableMap<LocalDate, Double> m = TrendChart.rollingMean(daily, 7);
        assertFalse(m.containsKey(D.plusDays(2)), "3 of 7 days is not enough");
        assertEquals(1.5, m.get(D.plusDays(3)), 1e-12); // 0..3
        assertEquals(3.0, m.get(D.plusDays(6)), 1e-12); // 0..6
        assertEquals(6.0, m.get(D.plusDays(9)), 1e-12); // 3..9
        assertTrue(TrendChart.rollingMean(daily, 0).isEmpty());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TrendChart.Period("p", D, D.minusDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new TrendChart.Input(null, "Steps", new TreeMap<>(), 7, Double.NaN, null, List.of()));
    }

    @Test
    void shortSeriesRenders() {
        NavigableMap<LocalDate, Double> daily = new TreeMap<>();
        daily.put(D, 30.0);
        ChartImage img = TrendChart.render(new TrendChart.Input(null, "Minutes walked", daily, 7, 30, "Target 30 min", List.of()));
        assertTrue(img.texts().stream().anyMatch(t -> t.text().equals("2 Mar")));
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
