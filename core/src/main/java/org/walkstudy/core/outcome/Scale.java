package org.walkstudy.core.outcome;

import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/** The range of an instrument (e.g. ODI 0-100, NRS 0-10) and its unit. */
public record Scale(double min, double max, String unit) {
    public Scale {
        Require.finite("scale_min", min);
        Require.finite("scale_max", max);
        if (max <= min) {
            throw new InvalidValueException("scale_max", "must be > scale_min (" + min + ") but was " + max);
        }
        unit = Require.orEmpty(unit);
    }

    public static Scale of(double min, double max, String unit) {
        return new Scale(min, max, unit);
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
