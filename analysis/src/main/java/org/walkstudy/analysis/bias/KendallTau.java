package org.walkstudy.analysis.bias;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Kendall's tau-b with R's cor.test p-value: exact (distribution of the number of concordant pairs) when there
 * are no ties, otherwise the normal approximation with the tie-corrected variance (Kendall 1970). As in R
 * (which counts permutations in doubles, so n! overflows), there is no exact p-value beyond
 * {@value #MAX_EXACT_N} observations: pval is NaN there, as metafor's ranktest reports NA.
 */
public record KendallTau(double tau, double pval, boolean exact) {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    /** Largest n whose n! is a finite double, the limit of R's exact Kendall distribution. */
    public static final int MAX_EXACT_N = 170;

    public static KendallTau test(double[] x, double[] y) {
        if (x == null || y == null || x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("x and y must have equal length >= 2");
        }
        int n = x.length;
        double s = 0;
        double tiedX = 0;
        double tiedY = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = Math.signum(x[i] - x[j]);
                double dy = Math.signum(y[i] - y[j]);
                s += dx * dy;
                if (dx == 0) {
                    tiedX++;
                }
                if (dy == 0) {
                    tiedY++;
                }
            }
        }
        double pairs = n * (n - 1) / 2.0;
        double tau = s / Math.sqrt((pairs - tiedX) * (pairs - tiedY));
        boolean ties = tiedX > 0 || tiedY > 0;
        if (!ties) {
            if (n > MAX_EXACT_N) {
                return new KendallTau(tau, Double.NaN, true);
            }
            long q = Math.round((tau + 1) * n * (n - 1) / 4);
            double[] cdf = concordantPairsCdf(n);
            double p = q > n * (n - 1) / 4.0 ? 1 - cdf[(int) q - 1] : cdf[(int) q];
            return new KendallTau(tau, Math.min(2 * p, 1), true);
        }
        double v0 = n * (n - 1.0) * (2 * n + 5);
        double[] tx = tieSums(x);
        double[] ty = tieSums(y);
        double varS = (v0 - tx[2] - ty[2]) / 18 + tx[0] * ty[0] / (2.0 * n * (n - 1))
                + tx[1] * ty[1] / (9.0 * n * (n - 1) * (n - 2));
        double stat = tau * Math.sqrt((pairs - tiedX) * (pairs - tiedY)) / Math.sqrt(varS);
        double p = 2 * Math.min(NORMAL.cumulativeProbability(stat), NORMAL.cumulativeProbability(-stat));
        return new KendallTau(tau, p, false);
    }

    /** Sums over tie groups of t(t-1), t(t-1)(t-2) and t(t-1)(2t+5). */
    private static double[] tieSums(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double a = 0;
        double b = 0;
        double c = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            if (t > 1) {
                a += t * (t - 1);
                b += t * (t - 1) * (t - 2);
                c += t * (t - 1) * (2 * t + 5);
            }
            i = j + 1;
        }
        return new double[] {a, b, c};
    }

    /** P(T <= q), q = 0..n(n-1)/2, for T the number of inversions of a random permutation of n (Mahonian). */
    static double[] concordantPairsCdf(int n) {
        int max = n * (n - 1) / 2;
        double[] f = new double[max + 1];
        f[0] = 1;
        int currentMax = 0;
        for (int m = 2; m <= n; m++) {
            int newMax = currentMax + m - 1;
            double[] prefix = new double[currentMax + 2];
            for (int j = 0; j <= currentMax; j++) {
                prefix[j + 1] = prefix[j] + f[j];
            }
            double[] g = new double[max + 1];
            for (int j = 0; j <= newMax; j++) {
                int lo = Math.max(0, j - (m - 1));
                int hi = Math.min(j, currentMax);
                g[j] = lo <= hi ? (prefix[hi + 1] - prefix[lo]) / m : 0;
            }
            f = g;
            currentMax = newMax;
        }
        double[] cdf = new double[max + 1];
        double acc = 0;
        for (int j = 0; j <= max; j++) {
            acc += f[j];
            cdf[j] = Math.min(1, acc);
        }
        return cdf;
    }
}
