package org.walkstudy.analysis.verdict;

/** How much confidence the numbers deserve, on GRADE's four levels. */
public enum Certainty {
    VERY_LOW("very low"),
    LOW("low"),
    MODERATE("moderate"),
    HIGH("high");

    private final String label;

    Certainty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** One level lower, never below very low. */
    public Certainty downgrade() {
        return this == VERY_LOW ? VERY_LOW : values()[ordinal() - 1];
    }
}
