package org.walkstudy.analysis.effectsize;

/**
 * One group measured twice (metafor's MC/SMCR input m1i, sd1i, m2i, sd2i, ni, ri): the change is m1i - m2i,
 * SMCR standardises by sd1i as metafor does, ri is the correlation of the two measurements (reported or assumed).
 */
public record PrePostMeans(double m1, double sd1, double m2, double sd2, double n, double r) {
    public PrePostMeans {
        TwoGroupMeans.finite("m1i", m1);
        TwoGroupMeans.finite("m2i", m2);
        TwoGroupMeans.nonNegative("sd1i", sd1);
        TwoGroupMeans.nonNegative("sd2i", sd2);
        TwoGroupMeans.positive("ni", n);
        if (!(r >= -1 && r <= 1)) {
            throw new IllegalArgumentException("ri must be in [-1, 1] but was " + r);
        }
    }

    public static PrePostMeans of(double m1, double sd1, double m2, double sd2, double n, double r) {
        return new PrePostMeans(m1, sd1, m2, sd2, n, r);
    }
}
