package org.walkstudy.core.evidence;

import java.util.Set;

import org.walkstudy.core.validation.Require;

/**
 * Something a reader must know about a finding before trusting it. Three flags keep a finding out of
 * pooling and out of any verdict: {@code inconsistent} (printed numbers contradict each other),
 * {@code indirect} (the intervention or population is not confirmed to be walking) and
 * {@code direction-unstated} (the source does not say which sign favours walking).
 * {@code secondary-source} (numbers read from a news or summary page) is shown but does not exclude.
 */
public record Flag(String code, String message) {
    public static final String INCONSISTENT = "inconsistent";
    public static final String INDIRECT = "indirect";
    public static final String DIRECTION_UNSTATED = "direction-unstated";
    public static final String SECONDARY_SOURCE = "secondary-source";

    /** Every flag code a data file may use. */
    public static final Set<String> CODES = Set.of(INCONSISTENT, INDIRECT, DIRECTION_UNSTATED, SECONDARY_SOURCE);

    public Flag {
        code = Require.nonBlank("flag", code);
        if (!CODES.contains(code)) {
            throw new org.walkstudy.core.validation.InvalidValueException("flag", "unknown flag '" + code
                    + "' (allowed: inconsistent, indirect, direction-unstated, secondary-source)");
        }
        message = Require.nonBlank("flag.message", message);
    }

    public static Flag of(String code, String message) {
        return new Flag(code, message);
    }

    /** Flags that keep a finding out of pooling and verdicts. */
    public boolean excludesFromPooling() {
        return !SECONDARY_SOURCE.equals(code);
    }
}
