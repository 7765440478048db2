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

    /** The one-screen view, no line wider than {@code width}. */
    public static String text(BottomLine b, int width) {
        StringBuilder sb = new StringBuilder();
        sb.append(TextWrap.block("What the studies behind the article's walking claims show (each claim, "
                + "then what the evidence says):", width, "", ""));
        String lastClaim = "";
        for (EvidenceStatement s : b.statements()) {
            String number = s.label().replaceAll("[^0-9]", "");
            String pad = " ".repeat(number.length() + 2);
            if (!s.claim().equals(lastClaim)) {
                sb.append(TextWrap.truncated(number + ". " + s.claim(), width)).append('\n');
                lastClaim = s.claim();
            }
            String part = s.label().equals(number) ? "> " : s.label().substring(number.length()) + ") ";
            sb.append(TextWrap.block(statement(s), width, pad + part, pad + " ".repeat(part.length())));
        }
        for (BottomLine.FamilyTable f : b.families()) {
            sb.append('\n').append(TextWrap.block("Summary of findings: " + f.title() + " (" + studies(f.studies())
                    + ")", width, "", ""));
            if (!f.rows().isEmpty()) {
                TextTable t = TextTable.withHeader("Outcome", "Effect (95% CI)", "N (studies)", "Certainty",
                        "Means");
                for (FindingsTable.Row r : f.rows()) {
                    t.row(r.outcome(), r.effect(), r.base(), r.certainty().label(), r.phrase());
                }
                sb.append(t.render(width, TextTable.Overflow.WRAP));
            }
            if (!f.gaps().isEmpty()) {
                sb.append(TextWrap.block("Not known, no usable numbers: " + f.gaps().stream().map(d -> d.label())
                        .collect(Collectors.joining(", ")) + ".", width, "", "  "));
            }
        }
        sb.append('\n');
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
                TextTable t = TextTable.withHeader("Outcome", "Best evidence (95% CI)", "Participants (studies)",
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
        return (s.certainty().isEmpty() && !s.part().isEmpty() ? s.part() + ": " : "") + s.text();
    }

    static String studies(int n) {
        return n == 1 ? "1 study" : n + " studies";
    }
}
