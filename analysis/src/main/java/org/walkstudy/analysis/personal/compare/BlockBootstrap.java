package org.walkstudy.analysis.personal.compare;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Mean difference (period minus baseline) with a moving-block bootstrap CI: day-to-day values of one person
 * are autocorrelated, so resampling single days would understate the uncertainty; resampling blocks of
 * consecutive days keeps that dependence (Kunsch HR, Ann Stat 1989;17:1217-1241). Block length n^(1/3)
 * rounded (the MSE-optimal order for variance estimation, Hall P, Horowitz JL, Jing B, Biometrika
 * 1995;82:561-574). Percentile interval; the seed makes it repeatable.
 */
public final class BlockBootstrap {
    public static final int DEFAULT_RESAMPLES = 4000;

    private BlockBootstrap() {
    }

    /** Block length for a series of n days: round(n^(1/3)), at least 1. */
    public static int blockLength(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("series must not be empty");
        }
        return Math.max(1, (int) Math.round(Math.cbrt(n)));
    }

    public static Interval meanDifference(double[] baseline, double[] period, int resamples, long seed, double level) {
        check(baseline, "baseline");
        check(period, "period");
        if (resamples < 100) {
            throw new IllegalArgumentException("at least 100 resamples, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int lb = blockLength(baseline.length);
        int lp = blockLength(period.length);
        double[] diffs = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            diffs[b] = mean(resample(period, lp, random)) - mean(resample(baseline, lb, random));
        }
        Arrays.sort(diffs);
        double alpha = 1 - level;
        return Interval.of(mean(period) - mean(baseline), quantile(diffs, alpha / 2), quantile(diffs, 1 - alpha / 2), level);
    }

    /** One moving-block resample: blocks of {@code length} consecutive values from random starts, cut to the series length. */
    static double[] resample(double[] x, int length, SplittableRandom random) {
        int n = x.length;
        int l = Math.min(length, n);
        double[] out = new double[n];
        int filled = 0;
        while (filled < n) {
            int start = random.nextInt(n - l + 1);
            int take = Math.min(l, n - filled);
            System.arraycopy(x, start, out, filled, take);
            filled += take;
        }
        return out;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Type 7 quantile of sorted values (Hyndman RJ, Fan Y, Am Stat 1996;50:361-365), R's default. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static void check(double[] x, String name) {
        if (x == null || x.length < 2) {
            throw new IllegalArgumentException(name + " needs at least 2 days with a value");
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " has a non-finite value");
            }
        }
    }
}
