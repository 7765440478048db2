package org.walkstudy.analysis.meta;

import java.util.List;

/**
 * A fitted model. {@code coefficients} has "intrcpt" first; for an intercept-only model it is the pooled
 * estimate and {@code piLb/piUb} the prediction interval (the CI for common-effect models), otherwise those are
 * null and {@code qm} tests the moderators (chi-square, or F with {@code qmDf} numerator df under knha).
 * {@code weights} are in percent, in input order. {@code tDf} is the t df under knha, else null.
 */
public record MetaFit(String method, ModelOptions options, int k, List<Coefficient> coefficients, double[][] vb,
        Heterogeneity heterogeneity, Double piLb, Double piUb, Double qm, Integer qmDf, Double qmPval,
        double[] weights, Integer tDf) {

    public MetaFit {
        coefficients = List.copyOf(coefficients);
        vb = copy(vb);
        weights = weights.clone();
    }

    /**
     * The NA fit of a subset the model cannot fit (e.g. a Peto step whose tables have no events): metafor reports
     * such a step of leave1out/cumul as NA rather than failing the whole series.
     */
    public static MetaFit notEstimable(int k, ModelOptions options) {
        double nan = Double.NaN;
        return new MetaFit("NA", options, k, List.of(new Coefficient("intrcpt", nan, nan, nan, nan, nan, nan)),
                new double[][] {{nan}}, new Heterogeneity(nan, null, nan, Math.max(0, k - 1), nan, nan, nan), null,
                null, null, null, null, new double[k], null);
    }

    /** A copy of the coefficients' covariance matrix (metafor's vb). */
    @Override
    public double[][] vb() {
        return copy(vb);
    }

    /** vb[row][column] without copying the matrix. */
    public double vb(int row, int column) {
        return vb[row][column];
    }

    /** A copy of the weights in percent. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The weight in percent of study i (input order) without copying. */
    public double weight(int i) {
        return weights[i];
    }

    private static double[][] copy(double[][] matrix) {
        double[][] out = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = matrix[i].clone();
        }
        return out;
    }

    public boolean interceptOnly() {
        return coefficients.size() == 1;
    }

    /** The intercept: the pooled estimate of an intercept-only model. */
    public Coefficient pooled() {
        return coefficients.get(0);
    }

    public double estimate() {
        return pooled().estimate();
    }

    public double se() {
        return pooled().se();
    }

    public double tau2() {
        return heterogeneity.tau2();
    }

    public int p() {
        return coefficients.size();
    }
}
