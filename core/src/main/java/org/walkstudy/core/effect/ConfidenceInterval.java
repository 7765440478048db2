package org.walkstudy.core.effect;

import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/** A two-sided confidence interval with its level as a fraction (0.95 for a 95% CI). */
public record ConfidenceInterval(double lower, double upper, double level) {
    public ConfidenceInterval {
        Require.finite("ci_lower", lower);
        Require.finite("ci_upper", upper);
        Require.level("ci_level", level);
        if (lower > upper) {
            throw new InvalidValueException("ci_upper", "must be >= ci_lower (" + lower + ") but was " + upper);
        }
    }

    public static ConfidenceInterval of(double lower, double upper, double level) {
        return new ConfidenceInterval(lower, upper, level);
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Rejects an estimate outside the interval: a sign the numbers were misread or misprinted. */
    void requireContains(String field, double estimate) {
        if (!contains(estimate)) {
            throw new InvalidValueException(field,
                    "estimate " + estimate + " lies outside its CI [" + lower + ", " + upper + "]");
        }
    }
}
