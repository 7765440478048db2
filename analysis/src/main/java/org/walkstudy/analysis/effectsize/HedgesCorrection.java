package org.walkstudy.analysis.effectsize;

import org.apache.commons.math3.special.Gamma;

/** Hedges' small-sample bias correction, exact gamma-function form (metafor .cmicalc; Hedges 1981). */
public final class HedgesCorrection {
    private HedgesCorrection() {
    }

    /** c(m) = Gamma(m/2) / (sqrt(m/2) * Gamma((m-1)/2)) for m > 1 degrees of freedom. */
    public static double exact(double m) {
        if (!(m > 1) || !Double.isFinite(m)) {
            throw new IllegalArgumentException("degrees of freedom m must be finite and > 1 but was " + m);
        }
        return Math.exp(Gamma.logGamma(m / 2) - Math.log(Math.sqrt(m / 2)) - Gamma.logGamma((m - 1) / 2));
    }
}
