package org.walkstudy.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.Moderators;
import org.walkstudy.analysis.meta.RandomEffectsModel;
import org.walkstudy.analysis.meta.Tau2Estimator;
import org.walkstudy.analysis.meta.TestStatistic;

class BiasTest {

    @Test
    void exactKendallDistributionMatchesEnumeration() {
        int n = 6;
        int max = n * (n - 1) / 2;
        double[] counts = new double[max + 1];
        permute(new int[] {0, 1, 2, 3, 4, 5}, 0, counts);
        double[] cdf = KendallTau.concordantPairsCdf(n);
        double acc = 0;
        for (int q = 0; q <= max; q++) {
            acc += counts[q] / 720;
            assertEquals(acc, cdf[q], 1e-12);
        }
    }

    private static void permute(int[] a, int from, double[] counts) {
        if (from == a.length) {
            int inversions = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = i + 1; j < a.length; j++) {
                    if (a[i] > a[j]) {
                        inversions++;
                    }
                }
            }
            counts[inversions]++;
            return;
        }
        for (int i = from; i < a.length; i++) {
            int t = a[from];
            a[from] = a[i];
            a[i] = t;
            permute(a, from + 1, counts);
            a[i] = a[from];
            a[from] = t;
        }
    }

    @Test
    void kendallTauOfPerfectAndTiedOrders() {
        KendallTau perfect = KendallTau.test(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10});
        assertEquals(1, perfect.tau(), 1e-15);
        assertEquals(2.0 / 120, perfect.pval(), 1e-15, "only the identity permutation is as extreme, two-sided");
        KendallTau tied = KendallTau.test(new double[] {1, 2, 2, 4, 5}, new double[] {1, 3, 2, 4, 5});
        assertFalse(tied.exact());
        // tau-b = (C - D)/sqrt((n0 - n1)(n0 - n2)): 10 pairs, one tied in x, the other 9 concordant
        assertEquals(9 / Math.sqrt(9 * 10), tied.tau(), 1e-15);
    }

    @Test
    void equalEstimatesNeedNoFilling() {
        double[] v = {0.01, 0.02, 0.04, 0.05, 0.09, 0.1, 0.16, 0.2};
        double[] y = {0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3};
        MetaFit fit = RandomEffectsModel.fit(y, v, Moderators.none(), ModelOptions.defaults());
        TrimAndFill tf = TrimAndFill.fill(y, v, ModelOptions.defaults(), fit);
        assertEquals(0, tf.k0());
        assertEquals(fit.estimate(), tf.estimate(), 1e-15);
    }

    @Test
    void missingLargePositiveStudiesAreFilledOnTheRight() {
        double[] se = {0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.05};
        double[] y = new double[se.length];
        double[] v = new double[se.length];
        for (int i = 0; i < se.length; i++) {
            y[i] = i == se.length - 1 ? 0.21 : 0.2 - 1.5 * se[i];
            v[i] = se[i] * se[i];
        }
        ModelOptions fe = ModelOptions.of(Tau2Estimator.FE, TestStatistic.Z, 95);
        MetaFit fit = RandomEffectsModel.fit(y, v, Moderators.none(), fe);
        TrimAndFill tf = TrimAndFill.fill(y, v, fe, fit);
        assertEquals("right", tf.side());
        assertTrue(tf.k0() > 0 && tf.estimate() > fit.estimate());
    }

    @Test
    void missingSmallNegativeStudiesAreFilledOnTheLeft() {
        List<Double> ys = new ArrayList<>();
        List<Double> vs = new ArrayList<>();
        double[] se = {0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4};
        for (double s : se) {
            ys.add(0.2 + 1.5 * s); // small studies only on the positive side
            vs.add(s * s);
        }
        ys.add(0.19);
        vs.add(0.0025);
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        double[] v = vs.stream().mapToDouble(Double::doubleValue).toArray();
        ModelOptions fe = ModelOptions.of(Tau2Estimator.FE, TestStatistic.Z, 95);
        MetaFit fit = RandomEffectsModel.fit(y, v, Moderators.none(), fe);
        TrimAndFill tf = TrimAndFill.fill(y, v, fe, fit);
        assertEquals("left", tf.side());
        assertTrue(tf.k0() > 0);
        assertTrue(tf.estimate() < fit.estimate(), "filling pulls the estimate toward the missing side");
        EggerRegressionTest egger = EggerRegressionTest.test(y, v, fe);
        assertTrue(egger.stat() > 0 && egger.pval() < 0.05, "asymmetry detected: " + egger);
        assertTrue(Math.abs(egger.limitEstimate() - 0.2) < 0.05, "limit estimate near the true effect");
    }

    @Test
    void leaveOneOutAndCumulativeRefitTheRightSubsets() {
        double[] y = {0.1, 0.5, 0.3, 0.9};
        double[] v = {0.01, 0.02, 0.03, 0.04};
        ModelOptions fe = ModelOptions.of(Tau2Estimator.FE, TestStatistic.Z, 95);
        SensitivitySeries loo = SensitivityAnalysis.leaveOneOut(4, idx -> {
            double[] ys = new double[idx.length];
            double[] vs = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                ys[i] = y[idx[i]];
                vs[i] = v[idx[i]];
            }
            return RandomEffectsModel.fit(ys, vs, Moderators.none(), fe);
        }, false);
        double w = 1 / 0.02 + 1 / 0.03 + 1 / 0.04;
        assertEquals((0.5 / 0.02 + 0.3 / 0.03 + 0.9 / 0.04) / w, loo.estimate()[0], 1e-14);
        SensitivitySeries cum = SensitivityAnalysis.cumulative(4, idx -> RandomEffectsModel.fit(
                java.util.Arrays.copyOf(y, idx.length), java.util.Arrays.copyOf(v, idx.length), Moderators.none(), fe),
                false);
        assertEquals(0.1, cum.estimate()[0], 1e-15);
        assertEquals(0, cum.q()[0]);
        assertEquals(null, cum.tau2());
    }
}
