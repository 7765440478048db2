package org.walkstudy.cli.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.walkstudy.analysis.summary.EvidenceStatement;
import org.walkstudy.analysis.summary.FindingsTable;
import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.analysis.summary.PooledResult;
import org.walkstudy.analysis.summary.SummaryRow;

/** The summary as plain maps for JSON: every number a view shows, unrounded. */
public final class SummaryJson {
    private SummaryJson() {
    }

    /**
     * The bottom line's statements and each family's rows: {"statements": [...], "families": [...]}. The
     * families are {@link #of(List)}'s list.
     */
    public static Map<String, Object> of(BottomLine bottomLine, List<FamilySummary> families) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statements", bottomLine.statements().stream().map(SummaryJson::statement).toList());
        m.put("notes", List.of(BottomLine.WORDING_NOTE, BottomLine.SIZE_NOTE));
        List<Map<String, Object>> fams = of(families);
        for (int i = 0; i < fams.size(); i++) {
            BottomLine.FamilyTable t = bottomLine.families().get(i);
            fams.get(i).put("summary_of_findings", t.rows().stream().map(SummaryJson::findingsRow).toList());
            fams.get(i).put("gaps", t.gaps().stream().map(d -> d.code()).toList());
        }
        m.put("families", fams);
        return m;
    }

    private static Map<String, Object> statement(EvidenceStatement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claim_text", s.claim());
        m.putAll(ClaimsView.statementJson(s));
        return m;
    }

    private static Map<String, Object> findingsRow(FindingsTable.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", r.outcome());
        m.put("domain", r.domain().code());
        m.put("evidence", r.evidence());
        m.put("effect", r.effect());
        m.put("participants_studies", r.base());
        m.put("certainty", r.certainty().label());
        m.put("what_it_means", r.meaning());
        return m;
    }

    public static List<Map<String, Object>> of(List<FamilySummary> families) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FamilySummary fam : families) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("family", fam.code());
            f.put("title", fam.title());
            f.put("studies", fam.data().studies().size());
            f.put("findings", fam.data().findings().size());
            List<Map<String, Object>> outcomes = new ArrayList<>();
            for (OutcomeSummary o : fam.outcomes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("outcome", o.domain().code());
                m.put("rows", o.rows().stream().map(r -> row(r, fam)).toList());
                m.put("pooled", o.pools().stream().map(SummaryJson::pool).toList());
                outcomes.add(m);
            }
            f.put("outcomes", outcomes);
            out.add(f);
        }
        return out;
    }

    private static Map<String, Object> row(SummaryRow r, FamilySummary fam) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("outcome", r.outcome());
        m.put("effect", r.effect());
        m.put("measure", r.measure().isEmpty() ? null : r.measure());
        m.put("estimate", value(r.estimate()));
        m.put("ci_lb", value(r.ciLower()));
        m.put("ci_ub", value(r.ciUpper()));
        m.put("participants", r.participants());
        m.put("certainty", r.certainty().map(c -> c.certainty().label()).orElse(null));
        m.put("certainty_reasons", r.certainty().map(c -> (Object) c.reasons()).orElse(List.of()));
        m.put("comment", r.comment());
        m.put("studies", r.studies().stream().map(id -> Map.of("id", id, "citation", fam.citationOf(id))).toList());
        m.put("sources", r.sources());
        return m;
    }

    private static Map<String, Object> pool(PooledResult p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", p.measure());
        m.put("k", p.studies().size());
        m.put("method", "REML");
        m.put("test", p.studies().size() >= 3 ? "knha" : "z");
        m.put("estimate", p.estimate());
        m.put("ci_lb", p.ciLower());
        m.put("ci_ub", p.ciUpper());
        m.put("pi_lb", p.piLower());
        m.put("pi_ub", p.piUpper());
        m.put("tau2", p.fit().heterogeneity().tau2());
        m.put("I2", p.fit().heterogeneity().i2());
        m.put("Q", p.fit().heterogeneity().q());
        m.put("Q_pval", p.fit().heterogeneity().qPval());
        m.put("studies", p.studies().stream().map(e -> e.finding().studyId()).toList());
        return m;
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
