package org.walkstudy.cli.meta;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.walkstudy.core.output.SpreadsheetSafeText;
import org.walkstudy.cli.format.TextTable;

/** Renders the JSON-contract map of {@code walkstudy meta} as a metafor-like printout or as CSV. */
public final class MetaText {
    private static final Set<String> RATIO = Set.of("RR", "OR", "PETO", "ROM");

    private MetaText() {
    }

    public static String table(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder();
        String method = (String) m.get("method");
        boolean fixed = Set.of("FE", "MH", "PETO").contains(method);
        boolean knha = "knha".equals(m.get("test"));
        sb.append(fixed ? "Common-effect model" : "Random-effects model").append(" (k = ").append(m.get("k"))
                .append("; ").append(fixed ? "method: " + method : "tau^2 estimator: " + method).append(")\n\n");
        if (!fixed) {
            sb.append("tau^2 (estimated amount of total heterogeneity): ").append(f(m.get("tau2")));
            if (m.get("se_tau2") != null) {
                sb.append(" (SE = ").append(f(m.get("se_tau2"))).append(')');
            }
            if (m.get("tau2_ci_lb") != null) {
                sb.append(", ").append(level(m)).append("% CI [").append(f(m.get("tau2_ci_lb"))).append(", ")
                        .append(f(m.get("tau2_ci_ub"))).append(']');
            }
            sb.append("\ntau (square root of estimated tau^2 value):      ")
                    .append(f(Math.sqrt(((Number) m.get("tau2")).doubleValue()))).append('\n');
        }
        sb.append("I^2 (total heterogeneity / total variability):   ").append(f(m.get("I2"))).append("%\n");
        sb.append("H^2 (total variability / sampling variability):  ").append(f(m.get("H2"))).append("\n\n");
        sb.append("Test for Heterogeneity:\nQ(df = ").append(m.get("Q_df")).append(") = ").append(f(m.get("Q")))
                .append(", p-val ").append(p(m.get("Q_pval"))).append("\n\n");
        String stat = knha ? "tval" : "zval";
        if (m.get("coefficients") != null) {
            sb.append("Test of Moderators: QM");
            sb.append(knha ? "(df1 = " + m.get("QM_df") + ") = " : "(df = " + m.get("QM_df") + ") = ");
            sb.append(f(m.get("QM"))).append(", p-val ").append(p(m.get("QM_pval")));
            if (m.get("R2") != null) {
                sb.append("; R^2 = ").append(f(m.get("R2"))).append('%');
            }
            sb.append("\n\nModel Results:\n\n");
            TextTable t = TextTable.withHeader("", "estimate", "se", stat, "pval", "ci.lb", "ci.ub");
            for (Object o : (List<?>) m.get("coefficients")) {
                Map<?, ?> c = (Map<?, ?>) o;
                t.row(c.get("name"), f(c.get("estimate")), f(c.get("se")), f(c.get("stat")), p(c.get("pval")),
                        f(c.get("ci_lb")), f(c.get("ci_ub")));
            }
            sb.append(t.render());
        } else {
            sb.append("Model Results:\n\n");
            sb.append(TextTable.withHeader("estimate", "se", stat, "pval", "ci.lb", "ci.ub")
                    .row(f(m.get("estimate")), f(m.get("se")), f(m.get("stat")), p(m.get("pval")), f(m.get("ci_lb")),
                            f(m.get("ci_ub")))
                    .render());
            String measure = (String) m.get("measure");
            if (RATIO.contains(measure)) {
                sb.append("\nBack-transformed (").append(measure.equals("PETO") ? "OR" : measure).append("): ")
                        .append(e(m.get("estimate"))).append(" [").append(e(m.get("ci_lb"))).append(", ")
                        .append(e(m.get("ci_ub"))).append(']');
                if (!fixed && m.get("pi_lb") != null) {
                    sb.append("; prediction interval [").append(e(m.get("pi_lb"))).append(", ")
                            .append(e(m.get("pi_ub"))).append(']');
                }
                sb.append('\n');
            } else if (!fixed && m.get("pi_lb") != null) {
                sb.append("\nPrediction interval: [").append(f(m.get("pi_lb"))).append(", ").append(f(m.get("pi_ub")))
                        .append("]\n");
            }
        }
        sb.append("\nStudies:\n\n");
        TextTable studies = TextTable.withHeader("study", "yi", "vi", "weight %");
        for (Object o : (List<?>) m.get("studies")) {
            Map<?, ?> s = (Map<?, ?>) o;
            studies.row(s.get("study"), f(s.get("yi")), f(s.get("vi")), f(s.get("weight")));
        }
        sb.append(studies.render());
        appendBias(sb, m);
        if (m.get("note") instanceof String note && !note.isBlank()) {
            sb.append("\nNotes: ").append(note).append('\n');
        }
        return sb.toString();
    }

