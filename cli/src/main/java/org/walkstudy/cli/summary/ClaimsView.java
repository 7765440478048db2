package org.walkstudy.cli.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.summary.EvidenceStatement;
import org.walkstudy.analysis.verdict.ClaimAssessment;
import org.walkstudy.analysis.verdict.PartAssessment;
import org.walkstudy.analysis.verdict.Verdict;
import org.walkstudy.cli.format.TextTable;
import org.walkstudy.cli.format.TextWrap;

/**
 * The claims with what the evidence shows (the same GRADE statements as {@code summary}) and their verdicts,
 * as text fitted to a width, Markdown and JSON.
 */
public final class ClaimsView {
    private ClaimsView() {
    }

    /** One claim with its statements (one per part), in claim order. */
    public record Assessed(ClaimAssessment assessment, List<EvidenceStatement> statements) {
        public Assessed {
            statements = List.copyOf(statements);
        }
    }

    public static String text(List<Assessed> claims, int width) {
        StringBuilder sb = new StringBuilder();
        for (Assessed c : claims) {
            ClaimAssessment a = c.assessment();
            String head = a.claim().number() + ". ";
            String pad = " ".repeat(head.length());
            sb.append(TextWrap.block(a.claim().statement(), width, head, pad));
            sb.append(TextWrap.block("verdict: " + a.verdict().label().toUpperCase(Locale.ROOT) + "; studies with "
                    + "usable numbers: " + a.studiesWithNumbers() + " of " + a.studiesCited() + " cited"
                    + (a.participants() > 0 ? "; " + org.walkstudy.analysis.summary.GradeWording.thousands(a.participants()) + " participants (arm sizes, or as the reviews "
                            + "printed them)" : ""), width, pad, pad + "  "));
            for (EvidenceStatement s : c.statements()) {
                String part = s.part().isEmpty() ? "" : s.label().substring(String.valueOf(a.claim().number()).length())
                        + ") " + s.part() + " [" + s.verdict() + "]";
                if (!part.isEmpty()) {
                    sb.append(TextWrap.block(part, width, pad, pad + "   "));
                }
                sb.append(TextWrap.block(s.text(), width, pad + "> ", pad + "  "));
            }
            a.certainty().filter(r -> r.reasons().size() > 1)
                    .ifPresent(r -> sb.append(TextWrap.block("certainty: " + r.describe(), width, pad, pad + "  ")));
            if (!a.claim().note().isEmpty()) {
                sb.append(TextWrap.block("note: " + a.claim().note(), width, pad, pad + "  "));
            }
            sb.append('\n');
        }
        sb.append(rules(width));
        return sb.toString();
    }

    public static String markdown(List<Assessed> claims) {
        TextTable t = TextTable.withHeader("#", "Claim", "What the evidence shows", "Verdict", "Studies with numbers",
                "Note");
        for (Assessed c : claims) {
            ClaimAssessment a = c.assessment();
            t.row(a.claim().number(), a.claim().statement(), String.join(" ", c.statements().stream()
                    .map(ClaimsView::statement).toList()), a.verdict().label(),
                    a.studiesWithNumbers() + " of " + a.studiesCited(), a.claim().note());
        }
        return "# The article's claims\n\n" + t.renderMarkdown() + "\n" + rules(Integer.MAX_VALUE);
    }

    /** The statement with its part's letter and assertion for a compound claim. */
    static String statement(EvidenceStatement s) {
        return s.part().isEmpty() ? s.text() : "(" + s.label() + ") " + s.part() + ": " + s.text();
    }

    public static List<Map<String, Object>> json(List<Assessed> claims) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Assessed c : claims) {
            ClaimAssessment a = c.assessment();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", a.claim().number());
            m.put("statement", a.claim().statement());
            m.put("topic", a.claim().topic().name().toLowerCase(Locale.ROOT));
            m.put("verdict", a.verdict().label());
            m.put("evidence_statements", c.statements().stream().map(ClaimsView::statementJson).toList());
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
            m.put("certainty", a.certainty().map(r -> r.certainty().label()).orElse(null));
            m.put("certainty_reasons", a.certainty().map(r -> (Object) r.reasons()).orElse(List.of()));
            m.put("usable_results", a.usable().size());
            m.put("note", a.claim().note());
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> statementJson(EvidenceStatement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", s.label());
        m.put("part", s.part().isEmpty() ? null : s.part());
        m.put("verdict", s.verdict());
        m.put("certainty", s.certainty().map(c -> c.label()).orElse(null));
        m.put("statement", s.text());
        m.put("sentence", s.sentence());
        m.put("numbers", s.numbers().isEmpty() ? null : s.numbers());
        m.put("based_on", s.base().isEmpty() ? null : s.base());
        m.put("also", s.also().isEmpty() ? null : s.also());
        m.put("absolute", s.absolute().isEmpty() ? null : s.absolute());
        return m;
    }

    /** A key result as the report's claims table prints it: measure, estimate and interval as printed, study. */
    public static String effect(StudyEffect e) {
        return e.measure() + " " + e.text() + ", " + e.finding().studyId() + ", " + e.finding().outcome().instrument();
    }

    private static String rules(int width) {
        StringBuilder sb = new StringBuilder(TextWrap.block("Verdict rules (a usable result compares with a "
                + "comparator, has a confidence or credible interval, no exclusion flag and a primary, not secondary, "
                + "source; a compound claim's verdict comes from its parts):", width, "", ""));
        for (Verdict v : Verdict.values()) {
            sb.append(TextWrap.block(v.label() + ": " + v.rule(), width, "  ", "    "));
        }
        return sb.toString();
    }
}
