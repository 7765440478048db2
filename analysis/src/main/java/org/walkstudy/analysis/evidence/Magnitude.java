package org.walkstudy.analysis.evidence;

/**
 * The size of a standardised mean difference by Cohen's conventions (Cohen 1988, Statistical Power Analysis,
 * section 2.2.3: 0.2 small, 0.5 medium, 0.8 large), applied to its absolute value.
 */
public enum Magnitude {
    TRIVIAL("trivial (below 0.2)"),
    SMALL("small"),
    MEDIUM("medium"),
    LARGE("large");

    private final String label;

    Magnitude(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Magnitude ofStandardised(double smd) {
        double size = Math.abs(smd);
        if (size >= 0.8) {
            return LARGE;
        }
        if (size >= 0.5) {
            return MEDIUM;
        }
        return size >= 0.2 ? SMALL : TRIVIAL;
    }
}
