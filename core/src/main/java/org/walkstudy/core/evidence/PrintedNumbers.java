package org.walkstudy.core.evidence;

import java.util.Optional;

import org.walkstudy.core.validation.Require;

/**
 * The estimate and interval limits exactly as the source printed them ("0.60", not the parsed 0.6), so a
 * view can show the digits the source gave. Empty text means the number was not printed (or was derived).
 */
public record PrintedNumbers(String estimate, String lower, String upper) {
    public static final PrintedNumbers NONE = new PrintedNumbers("", "", "");

    public PrintedNumbers {
        estimate = Require.orEmpty(estimate).strip();
        lower = Require.orEmpty(lower).strip();
        upper = Require.orEmpty(upper).strip();
    }

    public static PrintedNumbers of(String estimate, String lower, String upper) {
        return new PrintedNumbers(estimate, lower, upper);
    }

    public Optional<String> printedEstimate() {
        return estimate.isEmpty() ? Optional.empty() : Optional.of(estimate);
    }

    /** True when both interval limits were printed. */
    public boolean hasInterval() {
        return !lower.isEmpty() && !upper.isEmpty();
    }
}