    private static void appendBias(StringBuilder sb, Map<String, Object> m) {
        if (m.get("regtest") instanceof Map<?, ?> reg) {
            sb.append("\nEgger's regression test (predictor sei): z = ").append(f(reg.get("stat"))).append(", p = ")
                    .append(p(reg.get("pval"))).append("; limit estimate ").append(f(reg.get("limit_estimate")))
                    .append(" [").append(f(reg.get("limit_ci_lb"))).append(", ").append(f(reg.get("limit_ci_ub")))
                    .append("]\n");
        }
        if (m.get("ranktest") instanceof Map<?, ?> rank) {
            sb.append("Begg's rank correlation test: Kendall's tau = ").append(f(rank.get("tau"))).append(", p = ")
                    .append(p(rank.get("pval"))).append('\n');
        }
        if (m.get("trimfill") instanceof Map<?, ?> tf) {
            sb.append("Trim-and-fill (L0): ").append(tf.get("k0")).append(" studies imputed on the ")
                    .append(tf.get("side")).append(" side; adjusted estimate ").append(f(tf.get("estimate")))
                    .append(" [").append(f(tf.get("ci_lb"))).append(", ").append(f(tf.get("ci_ub"))).append("]\n");
        }
    }

    /** One row per study (yi, vi, weight) and a final row for the pooled estimate. */
    public static String csv(Map<String, Object> m) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader("study", "yi", "vi", "weight", "ci_lb", "ci_ub").get().print(out)) {
            for (Object o : (List<?>) m.get("studies")) {
                Map<?, ?> s = (Map<?, ?>) o;
                p.printRecord(SpreadsheetSafeText.value(s.get("study")), s.get("yi"), s.get("vi"), s.get("weight"), "", "");
            }
            if (m.get("estimate") != null) {
                p.printRecord("[pooled " + m.get("method") + "]", m.get("estimate"), square(m.get("se")), 100.0,
                        m.get("ci_lb"), m.get("ci_ub"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object square(Object se) {
        return se == null ? "" : Math.pow(((Number) se).doubleValue(), 2);
    }

    private static String level(Map<String, Object> m) {
        double l = ((Number) m.get("level")).doubleValue();
        return l == Math.rint(l) ? String.valueOf((long) l) : String.valueOf(l);
    }

    private static String f(Object v) {
        return v == null ? "NA" : String.format(Locale.ROOT, "%.4f", ((Number) v).doubleValue());
    }

    private static String e(Object v) {
        return v == null ? "NA" : String.format(Locale.ROOT, "%.4f", Math.exp(((Number) v).doubleValue()));
    }

    /** p-values the way metafor prints them: below .0001 as "<.0001". */
    private static String p(Object v) {
        if (v == null) {
            return "NA";
        }
        double d = ((Number) v).doubleValue();
        return d < 1e-4 ? "<.0001" : String.format(Locale.ROOT, "%.4f", d);
    }
}
