package org.walkstudy.analysis.meta;

import java.util.List;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.TwoByTwoTable;

/**
 * Mantel-Haenszel common-effect model for OR, RR and RD (Mantel & Haenszel 1959; Robins, Breslow & Greenland
 * 1986 variance for OR; Greenland & Robins 1985 for RR and RD), as metafor's rma.mh: no continuity correction for
 * the pooled estimate; double-zero tables dropped for OR and RR (they carry no information there) but kept for RD,
 * where they carry MH weight n1 n2 / n; Q from escalc values with df = (tables with a defined yi) - 1 (double-zero
 * tables have no yi). A set of only double-zero tables cannot be fitted.
 */
public final class MantelHaenszelModel {
    private MantelHaenszelModel() {
    }

    /** Fits the model; the pooled OR/RR is on the log scale (NaN when undefined, e.g. no events). */
    public static MetaFit fit(EffectMeasure measure, List<TwoByTwoTable> tables, double level) {
        if (measure != EffectMeasure.OR && measure != EffectMeasure.RR && measure != EffectMeasure.RD) {
            throw new IllegalArgumentException("Mantel-Haenszel measure must be OR, RR or RD but was " + measure);
        }
        TwoByTwoModels.check(tables, level);
        if (tables.stream().allMatch(TwoByTwoTable::isDoubleZero)) {
            throw new ModelNotFittedException("Mantel-Haenszel: every table is double-zero (no events in either"
                    + " group), so there is no effect to pool");
        }
        int k = tables.size();
        double[] rawWeights = new double[k];
        double sumA = 0;
        double sumC = 0;
        double r = 0;
        double s = 0;
        double pr = 0;
        double psqr = 0;
        double qs = 0;
        double varRr = 0;
        double rdNum = 0;
        double rdDen = 0;
        double rdVar1 = 0;
        double rdVar2 = 0;
        for (int i = 0; i < k; i++) {
            TwoByTwoTable t = tables.get(i);
            if (t.isDoubleZero() && measure != EffectMeasure.RD) {
                continue;
            }
            double a = t.ai();
            double b = t.bi();
            double c = t.ci();
            double d = t.di();
            double n1 = t.n1();
            double n2 = t.n2();
            double n = t.total();
            sumA += a;
            sumC += c;
            switch (measure) {
                case OR -> {
                    double pi = a / n + d / n;
                    double qi = b / n + c / n;
                    double ri = (a / n) * d;
                    double si = (b / n) * c;
                    r += ri;
                    s += si;
                    pr += pi * ri;
                    psqr += pi * si + qi * ri;
                    qs += qi * si;
                    rawWeights[i] = b * c / n;
                }
                case RR -> {
                    r += a * (n2 / n);
                    s += c * (n1 / n);
                    varRr += (n1 / n) * (n2 / n) * (a + c) - (a / n) * c;
                    rawWeights[i] = c * n1 / n;
                }
                default -> {
                    rdNum += a * (n2 / n) - c * (n1 / n);
                    rdDen += n1 * (n2 / n);
                    rdVar1 += c * (n1 / n) * (n1 / n) - a * (n2 / n) * (n2 / n) + (n1 / n) * (n2 / n) * (n2 - n1) / 2;
                    rdVar2 += a * (n2 - c) / n + c * (n1 - a) / n;
                    rawWeights[i] = n1 * n2 / n;
                }
            }
        }
        double estimate;
        double se;
        switch (measure) {
            case OR -> {
                boolean defined = r != 0 && s != 0;
                estimate = defined ? Math.log(r / s) : Double.NaN;
                // Robins, Breslow & Greenland 1986 (metafor rma.mh)
                se = defined ? Math.sqrt(0.5 * (pr / (r * r) + psqr / (r * s) + qs / (s * s))) : Double.NaN;
            }
            case RR -> {
                boolean defined = sumA != 0 && sumC != 0;
                estimate = defined ? Math.log(r / s) : Double.NaN;
                se = defined ? Math.sqrt(varRr / (r * s)) : Double.NaN; // Greenland & Robins 1985
            }
            default -> {
                estimate = rdNum / rdDen;
                se = Math.sqrt((estimate * rdVar1 + rdVar2 / 2) / (rdDen * rdDen)); // Greenland & Robins 1985
            }
        }
        StudyValues values = TwoByTwoModels.studyValues(measure, tables);
        double q = 0;
        double[] yi = values.yi();
        double[] vi = values.vi();
        for (int j = 0; j < yi.length; j++) {
            double e = yi[j] - estimate;
            q += e * e / vi[j];
        }
        Heterogeneity h = TwoByTwoModels.heterogeneity(q, values.size(), true);
        return TwoByTwoModels.fit("MH", k, estimate, se, level, h, rawWeights);
    }

    /** The model's per-study values: escalc yi/vi (1/2 added to zero-cell tables), double-zero tables dropped. */
    public static StudyValues studyValues(EffectMeasure measure, List<TwoByTwoTable> tables) {
        return TwoByTwoModels.studyValues(measure, tables);
    }
}
