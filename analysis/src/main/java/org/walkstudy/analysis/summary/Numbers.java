package org.walkstudy.analysis.summary;

import java.math.BigDecimal;

/** How numbers are printed: published ones exactly as stored, computed ones to a fixed precision. */
final class Numbers {
    private Numbers() {
    }

    /** A published number without rounding (0.72 stays 0.72, -10.15 stays -10.15). */
    static String published(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A computed number, two decimals (three below 0.1 in magnitude). */
    static String computed(double value) {
        return org.walkstudy.analysis.evidence.NumberText.of(value);
    }
}
