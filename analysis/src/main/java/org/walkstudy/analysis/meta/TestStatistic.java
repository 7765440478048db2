package org.walkstudy.analysis.meta;

import java.util.Locale;

/** How coefficients are tested: Wald z, or Knapp & Hartung 2003 (t with k - p df, metafor's knha). */
public enum TestStatistic {
    Z("z"),
    KNHA("knha");

    private final String label;

    TestStatistic(String label) {
        this.label = label;
    }

    /** metafor's name: "z" or "knha". */
    public String label() {
        return label;
    }

    /** Parses "z", or "knha"/"t"/"hk" for Knapp-Hartung. */
    public static TestStatistic parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("test must not be null");
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "z" -> Z;
            case "knha", "t", "hk", "hksj" -> KNHA;
            default -> throw new IllegalArgumentException("test must be 'z' or 'knha' but was '" + name + "'");
        };
    }
}
