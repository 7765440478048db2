package org.walkstudy.analysis.bias;

import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.walkstudy.analysis.meta.MetaFit;
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
