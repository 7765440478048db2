package org.walkstudy.analysis.meta;

import java.util.ArrayList;
import java.util.List;
import org.walkstudy.analysis.effectsize.EffectSize;

/**
 * Inverse-variance common-effect (estimator FE) and random-effects models with optional moderators, as
 * metafor's rma.uni: weights 1/(vi + tau^2), Wald z or Knapp-Hartung t tests, Q from the common-effect fit,
 * I^2 = 100 tau^2/(tau^2 + s^2) with s^2 = (k-p)/tr(P) for random effects and (Q - df)/Q for FE.
 * With k = 1 the model is common-effect with a z test, as in metafor.
 */
public final class RandomEffectsModel {
    private RandomEffectsModel() {
    }

    /** Fits an intercept-only model to effect sizes. */
    public static MetaFit fit(List<EffectSize> effects, ModelOptions options) {
        return fit(effects, Moderators.none(), options);
    }

    /** Fits a model with moderators to effect sizes. */
    public static MetaFit fit(List<EffectSize> effects, Moderators moderators, ModelOptions options) {
        if (effects == null || effects.isEmpty()) {
            throw new IllegalArgumentException("effects must be a non-empty list but was " + effects);
        }
        double[] y = new double[effects.size()];
        double[] v = new double[effects.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = effects.get(i).yi();
            v[i] = effects.get(i).vi();
        }
        return fit(y, v, moderators, options);
    }

    /** Fits a model to estimates yi with sampling variances vi (all finite, vi > 0). */
    public static MetaFit fit(double[] yi, double[] vi, Moderators moderators, ModelOptions options) {
        checkData(yi, vi);
        if (moderators == null) {
            throw new IllegalArgumentException("moderators must not be null (use Moderators.none())");
        }
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        int k = yi.length;
        double[][] x = moderators.design(k);
        int p = x[0].length;
        if (k < p) {
            throw new ModelNotFittedException("k = " + k + " studies is fewer than the " + p
                    + " coefficients of the model");
        }
        List<String> names = new ArrayList<>();
        names.add("intrcpt");
        names.addAll(moderators.names());
        return fitDesign(x, yi, vi, names, options);
    }

    static MetaFit fitDesign(double[][] x, double[] y, double[] v, List<String> names, ModelOptions requested) {
        return fitDesign(x, y, v, names, requested, null);
    }

    /** An intercept-only fit with tau^2 given (a subgroup of a mixed-effects model with one tau^2). */
    static MetaFit fitWithTau2(double[] yi, double[] vi, Tau2Estimate tau2, ModelOptions options) {
        checkData(yi, vi);
        return fitDesign(Moderators.none().design(yi.length), yi, vi, List.of("intrcpt"), options, tau2);
    }

