package org.walkstudy.analysis.meta;

/**
 * These data cannot be fitted by the requested model: a singular model matrix (constant or collinear
 * moderators), fewer studies than coefficients, no events at all for Peto's method, or an estimate that does
 * not converge ({@link NotConvergedException}). The message says why; a caller that knows which file the data
 * came from names it. An IllegalArgumentException, because the data are the argument.
 */
public class ModelNotFittedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ModelNotFittedException(String message) {
        super(message);
    }
}
