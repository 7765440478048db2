package org.walkstudy.analysis.bias;

/**
 * Leave-one-out or cumulative results, one entry per study in input order: pooled estimate, se, CI, Q, tau^2
 * (null for common-effect, Mantel-Haenszel and Peto models) and I^2. NaN marks an undefined entry.
 */
public record SensitivitySeries(double[] estimate, double[] se, double[] ciLb, double[] ciUb, double[] q,
        double[] tau2, double[] i2) {
}
