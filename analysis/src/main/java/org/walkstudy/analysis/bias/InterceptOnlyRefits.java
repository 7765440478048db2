package org.walkstudy.analysis.bias;

import org.apache.commons.math3.distribution.TDistribution;
import org.walkstudy.analysis.meta.ConfidenceLevel;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.ScoringRule;
import org.walkstudy.analysis.meta.SubsetModel;
import org.walkstudy.analysis.meta.Tau2Estimator;
import org.walkstudy.analysis.meta.TestStatistic;

/**
 * Leave-one-out and cumulative refits of an intercept-only inverse-variance model (metafor rma.uni's formulas,
 * as RandomEffectsModel) from sums instead of a full model per subset. For one intercept every quantity
 * rma.uni needs is a function of a few weighted sums: b = sum(w u)/sum(w), Q = sum(w u^2) - b sum(w u),
 * tr(P) = sum(w) - sum(w^2)/sum(w), tr(PP) = sum(w^2) - 2 sum(w^3)/sum(w) + (sum(w^2)/sum(w))^2, Y'PPY =
 * sum(w^2 u^2) - 2 b sum(w^2 u) + b^2 sum(w^2). Sums at tau^2 = 0 (Q, I^2's typical variance, DL, HS, the
 * Hedges start and the boundary check) come from running totals in O(1) per subset; each Fisher-scoring step
 * and the final fit is one pass over the subset with no allocation. REML takes Newton's step on the same score
 * where the likelihood is concave (Y'PPPY = sum(w^3 r^2) - sum(w^2 r)^2/sum(w)), about half the passes of
 * scoring alone to the same maximum. Estimates are centred on the mean of all
 * estimates first, so the expanded sums do not cancel. PM, and any subset whose scoring does not converge or
 * overflows, is refitted by the general model, which then gives its own result or error.
 */
final class InterceptOnlyRefits {
    private static final int MAX_ITERATIONS = ScoringRule.MAX_ITERATIONS;
    private static final double RELATIVE_STEP = ScoringRule.RELATIVE_STEP;

    // running totals at tau^2 = 0, index j + 1 holds the sum over studies 0..j
    private static final int W = 0;
    private static final int WU = 1;
    private static final int WW = 2;
    private static final int WWU = 3;
    private static final int WWUU = 4;
    private static final int WWW = 5;
    private static final int WUU = 6;
    private static final int U = 7;
    private static final int UU = 8;
    private static final int V = 9;
    private static final int WWWU = 10;
    private static final int WWWUU = 11;
    private static final int SUMS = 12;

    private final double[] u;
    private final double[] v;
    private final double centre;
    private final ModelOptions options;
    private final SubsetModel fallback;
    private final double[][] term;
    private final double[][] running;
    private final double[] pass = new double[SUMS];
    private final double[] zero = new double[SUMS];
    private final double zCritical;

    private InterceptOnlyRefits(double[] yi, double[] vi, ModelOptions options, SubsetModel fallback) {
        int n = yi.length;
        double mean = 0;
        for (double y : yi) {
            mean += y;
        }
        this.centre = mean / n;
        this.u = new double[n];
        this.v = vi.clone();
        this.options = options;
        this.fallback = fallback;
        this.term = new double[SUMS][n];
        this.running = new double[SUMS][n + 1];
        for (int j = 0; j < n; j++) {
            u[j] = yi[j] - centre;
            double w = 1 / v[j];
            double[] t = {w, w * u[j], w * w, w * w * u[j], w * w * u[j] * u[j], w * w * w, w * u[j] * u[j],
                u[j], u[j] * u[j], v[j], w * w * w * u[j], w * w * w * u[j] * u[j]};
            for (int s = 0; s < SUMS; s++) {
                term[s][j] = t[s];
                running[s][j + 1] = running[s][j] + t[s];
            }
        }
        this.zCritical = ConfidenceLevel.zCritical(options.level());
    }

    /** Whether the sums cover this model: an inverse-variance estimator other than PM (a root search). */
    static boolean covers(ModelOptions options) {
        return options.estimator() != Tau2Estimator.PM;
    }

    static InterceptOnlyRefits of(double[] yi, double[] vi, ModelOptions options, SubsetModel fallback) {
        return new InterceptOnlyRefits(yi, vi, options, fallback);
    }

