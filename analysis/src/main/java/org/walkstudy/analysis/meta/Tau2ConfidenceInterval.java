package org.walkstudy.analysis.meta;

/**
 * Q-profile confidence interval for tau^2 (Viechtbauer 2007; metafor confint.rma.uni): the tau^2 values where
 * the generalised Q equals the chi-square(k - p) quantiles. As metafor: an empty interval (Q(0) below the lower
 * quantile) is reported as [0, 0]; a bound beyond the search limit max(100, 10 tau^2) is reported as the limit.
 */
public record Tau2ConfidenceInterval(double lower, double upper) {

    /** The Q-profile interval of a model of yi, vi with the given moderators, tau2 the model's estimate. */
    public static Tau2ConfidenceInterval qProfile(double[] yi, double[] vi, Moderators moderators, double tau2,
            double level) {
        RandomEffectsModel.checkData(yi, vi);
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be in (0, 100) percent but was " + level);
        }
        double[][] x = moderators.design(yi.length);
        int df = yi.length - x[0].length;
        if (df < 1) {
            throw new IllegalArgumentException("the Q-profile interval needs k - p >= 1 but k - p = " + df);
        }
        double alpha = 1 - level / 100;
        double critUpper = Distributions.chiSquaredQuantile(1 - alpha / 2, df);
        double critLower = Distributions.chiSquaredQuantile(alpha / 2, df);
        double limit = Math.max(100, 10 * tau2);
        double q0 = Tau2Estimation.generalisedQ(x, yi, vi, 0);
        if (q0 < critLower) {
            return new Tau2ConfidenceInterval(0, 0);
        }
        double qLimit = Tau2Estimation.generalisedQ(x, yi, vi, limit);
        double lower;
        if (q0 > critUpper) {
            lower = qLimit > critUpper ? limit : Tau2Estimation.root(x, yi, vi, critUpper, 0, limit, "tau2 CI lower bound");
        } else {
            lower = 0;
        }
        double upper = qLimit > critLower ? limit
                : Tau2Estimation.root(x, yi, vi, critLower, lower, limit, "tau2 CI upper bound");
        return new Tau2ConfidenceInterval(lower, upper);
    }
}
