package org.walkstudy.analysis.personal.compare;

/** An estimate with a two-sided confidence interval. */
public record Interval(double estimate, double lower, double upper, double level) {
    public Interval {
        if (!Double.isFinite(estimate) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("estimate and limits must be finite");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower limit " + lower + " above upper " + upper);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1) but was " + level);
        }
    }

    public static Interval of(double estimate, double lower, double upper, double level) {
        return new Interval(estimate, lower, upper, level);
    }

    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
