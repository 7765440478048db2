package org.walkstudy.analysis.evidence;

import java.util.Locale;

/** A number walkstudy computed, in text: two decimals (three below 0.1 in magnitude). */
public final class NumberText {
    private NumberText() {
    }

    public static String of(double value) {
        return String.format(Locale.ROOT, Math.abs(value) < 0.1 && value != 0 ? "%.3f" : "%.2f", value);
    }
}
