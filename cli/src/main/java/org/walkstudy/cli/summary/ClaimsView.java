package org.walkstudy.cli.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.verdict.ClaimAssessment;
import org.walkstudy.analysis.verdict.PartAssessment;
import org.walkstudy.analysis.verdict.Verdict;
import org.walkstudy.cli.format.TextTable;

/** The claims with their verdicts as text, Markdown and JSON. */
public final class ClaimsView {
    private ClaimsView() {
    }

    public static String text(List<ClaimAssessment> claims) {
        StringBuilder sb = new StringBuilder();
        for (ClaimAssessment a : claims) {
            sb.append(a.claim().number()).append(". ").append(a.claim().statement()).append('\n');
            sb.append("   verdict: ").append(a.verdict().label().toUpperCase(Locale.ROOT)).append('\n');
            a.key().ifPresent(k -> sb.append("   key result: ").append(effect(k)).append('\n'));
            if (a.parts().size() > 1) {
                for (PartAssessment p : a.parts()) {
                    wrapped(sb, "part " + p.part().label() + ") " + p.part().statement() + ": " + p.statement());
                }
            } else {
                wrapped(sb, "verdict in words: " + a.statement());
            }
            sb.append("   studies with usable numbers: ").append(a.studiesWithNumbers()).append(" of ")
                    .append(a.studiesCited()).append(" cited").append(a.participants() > 0
                            ? "; " + a.participants() + " participants (arm sizes, or as the reviews printed them)" : "")
                    .append('\n');
            a.certainty().ifPresent(c -> sb.append("   certainty: ").append(c.describe()).append('\n'));
            if (!a.claim().note().isEmpty()) {
                wrapped(sb, "note: " + a.claim().note());
            }
            sb.append('\n');
        }
        sb.append(rules());
        return sb.toString();
    }

    private static void wrapped(StringBuilder sb, String text) {
        for (String line : SummaryText.wrap(text, 94)) {
            sb.append("   ").append(line).append('\n');
        }
    }

    public static String markdown(List<ClaimAssessment> claims) {
        TextTable t = TextTable.withHeader("#", "Claim", "Verdict", "Key result", "Studies with numbers",
                "Participants", "Certainty", "Note");
        for (ClaimAssessment a : claims) {
            t.row(a.claim().number(), a.claim().statement(), a.statement(),
                    a.key().map(ClaimsView::effect).orElse("-"), a.studiesWithNumbers() + " of " + a.studiesCited(),
                    a.participants() > 0 ? a.participants() : "-", a.certainty().map(c -> c.describe()).orElse("-"),
                    a.claim().note());
        }
        return "# The article's claims\n\n" + t.renderMarkdown() + "\n" + rules();
    }

    public static List<Map<String, Object>> json(List<ClaimAssessment> claims) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ClaimAssessment a : claims) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", a.claim().number());
            m.put("statement", a.claim().statement());
            m.put("topic", a.claim().topic().name().toLowerCase(Locale.ROOT));
            m.put("verdict", a.verdict().label());
            m.put("key_study", a.key().map(k -> k.finding().studyId()).orElse(null));
            m.put("key_measure", a.key().map(StudyEffect::measure).orElse(null));
            m.put("key_estimate", a.key().map(StudyEffect::estimate).orElse(null));
            m.put("key_ci_lb", a.key().map(k -> k.ciLower().getAsDouble()).orElse(null));
            m.put("key_ci_ub", a.key().map(k -> k.ciUpper().getAsDouble()).orElse(null));
            m.put("key_text", a.key().map(k -> k.measure() + " " + k.text()).orElse(null));
            m.put("key_exposure", a.key().map(k -> k.exposure().code()).orElse(null));
            m.put("key_favours", a.key().map(StudyEffect::favoursLabel).orElse(null));
            m.put("verdict_text", a.statement());
            List<Map<String, Object>> parts = new ArrayList<>();
            for (PartAssessment p : a.parts()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("part", p.part().label());
                pm.put("statement", p.part().statement());
                pm.put("verdict", p.verdict().label());
                pm.put("verdict_text", p.statement());
                pm.put("comparator", p.part().comparator());
                pm.put("studies_with_numbers", p.studiesWithNumbers());
                pm.put("participants", p.participants());
                parts.add(pm);
            }
            m.put("parts", parts);
            m.put("studies_with_numbers", a.studiesWithNumbers());
            m.put("studies_cited", a.studiesCited());
            m.put("participants", a.participants());
            m.put("certainty", a.certainty().map(c -> c.certainty().label()).orElse(null));
            m.put("certainty_reasons", a.certainty().map(c -> (Object) c.reasons()).orElse(List.of()));
            m.put("usable_results", a.usable().size());
            m.put("note", a.claim().note());
            out.add(m);
        }
        return out;
    }

    /** A key result as the claims table prints it: measure, estimate (interval) as printed, study and instrument. */
    public static String effect(StudyEffect e) {
        return e.measure() + " " + e.text() + ", " + e.finding().studyId() + ", " + e.finding().outcome().instrument();
    }

    private static String rules() {
        StringBuilder sb = new StringBuilder("Verdict rules (a usable result compares with a comparator, has a confidence "
                + "or credible interval, no exclusion flag and a primary, not secondary, source; a compound claim's "
                + "verdict comes from its parts):\n");
        for (Verdict v : Verdict.values()) {
            sb.append("  ").append(v.label()).append(": ").append(v.rule()).append('\n');
        }
        return sb.toString();
    }
}
