package org.walkstudy.analysis.effectsize;

/** Means, SDs and sizes of two groups (metafor's m1i, sd1i, n1i, m2i, sd2i, n2i). */
public record TwoGroupMeans(double m1, double sd1, double n1, double m2, double sd2, double n2) {
    public TwoGroupMeans {
        finite("m1i", m1);
        finite("m2i", m2);
        nonNegative("sd1i", sd1);
        nonNegative("sd2i", sd2);
        positive("n1i", n1);
        positive("n2i", n2);
    }

    public static TwoGroupMeans of(double m1, double sd1, double n1, double m2, double sd2, double n2) {
        return new TwoGroupMeans(m1, sd1, n1, m2, sd2, n2);
    }

    static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite but was " + value);
        }
    }

    static void nonNegative(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be finite and >= 0 but was " + value);
        }
    }

    static void positive(String name, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(name + " must be finite and > 0 but was " + value);
        }
    }
}
