package org.walkstudy.analysis.bias;

/**
 * Leave-one-out or cumulative results, one entry per study in input order: pooled estimate, se, CI, Q, tau^2
 * (null for common-effect, Mantel-Haenszel and Peto models) and I^2. NaN marks an undefined entry.
 */
public record SensitivitySeries(double[] estimate, double[] se, double[] ciLb, double[] ciUb, double[] q,
        double[] tau2, double[] i2) {

    public SensitivitySeries {
        estimate = estimate.clone();
        se = se.clone();
        ciLb = ciLb.clone();
        ciUb = ciUb.clone();
        q = q.clone();
        tau2 = tau2 == null ? null : tau2.clone();
        i2 = i2.clone();
    }

    /** The number of steps (one per study). */
    public int size() {
        return estimate.length;
    }

    public double estimate(int i) {
        return estimate[i];
    }

    public double se(int i) {
        return se[i];
    }

    public double ciLb(int i) {
        return ciLb[i];
    }

    public double ciUb(int i) {
        return ciUb[i];
    }

    public double q(int i) {
        return q[i];
    }

    /** Whether the series reports tau^2 (random-effects models only). */
    public boolean hasTau2() {
        return tau2 != null;
    }

    /** tau^2 of step i; NaN when the series has none. */
    public double tau2(int i) {
        return tau2 == null ? Double.NaN : tau2[i];
    }

    public double i2(int i) {
        return i2[i];
    }

    @Override
    public double[] estimate() {
        return estimate.clone();
    }

    @Override
    public double[] se() {
        return se.clone();
    }

    @Override
    public double[] ciLb() {
        return ciLb.clone();
    }

    @Override
    public double[] ciUb() {
        return ciUb.clone();
    }

    @Override
    public double[] q() {
        return q.clone();
    }

    @Override
    public double[] tau2() {
        return tau2 == null ? null : tau2.clone();
    }

    @Override
    public double[] i2() {
        return i2.clone();
    }
}
