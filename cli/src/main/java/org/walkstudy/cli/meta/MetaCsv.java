package org.walkstudy.cli.meta;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.walkstudy.core.output.SpreadsheetSafeText;
import org.walkstudy.analysis.bias.EggerRegressionTest;
import org.walkstudy.analysis.bias.SensitivitySeries;
import org.walkstudy.analysis.bias.TrimAndFill;
import org.walkstudy.analysis.meta.Coefficient;
import org.walkstudy.analysis.meta.Heterogeneity;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.PermutationTest;
import org.walkstudy.analysis.meta.SubgroupAnalysis;
import org.walkstudy.analysis.run.MetaResult;

/**
 * The CSV view of a {@link MetaResult}: one row per study (yi, vi, weight and its CI at the model's level), then
 * one bracketed row per pooled result the run computed: the pooled estimate, or the model's coefficients and
 * QE/QM with moderators; subgroups and their test; leave-one-out and cumulative steps; the permutation test;
 * the bias tests; last the run's notes (tests not estimable, conventions applied). Pooled rows give the variance
 * (se^2) under {@code vi}; a blank cell does not apply.
 */
public final class MetaCsv {
    static final String[] HEADER = {"study", "yi", "vi", "weight", "ci_lb", "ci_ub", "stat", "pval", "df", "k",
        "tau2", "Q", "I2"};

    private MetaCsv() {
    }

    public static void write(MetaResult r, Appendable out) {
        try (CSVPrinter p = CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(HEADER).get().print(out)) {
            for (int i = 0; i < r.k(); i++) {
                MetaResult.StudyRow s = r.study(i);
                p.printRecord(SpreadsheetSafeText.cell(s.label()), s.yi(), s.vi(), n(s.weight()), n(s.ciLb()), n(s.ciUb()), "", "", "", "", "",
                        "", "");
            }
            model(p, r);
            subgroups(p, r);
            series(p, r, "leave1out without ", r.leaveOneOut());
            series(p, r, "cumulative to ", r.cumulative());
            permutation(p, r);
            bias(p, r);
            for (String note : r.notes()) {
                p.printRecord("[note: " + note + "]", "", "", "", "", "", "", "", "", "", "", "", "");
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void model(CSVPrinter p, MetaResult r) throws IOException {
        MetaFit fit = r.fit();
        Heterogeneity h = fit.heterogeneity();
        String method = r.method().name();
        if (!r.hasModerators()) {
            Coefficient b = r.pooled();
            p.printRecord("[pooled " + method + "]", n(b.estimate()), n(b.se() * b.se()), 100.0, n(b.ciLb()),
                    n(b.ciUb()), n(b.stat()), n(b.pval()), "", fit.k(), n(h.tau2()), n(h.q()), n(h.i2()));
            if (r.commonEffect() != null) {
                Coefficient c = r.commonEffect().pooled();
                p.printRecord("[pooled FE for comparison]", n(c.estimate()), n(c.se() * c.se()), "", n(c.ciLb()),
                        n(c.ciUb()), n(c.stat()), n(c.pval()), "", fit.k(), "", "", "");
            }
            return;
        }
        for (Coefficient c : fit.coefficients()) {
            p.printRecord("[model " + method + ": " + c.name() + "]", n(c.estimate()), n(c.se() * c.se()), "",
                    n(c.ciLb()), n(c.ciUb()), n(c.stat()), n(c.pval()), fit.tDf() == null ? "" : fit.tDf(), "", "",
                    "", "");
        }
        p.printRecord("[residual heterogeneity QE]", "", "", "", "", "", n(h.q()), n(h.qPval()), h.qDf(), fit.k(),
                n(h.tau2()), n(h.q()), n(h.i2()));
        p.printRecord("[test of moderators QM]", "", "", "", "", "", n(fit.qm()), n(fit.qmPval()), fit.qmDf(), "", "",
                "", "");
    }

    private static void subgroups(CSVPrinter p, MetaResult r) throws IOException {
        SubgroupAnalysis sub = r.subgroups();
        if (sub == null) {
            return;
        }
        for (SubgroupAnalysis.Subgroup g : sub.subgroups()) {
            MetaFit f = g.fit();
            p.printRecord("[subgroup " + g.name() + "]", n(f.estimate()), n(f.se() * f.se()), "", n(f.pooled().ciLb()),
                    n(f.pooled().ciUb()), n(f.pooled().stat()), n(f.pooled().pval()), f.heterogeneity().qDf(), f.k(),
                    n(f.tau2()), n(f.heterogeneity().q()), n(f.heterogeneity().i2()));
        }
        p.printRecord("[subgroup differences]", "", "", "", "", "", n(sub.qBetween()), n(sub.qBetweenPval()),
                sub.qBetweenDf(), "", "", "", "");
    }

    private static void series(CSVPrinter p, MetaResult r, String prefix, SensitivitySeries s) throws IOException {
        if (s == null) {
            return;
        }
        boolean cumulative = prefix.startsWith("cumulative");
        for (int i = 0; i < s.size(); i++) {
            p.printRecord("[" + prefix + r.input().label(r.stepStudy(s, i)) + "]", n(s.estimate(i)), n(s.se(i) * s.se(i)), "",
                    n(s.ciLb(i)), n(s.ciUb(i)), "", "", "", cumulative ? i + 1 : s.size() - 1,
                    s.hasTau2() ? n(s.tau2(i)) : "", n(s.q(i)), n(s.i2(i)));
        }
    }

    private static void permutation(CSVPrinter p, MetaResult r) throws IOException {
        PermutationTest pt = r.permutation();
        if (pt == null) {
            return;
        }
        p.printRecord("[permutation test QM, " + pt.permutations() + " permutations, seed " + pt.seed() + "]", "", "",
                "", "", "", n(r.fit().qm()), n(pt.qmPval()), "", "", "", "", "");
        for (int j = 0; j < r.fit().p(); j++) {
            Coefficient c = r.fit().coefficients().get(j);
            p.printRecord("[permutation test " + c.name() + "]", "", "", "", "", "", n(c.stat()),
                    n(pt.coefficientPval(j)), "", "", "", "", "");
        }
    }

    private static void bias(CSVPrinter p, MetaResult r) throws IOException {
        EggerRegressionTest reg = r.egger();
        if (reg != null) {
            p.printRecord("[regtest limit estimate]", n(reg.limitEstimate()), "", "", n(reg.limitCiLb()),
                    n(reg.limitCiUb()), n(reg.stat()), n(reg.pval()), reg.df() == null ? "" : reg.df(), "", "", "", "");
        }
        if (r.begg() != null) {
            p.printRecord("[ranktest Kendall tau]", "", "", "", "", "", n(r.begg().tau()), n(r.begg().pval()), "", "",
                    "", "", "");
        }
        TrimAndFill tf = r.trimAndFill();
        if (tf != null) {
            p.printRecord("[trimfill " + tf.k0() + " imputed on the " + tf.side() + "]", n(tf.estimate()),
                    n(tf.se() * tf.se()), "", n(tf.ciLb()), n(tf.ciUb()), "", "", "", r.k() + tf.k0(), "", "", "");
        }
    }

    /** A number, or an empty cell when undefined (NaN): CSV has no NA. */
    private static Object n(Double v) {
        return v == null || !Double.isFinite(v) ? "" : v;
    }
}
