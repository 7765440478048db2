package org.walkstudy.core.validation;

import java.util.Objects;
import java.util.OptionalDouble;

/** Checks run first in every factory of the model (the Hipparchus style: arguments checked before work). */
public final class Require {
    private Require() {
    }

    public static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return value.strip();
    }

    public static <T> T nonNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "must be given");
        }
        return value;
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(field, "must be a finite number but was " + value);
        }
        return value;
    }

    public static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0) {
            throw new InvalidValueException(field, "must be > 0 but was " + value);
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new InvalidValueException(field, "must be >= 0 but was " + value);
        }
        return value;
    }

    public static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new InvalidValueException(field, "must be >= " + min + " but was " + value);
        }
        return value;
    }

    public static double probability(String field, double value) {
        finite(field, value);
        if (value < 0 || value > 1) {
            throw new InvalidValueException(field, "must be a probability in [0, 1] but was " + value);
        }
        return value;
    }

    public static double correlation(String field, double value) {
        finite(field, value);
        if (value < -1 || value > 1) {
            throw new InvalidValueException(field, "must be a correlation in [-1, 1] but was " + value);
        }
        return value;
    }

    /** Confidence level as a fraction, e.g. 0.95; metafor accepts levels as percentages, we keep fractions. */
    public static double level(String field, double value) {
        finite(field, value);
        if (value <= 0 || value >= 1) {
            throw new InvalidValueException(field, "must be a confidence level in (0, 1) but was " + value);
        }
        return value;
    }

    public static OptionalDouble optional(OptionalDouble value) {
        return Objects.requireNonNullElse(value, OptionalDouble.empty());
    }
}
