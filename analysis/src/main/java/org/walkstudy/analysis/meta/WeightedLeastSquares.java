package org.walkstudy.analysis.meta;

/**
 * Weighted least squares y = X b with diagonal weights W, and the traces metafor takes of
 * P = W - W X (X'WX)^-1 X'W, computed from p x p sums in O(k p^2) (no k x k matrix is formed).
 */
final class WeightedLeastSquares {
    private final double[][] x;
    private final double[] w;
    private final int k;
    private final int p;
    private final double[][] inverse;
    private final double[] beta;
    private final double[] residuals;
    private final double[] leverage;

    private WeightedLeastSquares(double[][] x, double[] y, double[] w) {
        this.x = x;
        this.w = w;
        this.k = y.length;
        this.p = x[0].length;
        double[][] xtwx = new double[p][p];
        double[] xtwy = new double[p];
        for (int i = 0; i < k; i++) {
            double[] xi = x[i];
            double wi = w[i];
            for (int a = 0; a < p; a++) {
                double wxa = wi * xi[a];
                xtwy[a] += wxa * y[i];
                for (int b = 0; b <= a; b++) {
                    xtwx[a][b] += wxa * xi[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                xtwx[a][b] = xtwx[b][a];
            }
        }
        this.inverse = SmallMatrix.inverse(xtwx);
        this.beta = SmallMatrix.times(inverse, xtwy);
        this.residuals = new double[k];
        this.leverage = new double[k];
        for (int i = 0; i < k; i++) {
            double[] xi = x[i];
            double fitted = 0;
            for (int a = 0; a < p; a++) {
                fitted += xi[a] * beta[a];
            }
            residuals[i] = y[i] - fitted;
            leverage[i] = SmallMatrix.quadraticForm(inverse, xi);
        }
    }

    /** Fits with design x (k rows of p columns), response y and weights w. */
    static WeightedLeastSquares fit(double[][] x, double[] y, double[] w) {
        return new WeightedLeastSquares(x, y, w);
    }

    /** Fits with weights 1/(v + tau2). */
    static WeightedLeastSquares fit(double[][] x, double[] y, double[] v, double tau2) {
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = 1 / (v[i] + tau2);
        }
        return new WeightedLeastSquares(x, y, w);
    }

    double[] beta() {
        return beta.clone();
    }

    /** (X'WX)^-1, a copy. */
    double[][] inverse() {
        double[][] copy = new double[p][];
        for (int a = 0; a < p; a++) {
            copy[a] = inverse[a].clone();
        }
        return copy;
    }

    double[] weights() {
        return w;
    }

    /** Y'PY = sum w r^2: Cochran's Q (generalised when W = 1/(v + tau2)). */
    double rss() {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += w[i] * residuals[i] * residuals[i];
        }
        return s;
    }

    /** Y'PPY = sum w^2 r^2. */
    double rssSquaredWeights() {
        double s = 0;
        for (int i = 0; i < k; i++) {
            double e = w[i] * residuals[i];
            s += e * e;
        }
        return s;
    }

    double sumWeights() {
        double s = 0;
        for (double wi : w) {
            s += wi;
        }
        return s;
    }

    double sumSquaredWeights() {
        double s = 0;
        for (double wi : w) {
            s += wi * wi;
        }
        return s;
    }

    /** tr(P) = sum w - sum w^2 q with q_i = x_i'(X'WX)^-1 x_i. */
    double traceP() {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += w[i] - w[i] * w[i] * leverage[i];
        }
        return s;
    }

    /** tr(PP) = sum w^2 - 2 sum w^3 q + tr((A B)^2), A = (X'WX)^-1, B = X'W^2X. */
    double tracePP() {
        double s = 0;
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            double wi = w[i];
            s += wi * wi - 2 * wi * wi * wi * leverage[i];
            d[i] = wi * wi;
        }
        return s + traceSquare(SmallMatrix.times(inverse, crossProduct(d)));
    }

    /** tr(PVPV) = sum (w v)^2 - 2 sum w^3 v^2 q + tr((A C)^2), C = X' diag(w^2 v) X. */
    double tracePVPV(double[] v) {
        double s = 0;
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            double wi = w[i];
            double wv = wi * v[i];
            s += wv * wv - 2 * wi * wi * wi * v[i] * v[i] * leverage[i];
            d[i] = wi * wi * v[i];
        }
        return s + traceSquare(SmallMatrix.times(inverse, crossProduct(d)));
    }

    /** tr(VPP) = sum v (w^2 - 2 w^3 q + w^2 x'ABAx), B = X'W^2X. */
    double traceVPP(double[] v) {
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = w[i] * w[i];
        }
        double[][] aba = SmallMatrix.times(SmallMatrix.times(inverse, crossProduct(d)), inverse);
        double s = 0;
        for (int i = 0; i < k; i++) {
            double wi = w[i];
            s += v[i] * (wi * wi - 2 * wi * wi * wi * leverage[i] + wi * wi * SmallMatrix.quadraticForm(aba, x[i]));
        }
        return s;
    }

    /** tr(PV) = sum v (w - w^2 q). */
    double tracePV(double[] v) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += v[i] * (w[i] - w[i] * w[i] * leverage[i]);
        }
        return s;
    }

    /** X' diag(d) X. */
    private double[][] crossProduct(double[] d) {
        double[][] m = new double[p][p];
        for (int i = 0; i < k; i++) {
            double[] xi = x[i];
            for (int a = 0; a < p; a++) {
                double da = d[i] * xi[a];
                for (int b = 0; b <= a; b++) {
                    m[a][b] += da * xi[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                m[a][b] = m[b][a];
            }
        }
        return m;
    }

    private static double traceSquare(double[][] m) {
        double s = 0;
        for (int a = 0; a < m.length; a++) {
            for (int b = 0; b < m.length; b++) {
                s += m[a][b] * m[b][a];
            }
        }
        return s;
    }
}
