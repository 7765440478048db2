package org.walkstudy.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** The O(k p^2) traces against explicit k x k matrices P = W - W X (X'WX)^-1 X'W. */
class WeightedLeastSquaresTest {

    @Test
    void tracesMatchExplicitMatrices() {
        Random random = new Random(42);
        int k = 9;
        double[][] x = new double[k][3];
        double[] y = new double[k];
        double[] v = new double[k];
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            x[i][0] = 1;
            x[i][1] = random.nextGaussian();
            x[i][2] = random.nextDouble() * 10;
            y[i] = random.nextGaussian();
            v[i] = 0.05 + random.nextDouble();
            w[i] = 1 / (v[i] + 0.3);
        }
        WeightedLeastSquares fit = WeightedLeastSquares.fit(x, y, w);

        RealMatrix xm = MatrixUtils.createRealMatrix(x);
        RealMatrix wm = MatrixUtils.createRealDiagonalMatrix(w);
        RealMatrix vm = MatrixUtils.createRealDiagonalMatrix(v);
        RealMatrix a = MatrixUtils.inverse(xm.transpose().multiply(wm).multiply(xm));
        RealMatrix p = wm.subtract(wm.multiply(xm).multiply(a).multiply(xm.transpose()).multiply(wm));
        RealMatrix ym = MatrixUtils.createColumnRealMatrix(y);
        RealMatrix pv = p.multiply(vm);

        assertEquals(ym.transpose().multiply(p).multiply(ym).getEntry(0, 0), fit.rss(), 1e-10);
        assertEquals(ym.transpose().multiply(p).multiply(p).multiply(ym).getEntry(0, 0), fit.rssSquaredWeights(), 1e-10);
        assertEquals(p.getTrace(), fit.traceP(), 1e-10);
        assertEquals(p.multiply(p).getTrace(), fit.tracePP(), 1e-10);
        assertEquals(pv.multiply(pv).getTrace(), fit.tracePVPV(v), 1e-10);
        assertEquals(vm.multiply(p).multiply(p).getTrace(), fit.traceVPP(v), 1e-10);
        assertEquals(pv.getTrace(), fit.tracePV(v), 1e-10);
    }
}
