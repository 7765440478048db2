package org.walkstudy.analysis.meta;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;

/** tau^2 and its standard error for each estimator, following metafor's rma.uni formulas. */
final class Tau2Estimation {
    private static final int MAX_ITERATIONS = ScoringRule.MAX_ITERATIONS;
    private static final double MIN_STEP_ADJUSTMENT = 1.0 / 16;
    private static final double RELATIVE_STEP = ScoringRule.RELATIVE_STEP;

    private Tau2Estimation() {
    }

    /** Estimates tau^2 for design x (k x p), estimates y and sampling variances v. */
    static Tau2Estimate estimate(Tau2Estimator estimator, double[][] x, double[] y, double[] v) {
        int k = y.length;
        int p = x[0].length;
        int df = k - p;
        return switch (estimator) {
            case FE -> new Tau2Estimate(0, null);
            case DL -> dersimonianLaird(x, y, v, df);
            case HS -> hunterSchmidt(x, y, v, k, df);
            case HE -> hedges(x, y, v, df);
            case SJ -> sidikJonkman(x, y, v, k, df);
            case PM -> pauleMandel(x, y, v, k, df);
            case ML, REML, EB -> fisherScoring(estimator, x, y, v, k, df);
        };
    }

    // DerSimonian & Laird 1986: (Q - (k-p))/tr(P); se as metafor rma.uni
    private static Tau2Estimate dersimonianLaird(double[][] x, double[] y, double[] v, int df) {
        WeightedLeastSquares fe = WeightedLeastSquares.fit(x, y, v, 0);
        double trP = fe.traceP();
        double tau2 = Math.max(0, (fe.rss() - df) / trP);
        double se = Math.sqrt(1 / (trP * trP) * (2 * df + 4 * tau2 * trP + 2 * tau2 * tau2 * fe.tracePP()));
        return new Tau2Estimate(tau2, se);
    }

    // Hunter & Schmidt 2004: (Q - k)/sum(w); se as metafor rma.uni
    private static Tau2Estimate hunterSchmidt(double[][] x, double[] y, double[] v, int k, int df) {
        WeightedLeastSquares fe = WeightedLeastSquares.fit(x, y, v, 0);
        double sw = fe.sumWeights();
        double tau2 = Math.max(0, (fe.rss() - k) / sw);
        double se = Math.sqrt(1 / (sw * sw) * (2 * df + 4 * tau2 * fe.traceP() + 2 * tau2 * tau2 * fe.tracePP()));
        return new Tau2Estimate(tau2, se);
    }

    // Hedges 1983: (RSS_ols - tr(PV))/(k-p) with P the OLS residual projector; se as metafor rma.uni
    private static Tau2Estimate hedges(double[][] x, double[] y, double[] v, int df) {
        double raw = hedgesUntruncated(x, y, v, df);
        double tau2 = Math.max(0, raw);
        WeightedLeastSquares ols = WeightedLeastSquares.fit(x, y, ones(y.length));
        double trPV = ols.tracePV(v);
        double se = Math.sqrt(1.0 / ((double) df * df)
                * (2 * ols.tracePVPV(v) + 4 * tau2 * trPV + 2 * tau2 * tau2 * df));
        return new Tau2Estimate(tau2, se);
    }

    private static double hedgesUntruncated(double[][] x, double[] y, double[] v, int df) {
        WeightedLeastSquares ols = WeightedLeastSquares.fit(x, y, ones(y.length));
        return (ols.rss() - ols.tracePV(v)) / df;
    }

    // Sidik & Jonkman 2005: tau0 * Q(tau0)/(k-p) with tau0 = mean squared deviation of y; se as metafor
    private static Tau2Estimate sidikJonkman(double[][] x, double[] y, double[] v, int k, int df) {
        double mean = 0;
        for (double yi : y) {
            mean += yi;
        }
        mean /= k;
        double tau0 = 0;
        for (double yi : y) {
            tau0 += (yi - mean) * (yi - mean);
        }
        tau0 /= k;
        WeightedLeastSquares fit = WeightedLeastSquares.fit(x, y, v, tau0);
        double tau2 = Math.max(0, tau0 * fit.rss() / df);
        double se = Math.sqrt(tau0 * tau0 / ((double) df * df)
                * (2 * fit.tracePVPV(v) + 4 * tau2 * fit.traceVPP(v) + 2 * tau2 * tau2 * fit.tracePP()));
        return new Tau2Estimate(tau2, se);
    }

    // Paule & Mandel 1982: root of Q(tau2) = k - p (metafor rma.uni "PM"); se as metafor for PM/EB
    private static Tau2Estimate pauleMandel(double[][] x, double[] y, double[] v, int k, int df) {
        double tau2 = 0;
        if (generalisedQ(x, y, v, 0) > df) {
            double scale = scale(v);
            double upper = Math.max(100, 10 * scale);
            int expansions = 0;
            while (generalisedQ(x, y, v, upper) > df) {
                upper *= 10;
                if (++expansions > 60) {
                    throw new NotConvergedException("PM: no tau2 below " + upper + " brings Q down to k - p = " + df);
                }
            }
            tau2 = root(x, y, v, df, 0, upper, "PM tau2");
        }
        return new Tau2Estimate(tau2, empiricalBayesSe(x, y, v, k, df, tau2));
    }

