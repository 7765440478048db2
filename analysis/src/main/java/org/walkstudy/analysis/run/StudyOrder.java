package org.walkstudy.analysis.run;

import java.util.Locale;

/**
 * The order of the studies in a cumulative analysis and a forest plot (metafor's cumul(order = ...)): as in the
 * input, by estimate (ascending), by precision (most precise first, ascending vi), or by a numeric column
 * (ascending; ties keep input order).
 */
public record StudyOrder(Kind kind, String column) {
    /** The ways to order. */
    public enum Kind { INPUT, ESTIMATE, PRECISION, COLUMN }

    public static final StudyOrder INPUT = new StudyOrder(Kind.INPUT, null);

    public StudyOrder {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if ((kind == Kind.COLUMN) != (column != null && !column.isBlank())) {
            throw new IllegalArgumentException("a column order names its column, the others none: " + kind + " "
                    + column);
        }
    }

    /** "input", "estimate", "precision", or any other text as a column name. */
    public static StudyOrder parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("order must be input, estimate, precision or a column name");
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "input" -> INPUT;
            case "estimate" -> new StudyOrder(Kind.ESTIMATE, null);
            case "precision" -> new StudyOrder(Kind.PRECISION, null);
            default -> new StudyOrder(Kind.COLUMN, text.trim());
        };
    }
}
