package org.walkstudy.cli.format;

import java.util.Locale;

/**
 * How the personal comparison prints its numbers, shared by {@code walkstudy compare} and the report so the
 * two never disagree: two decimals, signed changes, whole percentages.
 */
public final class ComparisonFormat {
    private ComparisonFormat() {
    }

    public static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    public static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