    private static double empiricalBayesSe(double[][] x, double[] y, double[] v, int k, int df, double tau2) {
        WeightedLeastSquares fit = WeightedLeastSquares.fit(x, y, v, tau2);
        double sw = fit.sumWeights();
        double ratio = (double) k / df;
        return Math.sqrt(ratio * ratio / (sw * sw)
                * (2 * fit.tracePVPV(v) + 4 * tau2 * fit.traceVPP(v) + 2 * tau2 * tau2 * fit.tracePP()));
    }

    // ML (Hardy & Thompson 1996), REML (Viechtbauer 2005), EB (Morris 1983): Fisher scoring as metafor rma.uni,
    // started at the Hedges estimate, step halved to stay >= 0, iterated to a relative step below 1e-13; where
    // full steps oscillate, retried with metafor's step adjustment (control = list(stepadj = 0.5), then 0.25, ...)
    private static Tau2Estimate fisherScoring(Tau2Estimator estimator, double[][] x, double[] y, double[] v, int k,
            int df) {
        double scale = scale(v);
        double start = Math.max(0, hedgesUntruncated(x, y, v, df));
        double tau2 = Double.NaN;
        for (double stepAdjustment = 1; stepAdjustment >= MIN_STEP_ADJUSTMENT && Double.isNaN(tau2);
                stepAdjustment /= 2) {
            tau2 = scoringIterations(estimator, x, y, v, k, df, start, stepAdjustment, scale);
        }
        if (Double.isNaN(tau2)) {
            throw new NotConvergedException(estimator + ": Fisher scoring for tau2 did not converge in "
                    + MAX_ITERATIONS + " iterations, even with the step adjusted down to " + MIN_STEP_ADJUSTMENT);
        }
        if (tau2 <= 1e-8 * scale && scoringStep(estimator, WeightedLeastSquares.fit(x, y, v, 0), k, df) <= 0) {
            tau2 = 0; // maximum on the boundary: metafor truncates at tau2.min = 0
        }
        WeightedLeastSquares fit = WeightedLeastSquares.fit(x, y, v, tau2);
        double se = switch (estimator) {
            case ML -> Math.sqrt(2 / fit.sumSquaredWeights());
            case REML -> Math.sqrt(2 / fit.tracePP());
            default -> empiricalBayesSe(x, y, v, k, df, tau2);
        };
        return new Tau2Estimate(tau2, se);
    }

    /** tau2 from Fisher scoring with steps scaled by stepAdjustment, or NaN when it does not converge. */
    private static double scoringIterations(Tau2Estimator estimator, double[][] x, double[] y, double[] v, int k,
            int df, double start, double stepAdjustment, double scale) {
        double tau2 = start;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double adj = stepAdjustment * scoringStep(estimator, WeightedLeastSquares.fit(x, y, v, tau2), k, df);
            if (!Double.isFinite(adj)) {
                // Estimates or variances so extreme that the sums overflow: halving -Infinity would never end.
                throw new NotConvergedException(estimator + ": Fisher scoring for tau2 overflowed (estimates or"
                        + " variances too extreme for double precision; rescale them)");
            }
            while (tau2 + adj < 0) {
                adj /= 2; // truncation at tau2 = 0 (metafor's tau2.min)
            }
            double next = tau2 + adj;
            double change = Math.abs(next - tau2);
            tau2 = next;
            if (change <= RELATIVE_STEP * Math.max(tau2, scale)) {
                return tau2;
            }
        }
        return Double.NaN;
    }

    private static double scoringStep(Tau2Estimator estimator, WeightedLeastSquares fit, int k, int df) {
        return switch (estimator) {
            case ML -> (fit.rssSquaredWeights() - fit.sumWeights()) / fit.sumSquaredWeights();
            case REML -> (fit.rssSquaredWeights() - fit.traceP()) / fit.tracePP();
            case EB -> (fit.rss() * k / df - k) / fit.sumWeights();
            default -> throw new IllegalStateException("not a scoring estimator: " + estimator);
        };
    }

    /** Generalised Q: sum (y - Xb)^2/(v + tau2) at the weighted fit. */
    static double generalisedQ(double[][] x, double[] y, double[] v, double tau2) {
        return WeightedLeastSquares.fit(x, y, v, tau2).rss();
    }

    /** Root in [lower, upper] of Q(tau2) = target (Q decreasing in tau2), Brent's method. */
    static double root(double[][] x, double[] y, double[] v, double target, double lower, double upper, String what) {
        double scale = scale(v);
        BrentSolver solver = new BrentSolver(1e-15, 1e-16 * scale, 0);
        try {
            return solver.solve(10_000, t -> generalisedQ(x, y, v, t) - target, lower, upper);
        } catch (TooManyEvaluationsException e) {
            throw new NotConvergedException(what + ": root search in [" + lower + ", " + upper + "] did not converge");
        }
    }

    /** A typical sampling variance, to make tolerances scale-free. */
    static double scale(double[] v) {
        double s = 0;
        for (double vi : v) {
            s += vi;
        }
        return s / v.length;
    }

    private static double[] ones(int k) {
        double[] o = new double[k];
        java.util.Arrays.fill(o, 1);
        return o;
    }
}
