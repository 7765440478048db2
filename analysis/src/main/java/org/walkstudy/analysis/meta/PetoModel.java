package org.walkstudy.analysis.meta;

import java.util.List;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.TwoByTwoTable;

/**
 * Peto's one-step log odds ratio model (Yusuf et al. 1985), as metafor's rma.peto: sum(O - E)/sum(V) with
 * hypergeometric variances V from the uncorrected tables, Q = sum (O-E)^2/V - (sum(O-E))^2/sum(V) with df =
 * (tables with a defined Peto yi) - 1, weights proportional to V.
 */
public final class PetoModel {
    private PetoModel() {
    }

    public static MetaFit fit(List<TwoByTwoTable> tables, double level) {
        TwoByTwoModels.check(tables, level);
        int k = tables.size();
        double[] variances = new double[k];
        double sumOe = 0;
        double sumV = 0;
        double sumOe2OverV = 0;
        int positive = 0;
        for (int i = 0; i < k; i++) {
            TwoByTwoTable t = tables.get(i);
            if (t.isDoubleZero()) {
                continue;
            }
            double n = t.total();
            double xt = t.ai() + t.ci();
            double yt = t.bi() + t.di();
            double expected = xt * t.n1() / n;
            double v = xt * yt * (t.n1() / n) * (t.n2() / n) / (n - 1);
            double oe = t.ai() - expected;
            variances[i] = v;
            sumOe += oe;
            sumV += v;
            if (v > 0) {
                sumOe2OverV += oe * oe / v;
                positive++;
            }
        }
        if (sumV == 0) {
            throw new ModelNotFittedException("Peto's method needs both outcomes to occur in some table, but one"
                    + " of the two outcomes never occurred");
        }
        double estimate = sumOe / sumV;
        double se = Math.sqrt(1 / sumV);
        double q = sumOe2OverV - sumOe * sumOe / sumV;
        StudyValues values = studyValues(tables);
        Heterogeneity h = TwoByTwoModels.heterogeneity(q, values.size(), positive >= 1);
        return TwoByTwoModels.fit("PETO", k, estimate, se, level, h, variances);
    }

    /** Peto log odds ratios (escalc "PETO", 1/2 added to zero-cell tables), double-zero tables dropped. */
    public static StudyValues studyValues(List<TwoByTwoTable> tables) {
        return TwoByTwoModels.studyValues(EffectMeasure.PETO, tables);
    }
}
