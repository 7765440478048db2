package org.walkstudy.cli.meta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import org.walkstudy.analysis.bias.SensitivitySeries;
import org.walkstudy.analysis.bias.TrimAndFill;
import org.walkstudy.analysis.meta.Coefficient;
import org.walkstudy.analysis.meta.Heterogeneity;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.PermutationTest;
import org.walkstudy.analysis.meta.SubgroupAnalysis;
import org.walkstudy.analysis.run.MetaResult;
import org.walkstudy.cli.format.Json;

/**
 * The JSON view of a {@link MetaResult}: the contract of {@code walkstudy meta --format json}, with the keys and
 * order of metafor's reference results (expected.json). Streamed study by study, so a million studies need no
 * tree in memory. NaN and infinities are written as null; keys of parts not requested are absent.
 */
public final class MetaJson {
    private MetaJson() {
    }

    /** Writes the result and a final newline to {@code out}, which stays open. */
    public static void write(MetaResult result, Writer out) {
        try (JsonGenerator g = Json.generator(out)) {
            write(result, g);
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(MetaResult r, JsonGenerator g) throws IOException {
        MetaFit fit = r.fit();
        Heterogeneity h = fit.heterogeneity();
        Coefficient b = r.pooled();
        g.writeStartObject();
        g.writeNumberField("k", fit.k());
        g.writeStringField("measure", r.measure().name());
        g.writeStringField("method", r.method().name());
        g.writeStringField("test", r.request().test().label());
        g.writeNumberField("level", r.level());
        number(g, "estimate", b == null ? null : b.estimate());
        number(g, "se", b == null ? null : b.se());
        number(g, "stat", b == null ? null : b.stat());
        number(g, "pval", b == null ? null : b.pval());
        number(g, "ci_lb", b == null ? null : b.ciLb());
        number(g, "ci_ub", b == null ? null : b.ciUb());
        number(g, "pi_lb", fit.piLb());
        number(g, "pi_ub", fit.piUb());
        number(g, "tau2", h.tau2());
        number(g, "se_tau2", h.seTau2());
        number(g, "tau2_ci_lb", r.tau2Ci() == null ? null : r.tau2Ci().lower());
        number(g, "tau2_ci_ub", r.tau2Ci() == null ? null : r.tau2Ci().upper());
        number(g, "I2", h.i2());
        number(g, "H2", h.h2());
        number(g, "Q", h.q());
        g.writeNumberField("Q_df", h.qDf());
        number(g, "Q_pval", h.qPval());
        g.writeArrayFieldStart("studies");
        for (int i = 0; i < r.k(); i++) {
            MetaResult.StudyRow s = r.study(i);
            g.writeStartObject();
            g.writeStringField("study", s.label());
            g.writeNumberField("yi", s.yi());
            g.writeNumberField("vi", s.vi());
            number(g, "weight", s.weight());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.hasModerators()) {
            moderators(r, g);
        }
        if (r.egger() != null || r.begg() != null || r.trimAndFill() != null) {
            bias(r, g);
        }
        if (r.leaveOneOut() != null) {
            series(g, "leave1out", r.leaveOneOut());
            series(g, "cumul", r.cumulative());
        }
        if (r.subgroups() != null) {
            subgroups(r, g);
        }
        if (r.permutation() != null) {
            permutation(r.permutation(), g);
        }
        if (r.notes().isEmpty()) {
            g.writeNullField("note");
        } else {
            g.writeStringField("note", String.join("; ", r.notes()));
        }
        g.writeEndObject();
    }

    private static void moderators(MetaResult r, JsonGenerator g) throws IOException {
        MetaFit fit = r.fit();
        g.writeArrayFieldStart("coefficients");
        for (Coefficient c : fit.coefficients()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            number(g, "estimate", c.estimate());
            number(g, "se", c.se());
            number(g, "stat", c.stat());
            number(g, "pval", c.pval());
            number(g, "ci_lb", c.ciLb());
            number(g, "ci_ub", c.ciUb());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("vb"); // metafor's vb: the coefficients' covariance matrix (for bubble-plot bands)
        for (int i = 0; i < fit.p(); i++) {
            g.writeStartArray();
            for (int j = 0; j < fit.p(); j++) {
                number(g, fit.vb(i, j));
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        number(g, "QM", fit.qm());
        if (fit.qmDf() == null) {
            g.writeNullField("QM_df");
        } else {
            g.writeNumberField("QM_df", fit.qmDf());
        }
        number(g, "QM_pval", fit.qmPval());
        number(g, "R2", r.r2());
    }

    private static void bias(MetaResult r, JsonGenerator g) throws IOException {
        // A test that could not be fitted on these data is null (the note says why).
        if (r.egger() == null) {
            g.writeNullField("regtest");
        } else {
            g.writeObjectFieldStart("regtest");
            number(g, "stat", r.egger().stat());
            number(g, "pval", r.egger().pval());
            number(g, "limit_estimate", r.egger().limitEstimate());
            number(g, "limit_ci_lb", r.egger().limitCiLb());
            number(g, "limit_ci_ub", r.egger().limitCiUb());
            g.writeEndObject();
        }
        if (r.begg() == null) {
            g.writeNullField("ranktest");
        } else {
            g.writeObjectFieldStart("ranktest");
            number(g, "tau", r.begg().tau());
            number(g, "pval", r.begg().pval());
            g.writeEndObject();
        }
        TrimAndFill tf = r.trimAndFill();
        if (tf == null) {
            g.writeNullField("trimfill");
            return;
        }
        g.writeObjectFieldStart("trimfill");
        g.writeNumberField("k0", tf.k0());
        g.writeStringField("side", tf.side());
        number(g, "estimate", tf.estimate());
        number(g, "se", tf.se());
        number(g, "ci_lb", tf.ciLb());
        number(g, "ci_ub", tf.ciUb());
        g.writeArrayFieldStart("imputed");
        double[] yi = tf.imputedYi();
        double[] vi = tf.imputedVi();
        for (int i = 0; i < tf.k0(); i++) {
            g.writeStartObject();
            g.writeNumberField("yi", yi[i]);
            g.writeNumberField("vi", vi[i]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void series(JsonGenerator g, String name, SensitivitySeries s) throws IOException {
        g.writeObjectFieldStart(name);
        array(g, "estimate", s.estimate());
        array(g, "se", s.se());
        array(g, "ci_lb", s.ciLb());
        array(g, "ci_ub", s.ciUb());
        array(g, "Q", s.q());
        array(g, "tau2", s.tau2());
        array(g, "I2", s.i2());
        g.writeEndObject();
    }

    private static void subgroups(MetaResult r, JsonGenerator g) throws IOException {
        SubgroupAnalysis sub = r.subgroups();
        g.writeArrayFieldStart("subgroups");
        for (SubgroupAnalysis.Subgroup s : sub.subgroups()) {
            MetaFit f = s.fit();
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeNumberField("k", f.k());
            g.writeArrayFieldStart("studies");
            for (int i : s.indices()) {
                g.writeString(r.input().label(i));
            }
            g.writeEndArray();
            number(g, "estimate", f.estimate());
            number(g, "se", f.se());
            number(g, "ci_lb", f.pooled().ciLb());
            number(g, "ci_ub", f.pooled().ciUb());
            number(g, "tau2", f.tau2());
            number(g, "I2", f.heterogeneity().i2());
            number(g, "Q", f.heterogeneity().q());
            g.writeNumberField("Q_df", f.heterogeneity().qDf());
            g.writeEndObject();
        }
        g.writeEndArray();
        number(g, "Q_between", sub.qBetween());
        g.writeNumberField("Q_between_df", sub.qBetweenDf());
        number(g, "Q_between_pval", sub.qBetweenPval());
    }

    private static void permutation(PermutationTest p, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("permutest");
        g.writeNumberField("permutations", p.permutations());
        g.writeNumberField("seed", p.seed());
        number(g, "QM_pval", p.qmPval());
        array(g, "coefficient_pvals", p.coefficientPvals());
        g.writeEndObject();
    }

    private static void array(JsonGenerator g, String name, double[] values) throws IOException {
        if (values == null) {
            g.writeNullField(name);
            return;
        }
        g.writeArrayFieldStart(name);
        for (double v : values) {
            number(g, v);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        g.writeFieldName(name);
        number(g, value == null ? Double.NaN : value);
    }

    private static void number(JsonGenerator g, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumber(value);
        } else {
            g.writeNull();
        }
    }
}
