package org.walkstudy.analysis.run;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.walkstudy.analysis.bias.BeggRankTest;
import org.walkstudy.analysis.bias.EggerRegressionTest;
import org.walkstudy.analysis.bias.SensitivitySeries;
import org.walkstudy.analysis.bias.TrimAndFill;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.analysis.input.MetaInput;
import org.walkstudy.analysis.meta.Coefficient;
import org.walkstudy.analysis.meta.ConfidenceLevel;
import org.walkstudy.analysis.meta.Heterogeneity;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.Method;
import org.walkstudy.analysis.meta.PermutationTest;
import org.walkstudy.analysis.meta.SubgroupAnalysis;
import org.walkstudy.analysis.meta.Tau2ConfidenceInterval;

/**
 * Everything {@link MetaAnalysis#run(MetaRequest)} computed, typed: the contract between the engine and every
 * view (JSON, table, CSV, charts). Parts that were not requested or do not apply are null; {@code commonEffect}
 * is the common-effect fit beside an intercept-only random-effects model; {@code notes} says what is special
 * about the run (fallbacks, conventions applied).
 */
public record MetaResult(MetaRequest request, MetaInput input, MetaFit fit, MetaFit commonEffect,
        Tau2ConfidenceInterval tau2Ci, Double r2,
        EggerRegressionTest egger, BeggRankTest begg, TrimAndFill trimAndFill, SensitivitySeries leaveOneOut,
        SensitivitySeries cumulative, SubgroupAnalysis subgroups, PermutationTest permutation, List<String> notes,
        int[] order) {

    public MetaResult {
        notes = List.copyOf(notes);
        order = order.clone();
    }

    /** A copy of the study order (input positions) of the forest plot and the cumulative analysis. */
    @Override
    public int[] order() {
        return order.clone();
    }

    /** Whether views show estimates exponentiated (ratio measures by default, any measure with transf EXP). */
    public boolean transformed() {
        return switch (request.transf()) {
            case AUTO -> request.measure().isRatio();
            case EXP -> true;
            case NONE -> false;
        };
    }

    /** A value on the analysis scale as views show it: exp when {@link #transformed()}, else unchanged. */
    public double shown(double value) {
        return transformed() ? Math.exp(value) : value;
    }

    /** The name of the shown scale: the ratio ("RR", "OR") or "exp" for transf EXP of another measure. */
    public String shownName() {
        return request.measure().isRatio() ? request.measure().ratioName() : "exp";
    }

    /** The study (input position) that step i of a series omits (leave-one-out) or adds (cumulative). */
    public int stepStudy(SensitivitySeries series, int i) {
        return series == cumulative ? order[i] : i;
    }

    /** The input position of the i-th study in the requested order (cumulative step i adds this study). */
    public int ordered(int i) {
        return order[i];
    }

    /** Collects the optional parts before building the immutable result. */
    static final class Builder {
        private final MetaRequest request;
        private final MetaInput input;
        private final MetaFit fit;
        private MetaFit commonEffect;
        private Tau2ConfidenceInterval tau2Ci;
        private Double r2;
        private EggerRegressionTest egger;
        private BeggRankTest begg;
        private TrimAndFill trimAndFill;
        private SensitivitySeries leaveOneOut;
        private SensitivitySeries cumulative;
        private SubgroupAnalysis subgroups;
        private PermutationTest permutation;
        private final List<String> notes = new ArrayList<>();
        private int[] order;

        Builder(MetaRequest request, MetaInput input, MetaFit fit) {
            this.request = request;
            this.input = input;
            this.fit = fit;
        }

        void commonEffect(MetaFit value) {
            this.commonEffect = value;
        }

        void tau2Ci(Tau2ConfidenceInterval ci) {
            this.tau2Ci = ci;
        }

        void r2(Double value) {
            this.r2 = value;
        }

        void egger(EggerRegressionTest test) {
            this.egger = test;
        }

        void begg(BeggRankTest test) {
            this.begg = test;
        }

        void trimAndFill(TrimAndFill value) {
            this.trimAndFill = value;
        }

        void sensitivity(SensitivitySeries loo, SensitivitySeries cum) {
            this.leaveOneOut = loo;
            this.cumulative = cum;
        }

        void subgroups(SubgroupAnalysis value) {
            this.subgroups = value;
        }

        void permutation(PermutationTest value) {
            this.permutation = value;
        }

        void order(int[] value) {
            this.order = value;
        }

        int[] order() {
            return order;
        }

        void note(String text) {
            notes.add(text);
        }

        MetaResult build() {
            return new MetaResult(request, input, fit, commonEffect, tau2Ci, r2, egger, begg, trimAndFill, leaveOneOut, cumulative,
                    subgroups, permutation, notes, order);
        }
    }

    public EffectMeasure measure() {
        return request.measure();
    }

    public Method method() {
        return request.method();
    }

    /** The confidence level in percent. */
    public double level() {
        return request.level();
    }

    /** The normal critical value of the level (per-study intervals, funnel plot). */
    public double zCritical() {
        return ConfidenceLevel.zCritical(request.level());
    }

    public int k() {
        return input.k();
    }

    /** Whether the model has moderators (a meta-regression: coefficients and QM instead of a pooled estimate). */
    public boolean hasModerators() {
        return !fit.interceptOnly();
    }

    /** The pooled estimate with its test and CI; null for a meta-regression. */
    public Coefficient pooled() {
        return fit.interceptOnly() ? fit.pooled() : null;
    }

    public Heterogeneity heterogeneity() {
        return fit.heterogeneity();
    }

    /** Study i: label, yi, vi, weight in percent, CI at the model's level, arm cells as in the file. */
    public StudyRow study(int i) {
        EffectSize e = input.effects().get(i);
        double half = zCritical() * e.sei();
        return new StudyRow(e.study(), e.yi(), e.vi(), fit.weight(i), e.yi() - half, e.yi() + half,
                input.armCells().get(i));
    }

    /** All studies in input order, made on access (no copy of k rows is kept). */
    public List<StudyRow> studies() {
        return new AbstractList<>() {
            @Override
            public StudyRow get(int index) {
                return study(index);
            }

            @Override
            public int size() {
                return input.k();
            }
        };
    }

    /** One study's row of the result. */
    public record StudyRow(String label, double yi, double vi, double weight, double ciLb, double ciUb,
            List<String> armCells) {
    }
}
