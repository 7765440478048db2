package org.walkstudy.analysis.effectsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class EffectSizesTest {

    @Test
    void hedgesCorrectionIsCloseToTheApproximationAndExactForm() {
        for (int m : new int[] {5, 20, 100}) {
            assertEquals(1 - 3.0 / (4 * m - 1), HedgesCorrection.exact(m), 0.05 / ((double) m * m));
        }
        assertEquals(Math.exp(Gamma.logGamma(5) - Gamma.logGamma(4.5)) / Math.sqrt(5), HedgesCorrection.exact(10), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> HedgesCorrection.exact(1));
    }

    @Test
    void zeroCellTablesGetOneHalfAndDoubleZeroTablesAreKept() {
        List<EffectSize> es = EffectSizes.fromTables(EffectMeasure.OR, List.of("a", "b", "c"),
                List.of(TwoByTwoTable.of(10, 90, 20, 80), TwoByTwoTable.of(0, 50, 4, 46), TwoByTwoTable.of(0, 30, 0, 30)),
                ZeroCellCorrection.METAFOR_DEFAULT);
        assertEquals(Math.log(10.0 * 80 / (90 * 20)), es.get(0).yi(), 1e-14);
        assertEquals(1 / 10.0 + 1 / 90.0 + 1 / 20.0 + 1 / 80.0, es.get(0).vi(), 1e-14);
        assertEquals(Math.log(0.5 * 46.5 / (50.5 * 4.5)), es.get(1).yi(), 1e-14);
        assertEquals(0, es.get(2).yi(), 1e-15, "double-zero table kept with 1/2 added: log OR 0");
        assertEquals(1 / 0.5 + 1 / 30.5 + 1 / 0.5 + 1 / 30.5, es.get(2).vi(), 1e-14);
    }

    @Test
    void correctionToAllTablesWhenAnyHasAZero() {
        List<EffectSize> es = EffectSizes.fromTables(EffectMeasure.RR, List.of("a", "b"),
                List.of(TwoByTwoTable.of(10, 90, 20, 80), TwoByTwoTable.of(0, 50, 4, 46)),
                ZeroCellCorrection.of(0.5, ZeroCellCorrection.Target.IF_ANY_ZERO_ALL));
        assertEquals(Math.log((10.5 / 101) / (20.5 / 101)), es.get(0).yi(), 1e-14);
    }

    @Test
    void riskDifferenceAndRiskRatio() {
        TwoByTwoTable t = TwoByTwoTable.of(15, 85, 30, 70);
        EffectSize rd = EffectSizes.twoByTwo(EffectMeasure.RD, "s", t);
        assertEquals(-0.15, rd.yi(), 1e-15);
        assertEquals(0.15 * 0.85 / 100 + 0.3 * 0.7 / 100, rd.vi(), 1e-15);
        EffectSize rr = EffectSizes.twoByTwo(EffectMeasure.RR, "s", t);
        assertEquals(Math.log(0.5), rr.yi(), 1e-15);
        assertEquals(1 / 15.0 - 1 / 100.0 + 1 / 30.0 - 1 / 100.0, rr.vi(), 1e-15);
    }

    @Test
    void meanDifferencesFromTwoGroups() {
        TwoGroupMeans g = TwoGroupMeans.of(10, 2, 20, 8, 3, 25);
        assertEquals(2, EffectSizes.twoGroupMeans(EffectMeasure.MD, "s", g).yi(), 1e-15);
        assertEquals(4.0 / 20 + 9.0 / 25, EffectSizes.twoGroupMeans(EffectMeasure.MD, "s", g).vi(), 1e-15);
        double sp = Math.sqrt((19 * 4 + 24 * 9) / 43.0);
        EffectSize smd = EffectSizes.twoGroupMeans(EffectMeasure.SMD, "s", g);
        assertEquals(HedgesCorrection.exact(43) * 2 / sp, smd.yi(), 1e-14);
        assertEquals(1 / 20.0 + 1 / 25.0 + smd.yi() * smd.yi() / 90, smd.vi(), 1e-15);
        EffectSize rom = EffectSizes.twoGroupMeans(EffectMeasure.ROM, "s", g);
        assertEquals(Math.log(10 / 8.0), rom.yi(), 1e-15);
    }

    @Test
    void preToPostChange() {
        PrePostMeans p = PrePostMeans.of(12, 4, 10, 5, 30, 0.6);
        EffectSize mc = EffectSizes.prePost(EffectMeasure.MC, "s", p);
        assertEquals(2, mc.yi(), 1e-15);
        assertEquals((16 + 25 - 2 * 0.6 * 20) / 30, mc.vi(), 1e-15);
        EffectSize smcr = EffectSizes.prePost(EffectMeasure.SMCR, "s", p);
        assertEquals(HedgesCorrection.exact(29) * 2 / 4, smcr.yi(), 1e-15);
        assertEquals(2 * 0.4 / 30 + smcr.yi() * smcr.yi() / 60, smcr.vi(), 1e-15);
    }

    @Test
    void hazardRatioFromItsConfidenceInterval() {
        EffectSize hr = EffectSizes.logHazardRatio("s", 0.8, 0.64, 1.0, 95);
        double se = (Math.log(1.0) - Math.log(0.64)) / (2 * 1.959963984540054);
        assertEquals(Math.log(0.8), hr.yi(), 1e-15);
        assertEquals(se * se, hr.vi(), 1e-15);
        EffectSize diff = EffectSizes.fromConfidenceInterval("s", 1.5, 0.5, 2.5, 90, EffectSizes.Scale.DIFFERENCE);
        assertEquals(Math.pow(1.0 / 1.6448536269514722, 2), diff.vi(), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> EffectSizes.logHazardRatio("s", 0.8, 0, 1.0, 95));
    }

    @Test
    void badArgumentsNameTheArgumentAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TwoByTwoTable.of(1, -2, 3, 4));
        assertTrue(e.getMessage().contains("bi") && e.getMessage().contains("-2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EffectSize.of("x", 0.1, 0));
        assertTrue(e.getMessage().contains("vi") && e.getMessage().contains("x"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> EffectSizes.twoGroupMeans(EffectMeasure.OR, "s", TwoGroupMeans.of(1, 1, 2, 1, 1, 2)));
        assertTrue(e.getMessage().contains("measure"), e.getMessage());
    }
}