    /** Fits the studies 0..end-1 without {@code skip} (-1 for none) into entry {@code i} of the arrays. */
    void fit(int end, int skip, int i, double[] est, double[] se, double[] lb, double[] ub, double[] q,
            double[] tau2Out, double[] i2) {
        int k = end - (skip >= 0 && skip < end ? 1 : 0);
        if (k == 1) { // common effect with a z test, as RandomEffectsModel for one study
            int j = skip == 0 ? 1 : 0;
            double s = Math.sqrt(v[j]);
            store(i, est, se, lb, ub, q, tau2Out, i2, centre + u[j], s, zCritical, 0, 0, 0);
            return;
        }
        subsetOfRunning(end, skip, zero);
        int df = k - 1;
        double q0 = Math.max(0, zero[WUU] - zero[WU] / zero[W] * zero[WU]);
        double traceP0 = zero[W] - zero[WW] / zero[W];
        double tau2;
        try {
            tau2 = tau2(end, skip, k, df, q0, traceP0);
        } catch (ArithmeticException e) {
            MetaFit fit = fallback.fit(indices(end, skip, k));
            store(i, est, se, lb, ub, q, tau2Out, i2, fit.estimate(), fit.se(), Double.NaN, fit.heterogeneity().q(),
                    fit.tau2(), fit.heterogeneity().i2());
            lb[i] = fit.pooled().ciLb();
            ub[i] = fit.pooled().ciUb();
            return;
        }
        passAt(tau2, end, skip);
        double sw = pass[W];
        double b = pass[WU] / sw;
        double vb = 1 / sw;
        double crit = zCritical;
        if (options.test() == TestStatistic.KNHA) {
            double rss = Math.max(0, pass[WUU] - b * pass[WU]);
            vb *= rss <= Math.ulp(1.0) ? 0 : rss / df; // Knapp & Hartung 2003 scale factor
            crit = -new TDistribution(null, df).inverseCumulativeProbability(options.alpha() / 2);
        }
        double i2value;
        if (options.estimator().isRandomEffects()) {
            double typicalVariance = df / traceP0; // s^2 = (k-p)/tr(P) (metafor rma.uni)
            i2value = 100 * tau2 / (typicalVariance + tau2);
        } else {
            i2value = q0 > 0 ? Math.max(0, 100 * (q0 - df) / q0) : 0;
        }
        store(i, est, se, lb, ub, q, tau2Out, i2, centre + b, Math.sqrt(vb), crit, q0, tau2, i2value);
    }

    private static void store(int i, double[] est, double[] se, double[] lb, double[] ub, double[] q,
            double[] tau2Out, double[] i2, double estimate, double s, double crit, double qv, double tau2, double i2v) {
        est[i] = estimate;
        se[i] = s;
        lb[i] = estimate - crit * s;
        ub[i] = estimate + crit * s;
        q[i] = qv;
        if (tau2Out != null) {
            tau2Out[i] = tau2;
        }
        i2[i] = i2v;
    }

    /** tau^2 of the subset; ArithmeticException when the scoring does not converge or overflows. */
    private double tau2(int end, int skip, int k, int df, double q0, double traceP0) {
        Tau2Estimator estimator = options.estimator();
        return switch (estimator) {
            case FE -> 0;
            case DL -> Math.max(0, (q0 - df) / traceP0);
            case HS -> Math.max(0, (q0 - k) / zero[W]);
            case HE -> Math.max(0, hedges(k, df));
            case SJ -> sidikJonkman(end, skip, k, df);
            case ML, REML, EB -> fisherScoring(end, skip, k, df);
            case PM -> throw new IllegalStateException("PM is refitted by the general model");
        };
    }

    // Hedges 1983 with OLS weights: (sum (u - mean)^2 - (1 - 1/k) sum v)/(k - 1)
    private double hedges(int k, int df) {
        double rss = zero[UU] - zero[U] / k * zero[U];
        return (rss - zero[V] * (1 - 1.0 / k)) / df;
    }

    // Sidik & Jonkman 2005: tau0 Q(tau0)/(k-1) with tau0 the mean squared deviation of the estimates
    private double sidikJonkman(int end, int skip, int k, int df) {
        double tau0 = (zero[UU] - zero[U] / k * zero[U]) / k;
        passAt(tau0, end, skip);
        double rss = Math.max(0, pass[WUU] - pass[WU] / pass[W] * pass[WU]);
        return Math.max(0, tau0 * rss / df);
    }

