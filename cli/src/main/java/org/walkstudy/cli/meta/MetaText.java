package org.walkstudy.cli.meta;

import java.util.Locale;

import org.walkstudy.analysis.bias.EggerRegressionTest;
import org.walkstudy.analysis.bias.SensitivitySeries;
import org.walkstudy.analysis.bias.TrimAndFill;
import org.walkstudy.analysis.meta.Coefficient;
import org.walkstudy.analysis.meta.Heterogeneity;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.Method;
import org.walkstudy.analysis.meta.PermutationTest;
import org.walkstudy.analysis.meta.SubgroupAnalysis;
import org.walkstudy.analysis.meta.TestStatistic;
import org.walkstudy.analysis.run.MetaResult;
import org.walkstudy.cli.format.TextTable;

/**
 * The metafor-like printout of a {@link MetaResult} (print.rma.uni's layout: a mixed-effects model with
 * moderators reports residual heterogeneity QE and the test of moderators QM), followed by every analysis the
 * run asked for: subgroups, leave-one-out and cumulative series, the permutation test and the bias tests.
 */
public final class MetaText {
    private MetaText() {
    }

    public static String table(MetaResult r) {
        StringBuilder sb = new StringBuilder();
        Method method = r.method();
        boolean common = method.isCommonEffect();
        boolean mods = r.hasModerators();
        boolean knha = r.request().test() == TestStatistic.KNHA;
        Heterogeneity h = r.heterogeneity();
        sb.append(method.modelName(mods)).append(" (k = ").append(r.k()).append("; ")
                .append(common ? "method: " + method.name() : "tau^2 estimator: " + method.name()).append(")\n\n");
        String amount = mods ? "residual" : "total";
        if (!common) {
            sb.append("tau^2 (estimated amount of ").append(amount).append(" heterogeneity): ").append(f(h.tau2()));
            if (h.seTau2() != null) {
                sb.append(" (SE = ").append(f(h.seTau2())).append(')');
            }
            if (r.tau2Ci() != null) {
                sb.append(", ").append(level(r.level())).append("% CI [").append(f(r.tau2Ci().lower())).append(", ")
                        .append(f(r.tau2Ci().upper())).append(']');
            }
            sb.append("\ntau (square root of estimated tau^2 value): ").append(f(Math.sqrt(h.tau2()))).append('\n');
        }
        if (mods) {
            sb.append("I^2 (residual heterogeneity / unaccounted variability): ").append(f(h.i2())).append("%\n");
            sb.append("H^2 (unaccounted variability / sampling variability): ").append(f(h.h2())).append('\n');
            if (r.r2() != null) {
                sb.append("R^2 (amount of heterogeneity accounted for): ").append(f(r.r2())).append("%\n");
            }
            sb.append("\nTest for Residual Heterogeneity:\nQE(df = ").append(h.qDf()).append(") = ").append(f(h.q()))
                    .append(", p-val ").append(p(h.qPval())).append("\n\n");
            moderatorTest(sb, r, knha);
        } else {
            sb.append("I^2 (total heterogeneity / total variability): ").append(f(h.i2())).append("%\n");
            sb.append("H^2 (total variability / sampling variability): ").append(f(h.h2())).append("\n\n");
            sb.append("Test for Heterogeneity:\nQ(df = ").append(h.qDf()).append(") = ").append(f(h.q()))
                    .append(", p-val ").append(p(h.qPval())).append("\n\n");
        }
        String stat = knha ? "tval" : "zval";
        sb.append("Model Results:\n\n");
        if (mods) {
            TextTable t = TextTable.withHeader("", "estimate", "se", stat, "pval", "ci.lb", "ci.ub");
            for (Coefficient c : r.fit().coefficients()) {
                t.row(c.name(), f(c.estimate()), f(c.se()), f(c.stat()), p(c.pval()), f(c.ciLb()), f(c.ciUb()));
            }
            sb.append(t.render());
        } else {
            Coefficient b = r.pooled();
            sb.append(TextTable.withHeader("estimate", "se", stat, "pval", "ci.lb", "ci.ub")
                    .row(f(b.estimate()), f(b.se()), f(b.stat()), p(b.pval()), f(b.ciLb()), f(b.ciUb())).render());
            pooledScale(sb, r, b);
            if (r.commonEffect() != null) {
                Coefficient c = r.commonEffect().pooled();
                sb.append("Common-effect model (inverse variance) for comparison: ").append(est(r, c.estimate()))
                        .append(" [").append(est(r, c.ciLb())).append(", ").append(est(r, c.ciUb())).append("]\n");
            }
        }
        studies(sb, r);
        subgroups(sb, r);
        sensitivity(sb, r, "Leave-one-out (each row omits the study named)", r.leaveOneOut());
        sensitivity(sb, r, "Cumulative (each row adds the study named, " + orderName(r) + ")", r.cumulative());
        permutation(sb, r);
        bias(sb, r, knha);
        if (!r.notes().isEmpty()) {
            sb.append("\nNotes: ").append(String.join("; ", r.notes())).append('\n');
        }
        return sb.toString();
    }

