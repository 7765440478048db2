package org.walkstudy.analysis.personal.compare;

import java.util.Arrays;

import org.walkstudy.analysis.meta.ConfidenceLevel;

/**
 * Theil-Sen slope: the median of all pairwise slopes, robust to outliers (Sen PK, J Am Stat Assoc
 * 1968;63:1379-1389). CI from the ranks of the pairwise slopes with C = z * sqrt(n(n-1)(2n+5)/18)
 * (Sen 1968; Gilbert RO 1987, "Statistical Methods for Environmental Pollution Monitoring", ch. 16).
 * That CI assumes independent errors; the report says so.
 */
public final class TheilSen {
    private TheilSen() {
    }

    /** Slope of y on x (x in weeks gives a slope per week). */
    public static Interval slope(double[] x, double[] y, double level) {
        if (x == null || y == null || x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length");
        }
        if (x.length < 3) {
            throw new IllegalArgumentException("a trend needs at least 3 days with a value");
        }
        if (!ConfidenceLevel.isValid(level * 100)) {
            throw new IllegalArgumentException("level must be in [0.80, 0.999] but was " + level);
        }
        int n = x.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x[j] != x[i]) {
                    slopes[k++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        if (k == 0) {
            throw new IllegalArgumentException("all x values are equal");
        }
        double[] s = Arrays.copyOf(slopes, k);
        Arrays.sort(s);
        double median = k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
        double z = ConfidenceLevel.zCritical(level * 100);
        double c = z * Math.sqrt(n * (n - 1.0) * (2 * n + 5) / 18.0);
        // 1-based ranks M1 = (N - C)/2 and M2 + 1 = (N + C)/2 + 1, widened to whole ranks and kept in range.
        int lowerRank = Math.max(1, (int) Math.floor((k - c) / 2));
        int upperRank = Math.min(k, (int) Math.ceil((k + c) / 2 + 1));
        return Interval.of(median, Math.min(s[lowerRank - 1], median), Math.max(s[upperRank - 1], median), level);
    }
}
