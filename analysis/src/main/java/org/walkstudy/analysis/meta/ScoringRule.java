package org.walkstudy.analysis.meta;

/**
 * The stopping rule of the iterative tau^2 estimators (Fisher scoring for ML, REML and EB; metafor rma.uni's
 * control defaults maxiter and threshold, the threshold tightened to a relative step), shared by the general
 * fit and by the sums-based leave-one-out and cumulative refits so that both stop at the same point.
 */
public final class ScoringRule {
    /** Most scoring iterations before a fit counts as not converged. */
    public static final int MAX_ITERATIONS = 10_000;
    /** Scoring stops once a step changes tau^2 by less than this, relative to tau^2. */
    public static final double RELATIVE_STEP = 1e-13;

    private ScoringRule() {
    }
}
