package org.walkstudy.analysis.bias;

/**
 * Begg & Mazumdar 1994 rank correlation test (metafor ranktest): Kendall's tau between the standardised
 * deviates (yi - b)/sqrt(vi - vb) from the common-effect estimate b and the variances vi. {@code exact} is false
 * when ties forced the normal approximation.
 */
public record BeggRankTest(double tau, double pval, boolean exact) {

    public static BeggRankTest test(double[] yi, double[] vi) {
        if (yi == null || vi == null || yi.length != vi.length || yi.length < 3) {
            throw new IllegalArgumentException("the rank test needs yi and vi of equal length >= 3");
        }
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < yi.length; i++) {
            sw += 1 / vi[i];
            swy += yi[i] / vi[i];
        }
        double b = swy / sw;
        double vb = 1 / sw;
        double[] standardised = new double[yi.length];
        for (int i = 0; i < yi.length; i++) {
            standardised[i] = (yi[i] - b) / Math.sqrt(vi[i] - vb);
        }
        KendallTau kendall = KendallTau.test(standardised, vi);
        return new BeggRankTest(kendall.tau(), kendall.pval(), kendall.exact());
    }
}