    private static void moderatorTest(StringBuilder sb, MetaResult r, boolean knha) {
        MetaFit fit = r.fit();
        sb.append("Test of Moderators (coefficients 2:").append(fit.p()).append("):\n");
        if (knha) {
            sb.append("F(df1 = ").append(fit.qmDf()).append(", df2 = ").append(fit.tDf()).append(") = ");
        } else {
            sb.append("QM(df = ").append(fit.qmDf()).append(") = ");
        }
        sb.append(f(fit.qm())).append(", p-val ").append(p(fit.qmPval())).append("\n\n");
    }

    /** The pooled estimate back on the measure's scale (ratios) and the prediction interval. */
    private static void pooledScale(StringBuilder sb, MetaResult r, Coefficient b) {
        boolean common = r.method().isCommonEffect();
        boolean pi = !common && r.fit().piLb() != null;
        if (r.transformed()) {
            sb.append("\nBack-transformed (").append(r.shownName()).append("): ").append(e(b.estimate())).append(" [")
                    .append(e(b.ciLb())).append(", ").append(e(b.ciUb())).append(']');
            if (pi) {
                sb.append("; prediction interval [").append(e(r.fit().piLb())).append(", ").append(e(r.fit().piUb()))
                        .append(']');
            }
            sb.append('\n');
        } else if (pi) {
            sb.append("\nPrediction interval: [").append(f(r.fit().piLb())).append(", ").append(f(r.fit().piUb()))
                    .append("]\n");
        } else {
            sb.append('\n');
        }
    }

    private static void studies(StringBuilder sb, MetaResult r) {
        String lv = level(r.level());
        sb.append("\nStudies (").append(lv).append("% CI):\n\n");
        if (r.transformed()) {
            String name = r.shownName();
            TextTable t = TextTable.withHeader("study", "yi", "vi", name, name + " ci.lb", name + " ci.ub", "weight %");
            for (MetaResult.StudyRow s : r.studies()) {
                t.row(s.label(), f(s.yi()), f(s.vi()), e(s.yi()), e(s.ciLb()), e(s.ciUb()), f(s.weight()));
            }
            sb.append(t.render());
            return;
        }
        TextTable t = TextTable.withHeader("study", "yi", "vi", "ci.lb", "ci.ub", "weight %");
        for (MetaResult.StudyRow s : r.studies()) {
            t.row(s.label(), f(s.yi()), f(s.vi()), f(s.ciLb()), f(s.ciUb()), f(s.weight()));
        }
        sb.append(t.render());
    }

    private static void subgroups(StringBuilder sb, MetaResult r) {
        SubgroupAnalysis sub = r.subgroups();
        if (sub == null) {
            return;
        }
        sb.append("\nSubgroups (").append(sub.description()).append("):\n\n");
        TextTable t = TextTable.withHeader("subgroup", "k", "estimate", "se", "ci.lb", "ci.ub", "tau^2", "I^2 %", "Q",
                "df");
        for (SubgroupAnalysis.Subgroup g : sub.subgroups()) {
            MetaFit f = g.fit();
            t.row(g.name(), f.k(), f(f.estimate()), f(f.se()), f(f.pooled().ciLb()), f(f.pooled().ciUb()),
                    f(f.tau2()), f(f.heterogeneity().i2()), f(f.heterogeneity().q()), f.heterogeneity().qDf());
        }
        sb.append(t.render());
        sb.append("Test for subgroup differences: Q(df = ").append(sub.qBetweenDf()).append(") = ")
                .append(f(sub.qBetween())).append(", p-val ").append(p(sub.qBetweenPval())).append('\n');
    }

