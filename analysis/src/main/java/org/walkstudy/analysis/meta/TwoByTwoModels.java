package org.walkstudy.analysis.meta;

import java.util.ArrayList;
import java.util.List;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.analysis.effectsize.EffectSizes;
import org.walkstudy.analysis.effectsize.TwoByTwoTable;
import org.walkstudy.analysis.effectsize.ZeroCellCorrection;

/** What the Mantel-Haenszel and Peto models share: table checks, per-study values, Q-based heterogeneity. */
final class TwoByTwoModels {
    private TwoByTwoModels() {
    }

    static void check(List<TwoByTwoTable> tables, double level) {
        if (tables == null || tables.isEmpty()) {
            throw new IllegalArgumentException("tables must be a non-empty list but was " + tables);
        }
        for (TwoByTwoTable t : tables) {
            if (t == null) {
                throw new IllegalArgumentException("tables must not contain null");
            }
        }
        ConfidenceLevel.require(level);
    }

    /** escalc with add = 1/2 to zero-cell tables and double-zero tables dropped (metafor rma.mh/rma.peto yi, vi). */
    static StudyValues studyValues(EffectMeasure measure, List<TwoByTwoTable> tables) {
        List<Integer> idx = new ArrayList<>();
        List<EffectSize> es = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TwoByTwoTable t = tables.get(i);
            if (t.isDoubleZero()) {
                continue;
            }
            TwoByTwoTable used = t.hasZeroCell() ? t.plus(ZeroCellCorrection.METAFOR_DEFAULT.add()) : t;
            idx.add(i);
            es.add(EffectSizes.twoByTwo(measure, "study " + (i + 1), used));
        }
        int[] indices = idx.stream().mapToInt(Integer::intValue).toArray();
        double[] yi = es.stream().mapToDouble(EffectSize::yi).toArray();
        double[] vi = es.stream().mapToDouble(EffectSize::vi).toArray();
        return new StudyValues(indices, yi, vi);
    }

    /** Q with df = (tables with a defined yi) - 1, I^2 = (Q - df)/Q and H^2 = Q/df (metafor rma.mh/rma.peto). */
    static Heterogeneity heterogeneity(double q, int kYi, boolean anyInformative) {
        int df = kYi - 1;
        double qPval = df >= 1 && anyInformative ? Distributions.chiSquaredUpper(q, df) : 1;
        double i2 = df >= 1 && q > 0 ? Math.max(0, 100 * (q - df) / q) : 0;
        double h2 = df >= 1 ? q / df : 1; // one table: H^2 = 1 as metafor
        return new Heterogeneity(0, null, q, df, qPval, i2, h2);
    }

    static MetaFit fit(String method, int k, double estimate, double se, double level, Heterogeneity heterogeneity,
            double[] rawWeights) {
        ModelOptions options = ModelOptions.of(Tau2Estimator.FE, TestStatistic.Z, level);
        List<Coefficient> coefficients = Inference.coefficients(List.of("intrcpt"), new double[] {estimate},
                new double[][] {{se * se}}, null, options.alpha());
        Coefficient b = coefficients.get(0);
        return new MetaFit(method, options, k, coefficients, new double[][] {{se * se}}, heterogeneity, b.ciLb(),
                b.ciUb(), null, null, null, RandomEffectsModel.percent(rawWeights), null);
    }
}
