package org.walkstudy.analysis.effectsize;

/**
 * Continuity correction for 2x2 tables with zero cells, metafor's {@code add} and {@code to} arguments.
 * The default adds 1/2 to every cell of the tables that have a zero cell ({@code add=1/2, to="only0"}).
 */
public record ZeroCellCorrection(double add, Target to) {
    /** Which tables receive the correction (metafor's {@code to}). */
    public enum Target {
        /** Every table. */
        ALL,
        /** Only tables with at least one zero cell. */
        ONLY_ZERO,
        /** Every table, if any table has a zero cell. */
        IF_ANY_ZERO_ALL,
        /** No correction. */
        NONE
    }

    public static final ZeroCellCorrection METAFOR_DEFAULT = new ZeroCellCorrection(0.5, Target.ONLY_ZERO);
    public static final ZeroCellCorrection NO_CORRECTION = new ZeroCellCorrection(0, Target.NONE);

    public ZeroCellCorrection {
        if (!Double.isFinite(add) || add < 0) {
            throw new IllegalArgumentException("add must be finite and >= 0 but was " + add);
        }
        if (to == null) {
            throw new IllegalArgumentException("to must not be null");
        }
    }

    public static ZeroCellCorrection of(double add, Target to) {
        return new ZeroCellCorrection(add, to);
    }

    /** Whether a table gets the correction, given whether it or any table of the set has a zero cell. */
    boolean applies(boolean tableHasZero, boolean anyTableHasZero) {
        return switch (to) {
            case ALL -> true;
            case ONLY_ZERO -> tableHasZero;
            case IF_ANY_ZERO_ALL -> anyTableHasZero;
            case NONE -> false;
        };
    }
}
