package org.walkstudy.analysis.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.walkstudy.analysis.bias.BeggRankTest;
import org.walkstudy.analysis.bias.EggerRegressionTest;
import org.walkstudy.analysis.bias.SensitivitySeries;
import org.walkstudy.analysis.bias.TrimAndFill;
import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.analysis.input.MetaInput;
import org.walkstudy.analysis.meta.Coefficient;
import org.walkstudy.analysis.meta.Heterogeneity;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.PermutationTest;
import org.walkstudy.analysis.meta.SubgroupAnalysis;
import org.walkstudy.analysis.meta.Tau2ConfidenceInterval;

/**
 * Everything {@link MetaAnalysis#run(MetaRequest)} computed. Parts that were not requested or do not apply
 * are null; {@code notes} says what is special about the run (fallbacks, conventions applied). {@link #toMap()}
 * gives the JSON contract's keys in order (nulls kept; NaN becomes null).
 */
public record MetaResult(MetaRequest request, MetaInput input, MetaFit fit, Tau2ConfidenceInterval tau2Ci, Double r2,
        EggerRegressionTest egger, BeggRankTest begg, TrimAndFill trimAndFill, SensitivitySeries leaveOneOut,
        SensitivitySeries cumulative, SubgroupAnalysis subgroups, PermutationTest permutation, List<String> notes) {

    public MetaResult {
        notes = List.copyOf(notes);
    }

    /** Collects the optional parts before building the immutable result. */
    static final class Builder {
        private final MetaRequest request;
        private final MetaInput input;
        private final MetaFit fit;
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

        Builder(MetaRequest request, MetaInput input, MetaFit fit) {
            this.request = request;
            this.input = input;
            this.fit = fit;
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

        void note(String text) {
            notes.add(text);
        }

        MetaResult build() {
            return new MetaResult(request, input, fit, tau2Ci, r2, egger, begg, trimAndFill, leaveOneOut, cumulative,
                    subgroups, permutation, notes);
        }
    }

    /** The JSON contract as an ordered map (LinkedHashMap, null values kept). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean interceptOnly = fit.interceptOnly();
        Heterogeneity h = fit.heterogeneity();
        m.put("k", fit.k());
        m.put("measure", request.measure().name());
        m.put("method", request.method());
        m.put("test", request.test().label());
        m.put("level", request.level());
        Coefficient b = fit.pooled();
        m.put("estimate", interceptOnly ? num(b.estimate()) : null);
        m.put("se", interceptOnly ? num(b.se()) : null);
        m.put("stat", interceptOnly ? num(b.stat()) : null);
        m.put("pval", interceptOnly ? num(b.pval()) : null);
        m.put("ci_lb", interceptOnly ? num(b.ciLb()) : null);
        m.put("ci_ub", interceptOnly ? num(b.ciUb()) : null);
        m.put("pi_lb", fit.piLb() == null ? null : num(fit.piLb()));
        m.put("pi_ub", fit.piUb() == null ? null : num(fit.piUb()));
        m.put("tau2", num(h.tau2()));
        m.put("se_tau2", h.seTau2() == null ? null : num(h.seTau2()));
        m.put("tau2_ci_lb", tau2Ci == null ? null : tau2Ci.lower());
        m.put("tau2_ci_ub", tau2Ci == null ? null : tau2Ci.upper());
        m.put("I2", num(h.i2()));
        m.put("H2", num(h.h2()));
        m.put("Q", num(h.q()));
        m.put("Q_df", h.qDf());
        m.put("Q_pval", num(h.qPval()));
        List<Map<String, Object>> studies = new ArrayList<>();
        for (int i = 0; i < input.k(); i++) {
            EffectSize e = input.effects().get(i);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("study", e.study());
            s.put("yi", e.yi());
            s.put("vi", e.vi());
            s.put("weight", num(fit.weights()[i]));
            studies.add(s);
        }
        m.put("studies", studies);
        if (!interceptOnly) {
            List<Map<String, Object>> coefficients = new ArrayList<>();
            for (Coefficient c : fit.coefficients()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("name", c.name());
                cm.put("estimate", num(c.estimate()));
                cm.put("se", num(c.se()));
                cm.put("stat", num(c.stat()));
                cm.put("pval", num(c.pval()));
                cm.put("ci_lb", num(c.ciLb()));
                cm.put("ci_ub", num(c.ciUb()));
                coefficients.add(cm);
            }
            m.put("coefficients", coefficients);
            List<List<Double>> vb = new ArrayList<>();
            for (double[] row : fit.vb()) {
                vb.add(list(row));
            }
            m.put("vb", vb); // metafor's vb: the coefficients' covariance matrix (for bubble-plot bands)
            m.put("QM", num(fit.qm()));
            m.put("QM_df", fit.qmDf());
            m.put("QM_pval", num(fit.qmPval()));
            m.put("R2", r2 == null ? null : num(r2));
        }
        if (request.bias() && egger != null) {
            Map<String, Object> reg = new LinkedHashMap<>();
            reg.put("stat", num(egger.stat()));
            reg.put("pval", num(egger.pval()));
            reg.put("limit_estimate", num(egger.limitEstimate()));
            reg.put("limit_ci_lb", num(egger.limitCiLb()));
            reg.put("limit_ci_ub", num(egger.limitCiUb()));
            m.put("regtest", reg);
            Map<String, Object> rank = new LinkedHashMap<>();
            rank.put("tau", num(begg.tau()));
            rank.put("pval", num(begg.pval()));
            m.put("ranktest", rank);
            if (trimAndFill == null) {
                m.put("trimfill", null);
            } else {
                Map<String, Object> tf = new LinkedHashMap<>();
                tf.put("k0", trimAndFill.k0());
                tf.put("side", trimAndFill.side());
                tf.put("estimate", num(trimAndFill.estimate()));
                tf.put("se", num(trimAndFill.se()));
                tf.put("ci_lb", num(trimAndFill.ciLb()));
                tf.put("ci_ub", num(trimAndFill.ciUb()));
                List<Map<String, Object>> imputed = new ArrayList<>();
                for (int i = 0; i < trimAndFill.imputedYi().length; i++) {
                    imputed.add(new LinkedHashMap<>(Map.of("yi", trimAndFill.imputedYi()[i], "vi",
                            trimAndFill.imputedVi()[i])));
                }
                tf.put("imputed", imputed);
                m.put("trimfill", tf);
            }
        }
        if (leaveOneOut != null) {
            m.put("leave1out", series(leaveOneOut));
            m.put("cumul", series(cumulative));
        }
        if (subgroups != null) {
            List<Map<String, Object>> groups = new ArrayList<>();
            for (SubgroupAnalysis.Subgroup g : subgroups.subgroups()) {
                Map<String, Object> gm = new LinkedHashMap<>();
                MetaFit f = g.fit();
                gm.put("name", g.name());
                gm.put("k", f.k());
                List<String> members = new ArrayList<>();
                for (int i : g.indices()) {
                    members.add(input.effects().get(i).study());
                }
                gm.put("studies", members);
                gm.put("estimate", num(f.estimate()));
                gm.put("se", num(f.se()));
                gm.put("ci_lb", num(f.pooled().ciLb()));
                gm.put("ci_ub", num(f.pooled().ciUb()));
                gm.put("tau2", num(f.tau2()));
                gm.put("I2", num(f.heterogeneity().i2()));
                gm.put("Q", num(f.heterogeneity().q()));
                gm.put("Q_df", f.heterogeneity().qDf());
                groups.add(gm);
            }
            m.put("subgroups", groups);
            m.put("Q_between", num(subgroups.qBetween()));
            m.put("Q_between_df", subgroups.qBetweenDf());
            m.put("Q_between_pval", num(subgroups.qBetweenPval()));
        }
        if (permutation != null) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("permutations", permutation.permutations());
            pm.put("seed", permutation.seed());
            pm.put("QM_pval", num(permutation.qmPval()));
            List<Double> pv = new ArrayList<>();
            for (double p : permutation.coefficientPvals()) {
                pv.add(num(p));
            }
            pm.put("coefficient_pvals", pv);
            m.put("permutest", pm);
        }
        m.put("note", notes.isEmpty() ? null : String.join("; ", notes));
        return m;
    }

    private static Map<String, Object> series(SensitivitySeries s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimate", list(s.estimate()));
        m.put("se", list(s.se()));
        m.put("ci_lb", list(s.ciLb()));
        m.put("ci_ub", list(s.ciUb()));
        m.put("Q", list(s.q()));
        m.put("tau2", s.tau2() == null ? null : list(s.tau2()));
        m.put("I2", list(s.i2()));
        return m;
    }

    private static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(num(v));
        }
        return out;
    }

    private static Double num(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
