package org.walkstudy.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.cli.summary.FamilySummary;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.study.Study;

/**
 * One study family on the page: per outcome the summary rows and pooled results exactly as
 * {@code walkstudy summary --format json} gives them, the forest and funnel plot, then the studies with
 * their sources.
 */
record FamilySection(FamilySummary family, Map<String, Object> json, List<Optional<OutcomeFigures>> figures) {
    FamilySection {
        if (family == null || json == null) {
            throw new IllegalArgumentException("a family section needs its summary and its JSON");
        }
        figures = List.copyOf(figures);
        if (figures.size() != family.outcomes().size()) {
            throw new IllegalArgumentException("one figure slot per outcome: " + figures.size() + " for "
                    + family.outcomes().size());
        }
    }

    /** {@code json} must be {@code SummaryJson.of(...)}'s map for {@code family}. */
    static FamilySection of(FamilySummary family, Map<String, Object> json) {
        if (!family.code().equals(json.get("family"))) {
            throw new IllegalArgumentException("summary JSON of family " + json.get("family") + " given for "
                    + family.code());
        }
        return new FamilySection(family, json, family.outcomes().stream().map(o -> OutcomeFigures.of(family, o)).toList());
    }

    void render(Html page) {
        String fam = family.code();
        page.raw("<summary>");
        page.heading(3, "family-" + fam, family.title() + ": every result");
        page.raw("</summary>\n");
        page.paragraph(count(json.get("studies"), "study", "studies") + ", " + count(json.get("findings"), "result",
                "results") + ".");
        List<Map<String, Object>> outcomes = maps(json.get("outcomes"));
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeSummary o = family.outcomes().get(i);
            Map<String, Object> outcome = outcomes.get(i);
            page.heading(4, fam + "-" + o.domain().code(), capitalised(o.domain().label()));
            page.table(rows(o.domain().label(), maps(outcome.get("rows"))));
            List<Map<String, Object>> pooled = maps(outcome.get("pooled"));
            if (!pooled.isEmpty()) {
                page.table(heterogeneity(o.domain().label(), pooled));
            }
            figures.get(i).ifPresentOrElse(f -> {
                page.raw(f.forest().markup());
                f.funnel().ifPresentOrElse(fig -> page.raw(fig.markup()),
                        () -> page.raw("<p class=\"note\">").text(f.noFunnel()).raw("</p>\n"));
            },
                    () -> page.raw("<p class=\"note\">No result for this outcome has a confidence interval to "
                            + "draw.</p>\n"));
        }
        page.heading(4, fam + "-studies", "Studies: " + family.title());
        page.table(studies());
    }

    private static HtmlTable rows(String outcome, List<Map<String, Object>> rows) {
        HtmlTable t = HtmlTable.of("Summary of findings: " + outcome, List.of("Outcome", "Result", "Effect (95% CI)",
                "Participants (studies)", "Certainty", "Comment", "Studies", "Sources"));
        for (Map<String, Object> r : rows) {
            String certainty = r.get("certainty") == null ? "-" : r.get("certainty")
                    + reasons(strings(r.get("certainty_reasons")));
            List<String> citations = maps(r.get("studies")).stream().map(s -> String.valueOf(s.get("citation")))
                    .distinct().toList();
            t = t.withRow(Html.escape(String.valueOf(r.get("outcome"))), Html.escape(String.valueOf(r.get("kind"))),
                    "<span class=\"effect\">" + Html.escape(String.valueOf(r.get("effect"))) + "</span>",
                    Html.escape(String.valueOf(r.get("participants"))), Html.escape(certainty),
                    Html.escape(String.valueOf(r.get("comment"))), Html.escape(String.join("; ", citations)),
                    Html.links(strings(r.get("sources"))));
        }
        return t;
    }

    private static HtmlTable heterogeneity(String outcome, List<Map<String, Object>> pooled) {
        HtmlTable t = HtmlTable.of("Pooled results and heterogeneity: " + outcome, List.of("Measure", "Studies (k)",
                "Model", "Estimate (95% CI)", "95% prediction interval", "tau²", "I²", "Q (p)"));
        for (Map<String, Object> p : pooled) {
            t = t.withRow(Html.escape(String.valueOf(p.get("measure"))), Html.escape(String.valueOf(p.get("k"))),
                    Html.escape(p.get("method") + ("knha".equals(p.get("test")) ? ", Knapp-Hartung" : ", Wald z")),
                    Html.escape(num(p.get("estimate")) + " (" + num(p.get("ci_lb")) + " to " + num(p.get("ci_ub")) + ")"),
                    Html.escape(num(p.get("pi_lb")) + " to " + num(p.get("pi_ub"))), Html.escape(num(p.get("tau2"))),
                    Html.escape(percent(p.get("I2"))),
                    Html.escape(num(p.get("Q")) + " (" + pValue(p.get("Q_pval")) + ")"));
        }
        return t;
    }

    private HtmlTable studies() {
        HtmlTable t = HtmlTable.of("Studies behind " + family.title(), List.of("Study", "Id", "Design",
                "Participants", "Population", "Sources"));
        for (Study s : family.data().studies()) {
            t = t.withRow(Html.escape(s.citation().shortForm()), Html.escape(s.id()), Html.escape(s.design().label()),
                    s.totalN() > 0 ? String.valueOf(s.totalN()) : "-", Html.escape(s.population()),
                    Html.links(sources(s.id())));
        }
        return t;
    }

    private List<String> sources(String studyId) {
        Set<String> urls = new LinkedHashSet<>();
        for (Finding f : family.data().findings()) {
            if (f.studyId().equals(studyId) && f.provenance() != null && !f.provenance().sourceUrl().isBlank()) {
                urls.add(f.provenance().sourceUrl());
            }
        }
        return new ArrayList<>(urls);
    }

    private static String count(Object n, String one, String many) {
        return "1".equals(String.valueOf(n)) ? "1 " + one : n + " " + many;
    }

    private static String reasons(List<String> reasons) {
        return reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")";
    }

    static String num(Object value) {
        return value instanceof Number n && Double.isFinite(n.doubleValue())
                ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : "-";
    }

    private static String percent(Object value) {
        return value instanceof Number n && Double.isFinite(n.doubleValue())
                ? String.format(Locale.ROOT, "%.0f%%", n.doubleValue()) : "-";
    }

    private static String pValue(Object value) {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return "p -";
        }
        return n.doubleValue() < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", n.doubleValue());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> strings(Object value) {
        return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
