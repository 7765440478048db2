package org.walkstudy.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class RandomEffectsModelTest {
    private static final double[] Y = {0.10, 0.35, -0.20, 0.62, 0.05, 0.41, -0.33, 0.18};
    private static final double[] V = {0.04, 0.09, 0.02, 0.12, 0.05, 0.07, 0.03, 0.06};

    private static ModelOptions options(Tau2Estimator estimator) {
        return ModelOptions.of(estimator, TestStatistic.Z, 95);
    }

    @ParameterizedTest
    @EnumSource(Tau2Estimator.class)
    void singleStudyIsItsOwnEstimate(Tau2Estimator estimator) {
        MetaFit fit = RandomEffectsModel.fit(new double[] {0.3}, new double[] {0.04}, Moderators.none(),
                ModelOptions.of(estimator, TestStatistic.KNHA, 95));
        assertEquals(0.3, fit.estimate(), 1e-15);
        assertEquals(0.2, fit.se(), 1e-15);
        assertEquals(0, fit.tau2());
        assertEquals(0, fit.heterogeneity().i2());
        assertEquals(0, fit.heterogeneity().qDf());
        assertNull(fit.tDf(), "k = 1 falls back to the z test as metafor does");
        assertEquals(100, fit.weights()[0], 1e-12);
    }

    @ParameterizedTest
    @EnumSource(Tau2Estimator.class)
    void twoStudiesFit(Tau2Estimator estimator) {
        MetaFit fit = RandomEffectsModel.fit(new double[] {0.0, 1.0}, new double[] {0.1, 0.2}, Moderators.none(),
                options(estimator));
        assertEquals(1, fit.heterogeneity().qDf());
        double fixed = (0.0 / 0.1 + 1.0 / 0.2) / (1 / 0.1 + 1 / 0.2);
        assertEquals((1.0 - fixed) * (1.0 - fixed) / 0.2 + fixed * fixed / 0.1, fit.heterogeneity().q(), 1e-12);
        double w1 = 1 / (0.1 + fit.tau2());
        double w2 = 1 / (0.2 + fit.tau2());
        assertEquals(1.0 * w2 / (w1 + w2), fit.estimate(), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(Tau2Estimator.class)
    void equalEstimatesHaveNoHeterogeneity(Tau2Estimator estimator) {
        double[] y = {0.25, 0.25, 0.25, 0.25, 0.25};
        double[] v = {0.01, 0.04, 0.02, 0.08, 0.05};
        MetaFit fit = RandomEffectsModel.fit(y, v, Moderators.none(), options(estimator));
        assertEquals(0, fit.tau2());
        assertEquals(0, fit.heterogeneity().i2());
        assertEquals(0, fit.heterogeneity().q(), 1e-24);
        assertEquals(0.25, fit.estimate(), 1e-15);
    }

    @ParameterizedTest
    @EnumSource(value = Tau2Estimator.class, names = {"DL", "REML", "ML", "PM", "HE", "HS", "EB"})
    void tau2IsTruncatedAtZeroWhenEstimatesAgreeMoreThanChance(Tau2Estimator estimator) {
        double[] y = {0.20, 0.21, 0.19, 0.205, 0.195};
        double[] v = {0.04, 0.05, 0.03, 0.06, 0.05};
        MetaFit fit = RandomEffectsModel.fit(y, v, Moderators.none(), options(estimator));
        assertTrue(fit.heterogeneity().q() < fit.heterogeneity().qDf(), "data less dispersed than chance");
        assertEquals(0, fit.tau2(), "tau2 is truncated at exactly 0");
        assertEquals(0, fit.heterogeneity().i2());
    }

    @Test
    void dersimonianLairdMatchesTheClosedForm() {
        double sw = 0;
        double sw2 = 0;
        double swy = 0;
        for (int i = 0; i < Y.length; i++) {
            sw += 1 / V[i];
            sw2 += 1 / (V[i] * V[i]);
            swy += Y[i] / V[i];
        }
        double mean = swy / sw;
        double q = 0;
        for (int i = 0; i < Y.length; i++) {
            q += (Y[i] - mean) * (Y[i] - mean) / V[i];
        }
        double tau2 = Math.max(0, (q - (Y.length - 1)) / (sw - sw2 / sw));
        MetaFit fit = RandomEffectsModel.fit(Y, V, Moderators.none(), options(Tau2Estimator.DL));
        assertEquals(tau2, fit.tau2(), 1e-14);
        assertEquals(q, fit.heterogeneity().q(), 1e-12);
    }

    @Test
    void remlSolvesItsScoreEquationAndPmItsMomentEquation() {
        MetaFit reml = RandomEffectsModel.fit(Y, V, Moderators.none(), options(Tau2Estimator.REML));
        assertTrue(reml.tau2() > 0);
        double h = 1e-5 * reml.tau2();
        double up = restrictedLogLikelihood(reml.tau2() + h);
        double down = restrictedLogLikelihood(reml.tau2() - h);
        double at = restrictedLogLikelihood(reml.tau2());
        assertTrue(at >= up && at >= down, "REML estimate maximises the restricted likelihood");

        MetaFit pm = RandomEffectsModel.fit(Y, V, Moderators.none(), options(Tau2Estimator.PM));
        double[][] x = Moderators.none().design(Y.length);
        assertEquals(Y.length - 1, Tau2Estimation.generalisedQ(x, Y, V, pm.tau2()), 1e-10);
    }

    private static double restrictedLogLikelihood(double tau2) {
        double sw = 0;
        double swy = 0;
        double logdet = 0;
        for (int i = 0; i < Y.length; i++) {
            double w = 1 / (V[i] + tau2);
            sw += w;
            swy += w * Y[i];
            logdet += Math.log(V[i] + tau2);
        }
        double mu = swy / sw;
        double rss = 0;
        for (int i = 0; i < Y.length; i++) {
            rss += (Y[i] - mu) * (Y[i] - mu) / (V[i] + tau2);
        }
        return -0.5 * (logdet + Math.log(sw) + rss);
    }

    @ParameterizedTest
    @EnumSource(Tau2Estimator.class)
    void resultsScaleWithHugeAndTinyVariances(Tau2Estimator estimator) {
        MetaFit base = RandomEffectsModel.fit(Y, V, Moderators.none(), options(estimator));
        for (double c : new double[] {1e4, 1e-4}) { // variances around 1e8 and 1e-8
            double[] y = new double[Y.length];
            double[] v = new double[V.length];
            for (int i = 0; i < Y.length; i++) {
                y[i] = Y[i] * c;
                v[i] = V[i] * c * c;
            }
            MetaFit scaled = RandomEffectsModel.fit(y, v, Moderators.none(), options(estimator));
            assertEquals(base.estimate() * c, scaled.estimate(), 1e-8 * Math.abs(base.estimate() * c));
            assertEquals(base.se() * c, scaled.se(), 1e-8 * base.se() * c);
            assertEquals(base.tau2() * c * c, scaled.tau2(), 1e-8 * base.tau2() * c * c + 1e-300);
            assertEquals(base.heterogeneity().i2(), scaled.heterogeneity().i2(), 1e-6);
            assertEquals(base.heterogeneity().q(), scaled.heterogeneity().q(), 1e-8 * base.heterogeneity().q());
        }
    }

    @Test
    void zeroVarianceStudyIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RandomEffectsModel.fit(new double[] {0.1, 0.2}, new double[] {0.01, 0}, Moderators.none(),
                        ModelOptions.defaults()));
        assertTrue(e.getMessage().contains("vi[1]") && e.getMessage().contains("zero sampling variance"),
                e.getMessage());
    }

    @Test
    void moreCoefficientsThanStudiesIsRejected() {
        Moderators mods = Moderators.of(List.of("a", "b"), List.of(new double[] {1, 2}, new double[] {3, 5}));
        assertThrows(IllegalArgumentException.class, () -> RandomEffectsModel.fit(new double[] {0.1, 0.2},
                new double[] {0.01, 0.02}, mods, ModelOptions.defaults()));
    }

    @Test
    void knappHartungScalesTheVarianceAndUsesT() {
        MetaFit z = RandomEffectsModel.fit(Y, V, Moderators.none(), options(Tau2Estimator.REML));
        MetaFit t = RandomEffectsModel.fit(Y, V, Moderators.none(),
                ModelOptions.of(Tau2Estimator.REML, TestStatistic.KNHA, 95));
        double[][] x = Moderators.none().design(Y.length);
        double s2w = WeightedLeastSquares.fit(x, Y, V, z.tau2()).rss() / (Y.length - 1);
        assertEquals(z.se() * Math.sqrt(s2w), t.se(), 1e-12);
        assertEquals(Y.length - 1, t.tDf());
        double crit = new org.apache.commons.math3.distribution.TDistribution(Y.length - 1)
                .inverseCumulativeProbability(0.975);
        assertEquals(t.estimate() - crit * t.se(), t.pooled().ciLb(), 1e-10);
    }

    @Test
    void levelOutsideEightyToNinetyNinePointNineIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelOptions.of(Tau2Estimator.REML, TestStatistic.Z, 99.95));
        assertTrue(e.getMessage().contains("level") && e.getMessage().contains("99.95"));
    }

    @ParameterizedTest
    @EnumSource(value = Tau2Estimator.class, names = {"REML", "ML"})
    @org.junit.jupiter.api.Timeout(60) // before the fix this looped for ever halving -Infinity
    void overflowingScoringStepIsAClearErrorNotAnEndlessLoop(Tau2Estimator estimator) {
        NotConvergedException e = assertThrows(NotConvergedException.class, () -> RandomEffectsModel.fit(
                new double[] {0.3, 0.5}, new double[] {1e300, 1e300}, Moderators.none(), options(estimator)));
        assertTrue(e.getMessage().contains("overflowed"), e.getMessage());
    }
}