    private static void sensitivity(StringBuilder sb, MetaResult r, String title, SensitivitySeries s) {
        if (s == null) {
            return;
        }
        sb.append('\n').append(title).append(":\n\n");
        TextTable t = TextTable.withHeader("study", "estimate", "se", "ci.lb", "ci.ub", "Q", "tau^2", "I^2 %");
        for (int i = 0; i < s.size(); i++) {
            t.row(r.input().label(r.stepStudy(s, i)), f(s.estimate(i)), f(s.se(i)), f(s.ciLb(i)), f(s.ciUb(i)), f(s.q(i)),
                    s.hasTau2() ? f(s.tau2(i)) : "", f(s.i2(i)));
        }
        sb.append(t.render());
    }

    private static String orderName(MetaResult r) {
        return switch (r.request().order().kind()) {
            case INPUT -> "in input order";
            case ESTIMATE -> "by ascending estimate";
            case PRECISION -> "most precise first";
            case COLUMN -> "by ascending " + r.request().order().column();
        };
    }

    private static void permutation(StringBuilder sb, MetaResult r) {
        PermutationTest pt = r.permutation();
        if (pt == null) {
            return;
        }
        sb.append("\nPermutation test (").append(pt.permutations()).append(" permutations, seed ").append(pt.seed())
                .append("): QM p-val ").append(p(pt.qmPval())).append("\n\n");
        TextTable t = TextTable.withHeader("", "pval (permutation)");
        for (int j = 0; j < r.fit().p(); j++) {
            t.row(r.fit().coefficients().get(j).name(), p(pt.coefficientPval(j)));
        }
        sb.append(t.render());
    }

    private static void bias(StringBuilder sb, MetaResult r, boolean knha) {
        EggerRegressionTest reg = r.egger();
        if (reg != null) {
            sb.append("\nEgger's regression test (predictor sei): ");
            sb.append(reg.df() == null ? "z = " + f(reg.stat()) : "t = " + f(reg.stat()) + ", df = " + reg.df())
                    .append(", p = ").append(p(reg.pval())).append("; limit estimate ").append(f(reg.limitEstimate()))
                    .append(" [").append(f(reg.limitCiLb())).append(", ").append(f(reg.limitCiUb())).append("]\n");
        }
        if (r.begg() != null) {
            sb.append(reg == null ? "\n" : "").append("Begg's rank correlation test: Kendall's tau = ")
                    .append(f(r.begg().tau())).append(", p = ").append(p(r.begg().pval())).append('\n');
        }
        TrimAndFill tf = r.trimAndFill();
        if (tf != null) {
            sb.append("Trim-and-fill (L0): ").append(tf.k0()).append(" studies imputed on the ").append(tf.side())
                    .append(" side; adjusted estimate ").append(est(r, tf.estimate())).append(" [")
                    .append(est(r, tf.ciLb())).append(", ").append(est(r, tf.ciUb())).append("]\n");
        }
    }

    /** An estimate on the analysis scale, with its back-transformed value for ratio measures. */
    private static String est(MetaResult r, double value) {
        return r.transformed() ? f(value) + " (" + r.shownName() + " " + e(value) + ")" : f(value);
    }

    static String level(double l) {
        return l == Math.rint(l) ? String.valueOf((long) l) : String.valueOf(l);
    }

    static String f(Double v) {
        return v == null || !Double.isFinite(v) ? "NA" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String e(Double v) {
        return v == null || !Double.isFinite(v) ? "NA" : String.format(Locale.ROOT, "%.4f", Math.exp(v));
    }

    /** p-values the way metafor prints them: below .0001 as "<.0001". */
    static String p(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "NA";
        }
        return v < 1e-4 ? "<.0001" : String.format(Locale.ROOT, "%.4f", v);
    }
}
