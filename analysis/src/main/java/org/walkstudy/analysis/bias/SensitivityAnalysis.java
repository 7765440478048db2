package org.walkstudy.analysis.bias;

import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.SubsetModel;

/** Leave-one-out (metafor leave1out) and cumulative (metafor cumul, input order) refits of a model. */
public final class SensitivityAnalysis {
    private SensitivityAnalysis() {
    }

    /** Entry i is the model without study i. */
    public static SensitivitySeries leaveOneOut(int k, SubsetModel model, boolean reportTau2) {
        requireK(k, 2);
        return series(k, i -> IntStream.range(0, k).filter(j -> j != i).toArray(), model, reportTau2);
    }

    /** Entry i is the model of studies 0..i. */
    public static SensitivitySeries cumulative(int k, SubsetModel model, boolean reportTau2) {
        requireK(k, 1);
        return series(k, i -> IntStream.rangeClosed(0, i).toArray(), model, reportTau2);
    }

    /**
     * Entry i is the intercept-only inverse-variance model of {@code yi}, {@code vi} without study i, from
     * sums (see {@link InterceptOnlyRefits}); {@code model} refits what the sums do not cover.
     */
    public static SensitivitySeries leaveOneOut(double[] yi, double[] vi, ModelOptions options, SubsetModel model,
            boolean reportTau2) {
        int k = yi.length;
        requireK(k, 2);
        if (!InterceptOnlyRefits.covers(options)) {
            return leaveOneOut(k, model, reportTau2);
        }
        InterceptOnlyRefits refits = InterceptOnlyRefits.of(yi, vi, options, model);
        return sums(k, reportTau2, (i, s) -> refits.fit(k, i, i, s.estimate(), s.se(), s.ciLb(), s.ciUb(), s.q(),
                s.tau2(), s.i2()));
    }

    /** Entry i is the intercept-only model of studies 0..i, from sums as {@link #leaveOneOut(double[], double[], ModelOptions, SubsetModel, boolean)}. */
    public static SensitivitySeries cumulative(double[] yi, double[] vi, ModelOptions options, SubsetModel model,
            boolean reportTau2) {
        int k = yi.length;
        requireK(k, 1);
        if (!InterceptOnlyRefits.covers(options)) {
            return cumulative(k, model, reportTau2);
        }
        InterceptOnlyRefits refits = InterceptOnlyRefits.of(yi, vi, options, model);
        return sums(k, reportTau2, (i, s) -> refits.fit(i + 1, -1, i, s.estimate(), s.se(), s.ciLb(), s.ciUb(),
                s.q(), s.tau2(), s.i2()));
    }

    /** Fills entry i of the series' arrays (the series copies them once, when all are filled). */
    @FunctionalInterface
    private interface Entry {
        void fill(int i, Arrays arrays);
    }

    /** The arrays a series is built from, filled in place by the sums-based refits. */
    private record Arrays(double[] estimate, double[] se, double[] ciLb, double[] ciUb, double[] q, double[] tau2,
            double[] i2) {
    }

    private static SensitivitySeries sums(int k, boolean reportTau2, Entry entry) {
        Arrays a = new Arrays(new double[k], new double[k], new double[k], new double[k], new double[k],
                reportTau2 ? new double[k] : null, new double[k]);
        for (int i = 0; i < k; i++) {
            entry.fill(i, a);
        }
        return new SensitivitySeries(a.estimate(), a.se(), a.ciLb(), a.ciUb(), a.q(), a.tau2(), a.i2());
    }

    private static SensitivitySeries series(int k, IntFunction<int[]> subset, SubsetModel model, boolean reportTau2) {
        double[] est = new double[k];
        double[] se = new double[k];
        double[] lb = new double[k];
        double[] ub = new double[k];
        double[] q = new double[k];
        double[] tau2 = reportTau2 ? new double[k] : null;
        double[] i2 = new double[k];
        for (int i = 0; i < k; i++) {
            MetaFit fit = model.fit(subset.apply(i));
            est[i] = fit.estimate();
            se[i] = fit.se();
            lb[i] = fit.pooled().ciLb();
            ub[i] = fit.pooled().ciUb();
            q[i] = fit.heterogeneity().q();
            if (tau2 != null) {
                tau2[i] = fit.tau2();
            }
            i2[i] = fit.heterogeneity().i2();
        }
        return new SensitivitySeries(est, se, lb, ub, q, tau2, i2);
    }

    private static void requireK(int k, int min) {
        if (k < min) {
            throw new IllegalArgumentException("k must be >= " + min + " but was " + k);
        }
    }
}
