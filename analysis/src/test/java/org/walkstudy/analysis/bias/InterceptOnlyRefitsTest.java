package org.walkstudy.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.Moderators;
import org.walkstudy.analysis.meta.RandomEffectsModel;
import org.walkstudy.analysis.meta.SubsetModel;
import org.walkstudy.analysis.meta.Tau2Estimator;
import org.walkstudy.analysis.meta.TestStatistic;

/** The sums-based refits give the general model's leave-one-out and cumulative results, for every estimator. */
class InterceptOnlyRefitsTest {
    /** Heterogeneous (tau^2 > 0) and homogeneous (tau^2 truncated at 0) synthetic data. */
    private static double[][] data(long seed, int k, double spread, double mean) {
        Random r = new Random(seed);
        double[] y = new double[k];
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            v[i] = 0.01 + 0.2 * r.nextDouble();
            y[i] = mean + spread * r.nextGaussian() + Math.sqrt(v[i]) * r.nextGaussian();
        }
        return new double[][] {y, v};
    }

    private static SubsetModel general(double[] y, double[] v, ModelOptions options) {
        return idx -> {
            double[] ys = new double[idx.length];
            double[] vs = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                ys[i] = y[idx[i]];
                vs[i] = v[idx[i]];
            }
            return RandomEffectsModel.fit(ys, vs, Moderators.none(), options);
        };
    }

    private static void assertSame(SensitivitySeries expected, SensitivitySeries actual, String what) {
        double[][] e = {expected.estimate(), expected.se(), expected.ciLb(), expected.ciUb(), expected.q(),
            expected.i2()};
        double[][] a = {actual.estimate(), actual.se(), actual.ciLb(), actual.ciUb(), actual.q(), actual.i2()};
        for (int c = 0; c < e.length; c++) {
            for (int i = 0; i < e[c].length; i++) {
                // the general fit stops Fisher scoring at a relative step of 1e-13 of max(tau2, mean v)
                assertEquals(e[c][i], a[c][i], 1e-9 * Math.max(1, Math.abs(e[c][i])), what + " column " + c + " row " + i);
            }
        }
        if (expected.tau2() == null) {
            assertNull(actual.tau2(), what);
        } else {
            for (int i = 0; i < expected.tau2().length; i++) {
                assertEquals(expected.tau2()[i], actual.tau2()[i], 1e-10, what + " tau2 row " + i);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Tau2Estimator.class)
    void sumsGiveTheGeneralModelsSeries(Tau2Estimator estimator) {
        for (TestStatistic test : new TestStatistic[] {TestStatistic.Z, TestStatistic.KNHA}) {
            ModelOptions options = ModelOptions.of(estimator, test, 95);
            boolean tau2 = estimator.isRandomEffects();
            for (double[][] d : new double[][][] {data(1, 40, 0.3, 0.4), data(2, 25, 0, -0.2), data(3, 12, 1, 150)}) {
                SubsetModel model = general(d[0], d[1], options);
                String what = estimator + " " + test;
                assertSame(SensitivityAnalysis.leaveOneOut(d[0].length, model, tau2),
                        SensitivityAnalysis.leaveOneOut(d[0], d[1], options, model, tau2), what + " leave-one-out");
                assertSame(SensitivityAnalysis.cumulative(d[0].length, model, tau2),
                        SensitivityAnalysis.cumulative(d[0], d[1], options, model, tau2), what + " cumulative");
            }
        }
    }
}
