package org.walkstudy.analysis.meta;

/** An iterative estimate (tau^2, a root) did not converge; the message says which and how far it got. */
public final class NotConvergedException extends ModelNotFittedException {
    private static final long serialVersionUID = 1L;

    public NotConvergedException(String message) {
        super(message);
    }
}
