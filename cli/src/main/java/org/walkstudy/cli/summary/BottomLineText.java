package org.walkstudy.cli.summary;

import java.util.stream.Collectors;

import org.walkstudy.analysis.summary.EvidenceStatement;
import org.walkstudy.analysis.summary.FindingsTable;
import org.walkstudy.cli.format.TextTable;
import org.walkstudy.cli.format.TextWrap;

/** The bottom line for a terminal (fitted to a width) and as Markdown. */
public final class BottomLineText {
    /** The closing line: where everything else is. */
    static final String CLOSING = "More: 'walkstudy summary --full' lists every result, 'walkstudy studies' the "
            + "sources, 'walkstudy report --out report.html' writes all of it with charts.";

    private BottomLineText() {
    }

    /** Most lines the one-screen view may take. */
    public static final int MAX_LINES = 80;

    /**
     * The one-screen view, no line wider than {@code width} and, where dropping detail allows, at most
     * {@value #MAX_LINES} lines: first the claims' own words above statements that answer them go (a claim
     * without usable numbers always keeps them), then the numbers of the notes against other comparators (the direction stays; the numbers stay in
     * 'claims'), then the tables' "Means" column (the statements say it, the certainty is in their verb), then the rules
     * under the tables' headers.
     */
    public static String text(BottomLine b, int width) {
        String out = "";
        for (int detail = 4; detail >= 0; detail--) {
            out = text(b, width, detail >= 4, detail >= 3, detail >= 2, detail >= 1);
            if (out.lines().count() <= MAX_LINES) {
                return out;
            }
        }
        return out;
    }

    private static String text(BottomLine b, int width, boolean titles, boolean also, boolean means, boolean rules) {
        StringBuilder sb = new StringBuilder();
        sb.append(TextWrap.block("What the studies behind the article's walking claims show:", width, "", ""));
        String lastClaim = "";
        for (EvidenceStatement s : b.statements()) {
            boolean whole = s.part().isEmpty();
            if (titles && !s.claim().equals(lastClaim) && (!whole || s.certainty().isPresent())) {
                sb.append(TextWrap.truncated(s.label().replaceAll("[^0-9]", "") + ". " + s.claim(), width)).append('\n');
            }
            lastClaim = s.claim();
            String lead = s.label() + (whole ? ". " : ") ");
            String text = statement(s, also);
            if (s.certainty().isEmpty() && whole) {
                text = s.claim().replaceAll("\\.$", "") + " - " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
            }
            sb.append(TextWrap.block(text, width, (titles ? "   " : "") + lead,
                    " ".repeat((titles ? 3 : 0) + lead.length())));
        }
        sb.append('\n');
        for (BottomLine.FamilyTable f : b.families()) {
            sb.append(TextWrap.block("Summary of findings: " + f.title() + " (" + studies(f.studies())
                    + ")", width, "", ""));
            if (!f.rows().isEmpty()) {
                TextTable t = means ? TextTable.withHeader("Outcome", "Effect (95% CI)", "N (studies)", "Certainty",
                        "Means") : TextTable.withHeader("Outcome", "Effect (95% CI)", "N (studies)", "Certainty");
                for (FindingsTable.Row r : f.rows()) {
                    if (means) {
                        t.row(r.outcome(), r.effect(), r.base(), r.certainty().label(), r.phrase());
                    } else {
                        t.row(r.outcome(), r.effect(), r.base(), r.certainty().label());
                    }
                }
                String table = t.render(width, TextTable.Overflow.WRAP);
                if (!rules) {
                    int firstLine = table.indexOf('\n');
                    table = table.substring(0, firstLine + 1) + table.substring(table.indexOf('\n', firstLine + 1) + 1);
                }
                sb.append(table);
            }
            if (!f.gaps().isEmpty()) {
                sb.append(TextWrap.block("Not known (no usable numbers): " + f.gaps().stream().map(d -> d.label())
                        .collect(Collectors.joining(", ")) + ".", width, "", "  "));
            }
        }
        sb.append(TextWrap.block(BottomLine.SHORT_NOTE, width, "", ""));
        sb.append(TextWrap.block(CLOSING, width, "", ""));
        return sb.toString();
    }

    /** The same view as Markdown. */
    public static String markdown(BottomLine b) {
        StringBuilder sb = new StringBuilder("# What the studies behind the article's walking claims show\n\n");
        for (EvidenceStatement s : b.statements()) {
            sb.append("- **").append(s.label()).append(". ").append(s.claim()).append("** ").append(statement(s)).append('\n');
        }
        for (BottomLine.FamilyTable f : b.families()) {
            sb.append("\n## Summary of findings: ").append(f.title()).append(" (").append(studies(f.studies()))
                    .append(")\n\n");
            if (!f.rows().isEmpty()) {
                TextTable t = TextTable.withHeader("Outcome", "Effect (95% CI)", "Participants (studies)",
                        "Certainty", "What it means");
                f.rows().forEach(r -> t.row(r.outcome(), r.effect(), r.base(), r.certainty().label(), r.meaning() + "."));
                sb.append(t.renderMarkdown());
            }
            if (!f.gaps().isEmpty()) {
                sb.append("\nNot known, no usable numbers: ").append(f.gaps().stream().map(d -> d.label())
                        .collect(Collectors.joining(", "))).append(".\n");
            }
        }
        sb.append('\n').append(BottomLine.WORDING_NOTE).append(' ').append(BottomLine.SIZE_NOTE).append("\n\n")
                .append(CLOSING).append('\n');
        return sb.toString();
    }

    /** The statement; a part without usable numbers first says which part it is. */
    static String statement(EvidenceStatement s) {
        return statement(s, true);
    }

    private static String statement(EvidenceStatement s, boolean also) {
        String text = also ? s.text() : (s.brief() + " " + briefly(s.also())).strip();
        if (!also && s.certainty().isEmpty()) {
            text = firstReason(text);
        }
        if (s.certainty().isEmpty() && !s.part().isEmpty()) {
            return s.part() + " - " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /**
     * The note against another comparator without its numbers ("Against alternate interventions, it did worse
     * on pain."): the one-screen view keeps the direction, 'claims' keeps the numbers.
     */
    static String briefly(String also) {
        return also.replaceAll("\\s*\\([^()]*\\)\\.?$", ".").replaceFirst(", .+? did (worse|better) on ", ", it did $1 on ");
    }

    /** "Not known: no study with usable numbers; the first reason" without the curator's further clauses. */
    static String firstReason(String notKnown) {
        int first = notKnown.indexOf("; ");
        int second = first < 0 ? -1 : notKnown.indexOf("; ", first + 2);
        String cut = second < 0 ? notKnown : notKnown.substring(0, second);
        if (cut.chars().filter(c -> c == '(').count() > cut.chars().filter(c -> c == ')').count()) {
            cut = cut.substring(0, cut.lastIndexOf(" ("));
        }
        return cut.endsWith(".") ? cut : cut + ".";
    }

    static String studies(int n) {
        return n == 1 ? "1 study" : n + " studies";
    }
}
