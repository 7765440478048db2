package org.walkstudy.analysis.meta;

/**
 * Heterogeneity of a fit: tau^2 (0 for common-effect models) with its standard error (null when not
 * defined), Cochran's Q with df and p, I^2 in percent and H^2 (metafor's definitions).
 */
public record Heterogeneity(double tau2, Double seTau2, double q, int qDf, double qPval, double i2, double h2) {
}