    // Fisher scoring as Tau2Estimation: Hedges start, step halved to stay >= 0, relative step below 1e-13
    private double fisherScoring(int end, int skip, int k, int df) {
        double scale = zero[V] / k;
        double tau2 = Math.max(0, hedges(k, df));
        boolean converged = false;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            passAt(tau2, end, skip);
            double adj = scoringStep(pass, k, df);
            if (!Double.isFinite(adj)) {
                throw new ArithmeticException("overflow");
            }
            while (tau2 + adj < 0) {
                adj /= 2;
            }
            double next = tau2 + adj;
            double change = Math.abs(next - tau2);
            tau2 = next;
            if (change <= RELATIVE_STEP * Math.max(tau2, scale)) {
                converged = true;
                break;
            }
        }
        if (!converged) {
            throw new ArithmeticException("not converged");
        }
        if (tau2 <= 1e-8 * scale && scoringStep(zero, k, df) <= 0) {
            tau2 = 0; // maximum on the boundary: metafor truncates at tau2.min = 0
        }
        return tau2;
    }

    private double scoringStep(double[] s, int k, int df) {
        double sw = s[W];
        double b = s[WU] / sw;
        return switch (options.estimator()) {
            case ML -> (s[WWUU] - 2 * b * s[WWU] + b * b * s[WW] - sw) / s[WW];
            case REML -> {
                double rssSquaredWeights = s[WWUU] - 2 * b * s[WWU] + b * b * s[WW];
                double traceP = sw - s[WW] / sw;
                double ratio = s[WW] / sw;
                double tracePP = s[WW] - 2 * s[WWW] / sw + ratio * ratio;
                double scoring = (rssSquaredWeights - traceP) / tracePP;
                // Newton's step on the same score (observed instead of expected information) where the
                // likelihood is concave: the same maximum in half the passes (quadratic convergence)
                double wwr = s[WWU] - b * s[WW];
                double yPPPY = s[WWWUU] - 2 * b * s[WWWU] + b * b * s[WWW] - wwr * wwr / sw;
                double curvature = 2 * yPPPY - tracePP;
                double newton = (rssSquaredWeights - traceP) / curvature;
                yield curvature > 0 && newton * scoring > 0 ? newton : scoring;
            }
            case EB -> ((s[WUU] - b * s[WU]) * k / df - k) / sw;
            default -> throw new IllegalStateException("not a scoring estimator: " + options.estimator());
        };
    }

    /** The tau^2 = 0 sums of the subset, from the running totals. */
    private void subsetOfRunning(int end, int skip, double[] out) {
        for (int s = 0; s < SUMS; s++) {
            out[s] = running[s][end] - (skip >= 0 && skip < end ? term[s][skip] : 0);
        }
    }

    /** One pass: the weighted sums of the subset at weights 1/(v + tau2) into {@link #pass}. */
    private void passAt(double tau2, int end, int skip) {
        double sw = 0;
        double swu = 0;
        double sww = 0;
        double swwu = 0;
        double swwuu = 0;
        double swww = 0;
        double swuu = 0;
        double swwwu = 0;
        double swwwuu = 0;
        for (int j = 0; j < end; j++) {
            if (j == skip) {
                continue;
            }
            double w = 1 / (v[j] + tau2);
            double wu = w * u[j];
            double ww = w * w;
            sw += w;
            swu += wu;
            sww += ww;
            swwu += ww * u[j];
            swwuu += wu * wu;
            swww += ww * w;
            swuu += wu * u[j];
            swwwu += ww * wu;
            swwwuu += ww * wu * u[j];
        }
        pass[W] = sw;
        pass[WU] = swu;
        pass[WW] = sww;
        pass[WWU] = swwu;
        pass[WWUU] = swwuu;
        pass[WWW] = swww;
        pass[WUU] = swuu;
        pass[WWWU] = swwwu;
        pass[WWWUU] = swwwuu;
    }

    private static int[] indices(int end, int skip, int k) {
        int[] idx = new int[k];
        int n = 0;
        for (int j = 0; j < end; j++) {
            if (j != skip) {
                idx[n++] = j;
            }
        }
        return idx;
    }
}
