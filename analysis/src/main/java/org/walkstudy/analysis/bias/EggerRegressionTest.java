package org.walkstudy.analysis.bias;

import java.util.List;
import org.walkstudy.analysis.meta.Coefficient;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.Moderators;
import org.walkstudy.analysis.meta.RandomEffectsModel;

/**
 * Egger's regression test (Egger et al. 1997) in metafor's default form (regtest: model "rma", predictor
 * "sei"): the model refitted with the standard error as moderator, same estimator and test; the slope's test
 * is the test for funnel-plot asymmetry and the intercept is the limit estimate (effect as se goes to 0).
 */
public record EggerRegressionTest(double stat, double pval, Integer df, double limitEstimate, double limitCiLb,
        double limitCiUb) {

    public static EggerRegressionTest test(double[] yi, double[] vi, ModelOptions options) {
        if (yi == null || yi.length < 3) {
            throw new IllegalArgumentException("Egger's test needs k >= 3 studies but had "
                    + (yi == null ? null : yi.length));
        }
        double[] sei = new double[vi.length];
        for (int i = 0; i < vi.length; i++) {
            sei[i] = Math.sqrt(vi[i]);
        }
        MetaFit fit = RandomEffectsModel.fit(yi, vi, Moderators.of(List.of("sei"), List.of(sei)), options);
        Coefficient slope = fit.coefficients().get(1);
        Coefficient limit = fit.coefficients().get(0);
        return new EggerRegressionTest(slope.stat(), slope.pval(), fit.tDf(), limit.estimate(), limit.ciLb(),
                limit.ciUb());
    }
}
