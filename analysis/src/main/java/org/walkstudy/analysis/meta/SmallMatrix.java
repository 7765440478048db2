package org.walkstudy.analysis.meta;

import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/** Dense p x p matrix operations for the small systems of meta-regression. */
final class SmallMatrix {
    private SmallMatrix() {
    }

    /** Inverse of a non-singular square matrix; throws with a clear message when singular. */
    static double[][] inverse(double[][] m) {
        if (m.length == 1) {
            if (!(m[0][0] != 0) || !Double.isFinite(m[0][0])) {
                throw new ModelNotFittedException("model matrix is singular (X'WX = " + m[0][0] + ")");
            }
            return new double[][] {{1 / m[0][0]}};
        }
        RealMatrix r = MatrixUtils.createRealMatrix(m);
        LUDecomposition lu = new LUDecomposition(r, 1e-14);
        if (!lu.getSolver().isNonSingular()) {
            throw new ModelNotFittedException("model matrix is not of full rank: check the moderators for"
                    + " constant or collinear columns");
        }
        return lu.getSolver().getInverse().getData();
    }

    static double[][] times(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        int inner = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < inner; l++) {
                double ail = a[i][l];
                for (int j = 0; j < m; j++) {
                    c[i][j] += ail * b[l][j];
                }
            }
        }
        return c;
    }

    static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += a[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** x' M x. */
    static double quadraticForm(double[][] m, double[] x) {
        double s = 0;
        for (int a = 0; a < x.length; a++) {
            double row = 0;
            for (int b = 0; b < x.length; b++) {
                row += m[a][b] * x[b];
            }
            s += x[a] * row;
        }
        return s;
    }
}
