package org.walkstudy.analysis.meta;

import java.util.ArrayList;
import java.util.List;

/** Wald z or t tests and confidence intervals of coefficients, and the omnibus QM test (metafor rma.uni). */
final class Inference {
    private Inference() {
    }

    /** Coefficients from estimates and their covariance; tDf null for z, else t with tDf df. */
    static List<Coefficient> coefficients(List<String> names, double[] beta, double[][] vb, Integer tDf, double alpha) {
        double crit = tDf == null ? Distributions.normalCritical(alpha) : Distributions.tCritical(alpha, tDf);
        List<Coefficient> out = new ArrayList<>(beta.length);
        for (int j = 0; j < beta.length; j++) {
            double se = Math.sqrt(vb[j][j]);
            double stat = beta[j] / se;
            double pval = tDf == null ? Distributions.twoSidedNormal(stat) : Distributions.twoSidedT(stat, tDf);
            out.add(new Coefficient(names.get(j), beta[j], se, stat, pval, beta[j] - crit * se, beta[j] + crit * se));
        }
        return out;
    }

    /** QM = b' vb^-1 b over the coefficients 1..p-1 (all but the intercept); divided by m under knha. */
    static double omnibus(double[] beta, double[][] vb) {
        int m = beta.length - 1;
        double[][] sub = new double[m][m];
        double[] b = new double[m];
        for (int a = 0; a < m; a++) {
            b[a] = beta[a + 1];
            for (int c = 0; c < m; c++) {
                sub[a][c] = vb[a + 1][c + 1];
            }
        }
        return SmallMatrix.quadraticForm(SmallMatrix.inverse(sub), b);
    }
}