    private static MetaFit fitDesign(double[][] x, double[] y, double[] v, List<String> names,
            ModelOptions requested, Tau2Estimate given) {
        int k = y.length;
        int p = x[0].length;
        ModelOptions options = k == 1
                ? requested.withEstimator(Tau2Estimator.FE).withTest(TestStatistic.Z) : requested;
        if (k > 1 && k == p && options.estimator().isRandomEffects()) {
            throw new ModelNotFittedException("estimator " + options.estimator() + " needs more studies than"
                    + " coefficients but k = p = " + k + " (use FE or fewer moderators)");
        }
        boolean knha = options.test() == TestStatistic.KNHA && k > p;
        Tau2Estimate tau = given != null && k > 1 ? given : Tau2Estimation.estimate(options.estimator(), x, y, v);
        double tau2 = tau.tau2();
        WeightedLeastSquares fit = WeightedLeastSquares.fit(x, y, v, tau2);
        double[] beta = fit.beta();
        double[][] vb = fit.inverse();
        Integer tDf = null;
        if (knha) {
            double rss = fit.rss();
            double s2w = rss <= Math.ulp(1.0) ? 0 : rss / (k - p); // Knapp & Hartung 2003 scale factor
            scale(vb, s2w);
            tDf = k - p;
        }
        List<Coefficient> coefficients = Inference.coefficients(names, beta, vb, tDf, options.alpha());
        Heterogeneity heterogeneity = heterogeneity(x, y, v, tau, options.estimator());
        Double piLb = null;
        Double piUb = null;
        Double qm = null;
        Integer qmDf = null;
        Double qmPval = null;
        if (p == 1) {
            Coefficient b = coefficients.get(0);
            if (options.estimator().isRandomEffects()) {
                // prediction interval b +/- crit sqrt(se^2 + tau^2) (metafor predict.rma)
                double crit = tDf == null ? Distributions.normalCritical(options.alpha())
                        : Distributions.tCritical(options.alpha(), tDf);
                double half = crit * Math.sqrt(b.se() * b.se() + tau2);
                piLb = b.estimate() - half;
                piUb = b.estimate() + half;
            } else {
                piLb = b.ciLb();
                piUb = b.ciUb();
            }
        } else {
            int m = p - 1;
            double wald = Inference.omnibus(beta, vb);
            qmDf = m;
            if (tDf != null) {
                qm = wald / m;
                qmPval = Distributions.fUpper(qm, m, tDf);
            } else {
                qm = wald;
                qmPval = Distributions.chiSquaredUpper(qm, m);
            }
        }
        return new MetaFit(options.estimator().name(), options, k, coefficients, vb, heterogeneity, piLb, piUb, qm,
                qmDf, qmPval, percent(fit.weights()), tDf);
    }

    /** Q, I^2 and H^2 as metafor: Q from the common-effect fit; I^2/H^2 tau^2-based unless FE. */
    static Heterogeneity heterogeneity(double[][] x, double[] y, double[] v, Tau2Estimate tau, Tau2Estimator estimator) {
        int k = y.length;
        int df = k - x[0].length;
        WeightedLeastSquares fe = WeightedLeastSquares.fit(x, y, v, 0);
        double q = df > 0 ? fe.rss() : 0;
        double qPval = df > 0 ? Distributions.chiSquaredUpper(q, df) : 1;
        double i2;
        double h2;
        if (df <= 0) {
            // no residual df (one study): Q = 0 with df 0, I^2 = 0 and H^2 = 1, as metafor
            i2 = 0;
            h2 = 1;
        } else if (estimator.isRandomEffects()) {
            double typicalVariance = df / fe.traceP(); // s^2 = (k-p)/tr(P) (metafor rma.uni)
            i2 = 100 * tau.tau2() / (typicalVariance + tau.tau2());
            h2 = tau.tau2() / typicalVariance + 1;
        } else {
            i2 = q > 0 ? Math.max(0, 100 * (q - df) / q) : 0;
            h2 = q / df;
        }
        return new Heterogeneity(tau.tau2(), estimator.isRandomEffects() ? tau.se() : null, q, df, qPval, i2, h2);
    }

    static double[] percent(double[] w) {
        double sum = 0;
        for (double wi : w) {
            sum += wi;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = 100 * w[i] / sum;
        }
        return out;
    }

    private static void scale(double[][] m, double factor) {
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
    }

    static void checkData(double[] yi, double[] vi) {
        if (yi == null || vi == null || yi.length != vi.length || yi.length == 0) {
            throw new IllegalArgumentException("yi and vi must be non-empty arrays of equal length but had lengths "
                    + (yi == null ? null : yi.length) + " and " + (vi == null ? null : vi.length));
        }
        for (int i = 0; i < yi.length; i++) {
            if (!Double.isFinite(yi[i])) {
                throw new IllegalArgumentException("yi[" + i + "] must be finite but was " + yi[i]);
            }
            if (!Double.isFinite(vi[i]) || vi[i] <= 0) {
                throw new IllegalArgumentException("vi[" + i + "] must be finite and > 0 but was " + vi[i]
                        + " (a study with zero sampling variance cannot be weighted)");
            }
        }
    }
}
