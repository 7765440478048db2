package org.walkstudy.analysis.meta;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The one unit of a confidence level (percent, 80 to 99.9, as metafor's {@code level = 95}) and the one normal
 * quantile every interval, chart and view uses.
 */
public final class ConfidenceLevel {
    /** The lowest accepted level in percent. */
    public static final double MIN_PERCENT = 80;
    /** The highest accepted level in percent. */
    public static final double MAX_PERCENT = 99.9;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private ConfidenceLevel() {
    }

    /** Whether {@code percent} is an accepted level. */
    public static boolean isValid(double percent) {
        return percent >= MIN_PERCENT && percent <= MAX_PERCENT;
    }

    /** The level, checked; the message says the unit. */
    public static double require(double percent) {
        if (!isValid(percent)) {
            throw new IllegalArgumentException("level must be in [80, 99.9] percent but was " + percent);
        }
        return percent;
    }

    /** The two-sided normal critical value z_{1 - alpha/2} of the level in percent (1.959964 at 95). */
    public static double zCritical(double percent) {
        return zCriticalOfAlpha(1 - require(percent) / 100);
    }

    /** z_{1 - alpha/2}. */
    static double zCriticalOfAlpha(double alpha) {
        return -NORMAL.inverseCumulativeProbability(alpha / 2);
    }
}
