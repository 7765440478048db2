package org.walkstudy.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.TwoByTwoTable;

class TwoByTwoModelsTest {
    private static final List<TwoByTwoTable> TABLES = List.of(
            TwoByTwoTable.of(12, 88, 20, 80),
            TwoByTwoTable.of(0, 40, 0, 38),   // double zero
            TwoByTwoTable.of(5, 45, 9, 41),
            TwoByTwoTable.of(0, 30, 3, 27),   // single zero
            TwoByTwoTable.of(30, 170, 41, 159));

    @Test
    void mantelHaenszelDropsDoubleZeroTablesFromQAndWeights() {
        MetaFit fit = MantelHaenszelModel.fit(EffectMeasure.OR, TABLES, 95);
        assertEquals(5, fit.k());
        assertEquals(3, fit.heterogeneity().qDf(), "5 tables, 1 double-zero: df = 4 - 1");
        assertEquals(0, fit.weights()[1]);
        List<TwoByTwoTable> without = new ArrayList<>(TABLES);
        without.remove(1);
        MetaFit dropped = MantelHaenszelModel.fit(EffectMeasure.OR, without, 95);
        assertEquals(dropped.estimate(), fit.estimate(), 1e-14);
        assertEquals(dropped.heterogeneity().q(), fit.heterogeneity().q(), 1e-12);
    }

    @Test
    void mantelHaenszelOddsRatioIsTheWeightedRatio() {
        double r = 0;
        double s = 0;
        for (TwoByTwoTable t : TABLES) {
            r += t.ai() * t.di() / t.total();
            s += t.bi() * t.ci() / t.total();
        }
        assertEquals(Math.log(r / s), MantelHaenszelModel.fit(EffectMeasure.OR, TABLES, 95).estimate(), 1e-14);
    }

    @Test
    void mantelHaenszelModelValuesSkipDoubleZeroTables() {
        StudyValues values = MantelHaenszelModel.studyValues(EffectMeasure.OR, TABLES);
        assertEquals(4, values.size());
        assertEquals(2, values.indices()[1]);
        // single-zero table gets 1/2 in every cell: log((0.5*27.5)/(30.5*3.5))
        assertEquals(Math.log(0.5 * 27.5 / (30.5 * 3.5)), values.yi()[2], 1e-14);
    }

    @Test
    void petoEstimateIsSumOfObservedMinusExpectedOverVariance() {
        double oe = 0;
        double v = 0;
        for (TwoByTwoTable t : TABLES) {
            double n = t.total();
            double events = t.ai() + t.ci();
            oe += t.ai() - events * t.n1() / n;
            v += events * (n - events) * t.n1() * t.n2() / (n * n * (n - 1));
        }
        MetaFit fit = PetoModel.fit(TABLES, 95);
        assertEquals(oe / v, fit.estimate(), 1e-14);
        assertEquals(Math.sqrt(1 / v), fit.se(), 1e-14);
        assertEquals(3, fit.heterogeneity().qDf());
    }

    @Test
    void petoWithoutAnyEventsIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PetoModel.fit(List.of(TwoByTwoTable.of(0, 10, 0, 12)), 95));
        assertEquals(true, e.getMessage().contains("never occurred"));
    }

    @Test
    void homogeneousTablesPoolToTheCommonRiskRatioAndDifference() {
        List<TwoByTwoTable> same = List.of(TwoByTwoTable.of(10, 40, 20, 30), TwoByTwoTable.of(20, 80, 40, 60),
                TwoByTwoTable.of(5, 20, 10, 15));
        assertEquals(Math.log(0.2 / 0.4), MantelHaenszelModel.fit(EffectMeasure.RR, same, 95).estimate(), 1e-14);
        assertEquals(-0.2, MantelHaenszelModel.fit(EffectMeasure.RD, same, 95).estimate(), 1e-14);
        assertEquals(0, MantelHaenszelModel.fit(EffectMeasure.RD, same, 95).heterogeneity().q(), 1e-20);
    }

    @Test
    void mantelHaenszelRejectsOtherMeasures() {
        assertThrows(IllegalArgumentException.class, () -> MantelHaenszelModel.fit(EffectMeasure.MD, TABLES, 95));
    }

    @Test
    void mantelHaenszelRiskDifferenceKeepsDoubleZeroTablesInThePooledEstimate() {
        // RD: a double-zero table has risk difference 0 and MH weight n1 n2 / n (metafor rma.mh); only Q drops it.
        double num = 0;
        double den = 0;
        for (TwoByTwoTable t : TABLES) {
            double w = t.n1() * t.n2() / t.total();
            num += w * (t.ai() / t.n1() - t.ci() / t.n2());
            den += w;
        }
        MetaFit fit = MantelHaenszelModel.fit(EffectMeasure.RD, TABLES, 95);
        assertEquals(num / den, fit.estimate(), 1e-14);
        assertEquals(3, fit.heterogeneity().qDf(), "Q still over the 4 tables with a defined yi");
        assertEquals(40.0 * 38 / 78, fit.weight(1) / 100 * den, 1e-9, "the double-zero table carries MH weight");
    }
}
