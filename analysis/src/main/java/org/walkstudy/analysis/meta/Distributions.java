package org.walkstudy.analysis.meta;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Tail probabilities and quantiles (commons-math3) as the models use them; upper tails without cancellation. */
final class Distributions {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Distributions() {
    }

    /** Two-sided p of a z statistic: 2 * pnorm(-|z|). */
    static double twoSidedNormal(double z) {
        return 2 * NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /** Two-sided p of a t statistic with df degrees of freedom. */
    static double twoSidedT(double t, double df) {
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }

    /** Upper quantile z_{1 - alpha/2}. */
    static double normalCritical(double alpha) {
        return ConfidenceLevel.zCriticalOfAlpha(alpha);
    }

    /** Upper quantile t_{1 - alpha/2, df}. */
    static double tCritical(double alpha, double df) {
        return -new TDistribution(null, df).inverseCumulativeProbability(alpha / 2);
    }

    /** P(X > q) for chi-square with df degrees of freedom, via the regularised gamma Q (no 1 - cdf cancellation). */
    static double chiSquaredUpper(double q, double df) {
        if (q <= 0) {
            return 1;
        }
        return org.apache.commons.math3.special.Gamma.regularizedGammaQ(df / 2, q / 2);
    }

    static double chiSquaredQuantile(double probability, double df) {
        return new ChiSquaredDistribution(null, df).inverseCumulativeProbability(probability);
    }

    /** P(X > f) for F(df1, df2) via the regularised beta (no 1 - cdf cancellation). */
    static double fUpper(double f, double df1, double df2) {
        if (f <= 0) {
            return 1;
        }
        return org.apache.commons.math3.special.Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
    }

    static double normalCdf(double z) {
        return NORMAL.cumulativeProbability(z);
    }

    static FDistribution f(double df1, double df2) {
        return new FDistribution(null, df1, df2);
    }
}
