package org.walkstudy.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class Tau2ConfidenceIntervalTest {
    private static final double[] Y = {0.10, 0.95, -0.40, 0.62, 0.05, 0.71, -0.33, 0.48};
    private static final double[] V = {0.04, 0.09, 0.02, 0.12, 0.05, 0.07, 0.03, 0.06};

    @Test
    void boundsSolveTheQProfileEquations() {
        Tau2ConfidenceInterval ci = Tau2ConfidenceInterval.qProfile(Y, V, Moderators.none(), 0.1, 95);
        double[][] x = Moderators.none().design(Y.length);
        ChiSquaredDistribution chi = new ChiSquaredDistribution(Y.length - 1);
        assertTrue(ci.lower() > 0 && ci.upper() > ci.lower());
        assertEquals(chi.inverseCumulativeProbability(0.975), Tau2Estimation.generalisedQ(x, Y, V, ci.lower()), 1e-9);
        assertEquals(chi.inverseCumulativeProbability(0.025), Tau2Estimation.generalisedQ(x, Y, V, ci.upper()), 1e-9);
        MetaFit reml = RandomEffectsModel.fit(Y, V, Moderators.none(), ModelOptions.defaults());
        assertTrue(ci.lower() < reml.tau2() && reml.tau2() < ci.upper());
    }

    @Test
    void emptyIntervalIsReportedAsZeroZero() {
        double[] y = {0.20, 0.2001, 0.1999, 0.2002, 0.1998};
        double[] v = {0.04, 0.05, 0.03, 0.06, 0.05};
        Tau2ConfidenceInterval ci = Tau2ConfidenceInterval.qProfile(y, v, Moderators.none(), 0, 95);
        assertEquals(0, ci.lower());
        assertEquals(0, ci.upper());
    }

    @Test
    void boundBeyondTheSearchLimitIsTheLimit() {
        Tau2ConfidenceInterval ci = Tau2ConfidenceInterval.qProfile(new double[] {0, 1}, new double[] {0.1, 0.1},
                Moderators.none(), 0.4, 95);
        assertEquals(0, ci.lower());
        assertEquals(100, ci.upper());
    }
}
