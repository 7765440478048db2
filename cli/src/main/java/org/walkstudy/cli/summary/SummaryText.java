package org.walkstudy.cli.summary;

import java.util.List;

import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.analysis.summary.SummaryRow;
import org.walkstudy.cli.format.TextTable;

/** The summary for a terminal (blocks per result) and as Markdown (a summary-of-findings table per outcome). */
public final class SummaryText {
    private static final int WRAP = 100;

    private SummaryText() {
    }

    public static String text(List<FamilySummary> families) {
        StringBuilder sb = new StringBuilder();
        for (FamilySummary fam : families) {
            sb.append("== ").append(fam.title()).append(" (").append(fam.code()).append("): ")
                    .append(fam.data().studies().size()).append(" studies, ").append(fam.data().findings().size())
                    .append(" results ==\n");
            for (OutcomeSummary o : fam.outcomes()) {
                sb.append("\n-- ").append(o.domain().label()).append(" --\n");
                for (SummaryRow r : o.rows()) {
                    String head = "  [" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + "] " + r.outcome()
                            + ": " + r.effect() + " | " + r.participants()
                            + r.certainty().map(c -> " | certainty " + c.certainty().label()).orElse("");
                    wrapped(sb, head, "  ", "      ");
                    r.certainty().filter(c -> c.reasons().size() > 1)
                            .ifPresent(c -> wrapped(sb, "certainty: " + c.describe(), "      ", "      "));
                    wrapped(sb, r.comment(), "      ", "      ");
                    String who = r.studies().stream().map(fam::citationOf).distinct()
                            .collect(java.util.stream.Collectors.joining("; "));
                    wrapped(sb, "source: " + who + " " + String.join(" ", r.sources()), "      ", "      ");
                }
            }
            sb.append('\n');
        }
        sb.append(FOOTER);
        return sb.toString();
    }

    public static String markdown(List<FamilySummary> families) {
        StringBuilder sb = new StringBuilder("# walkstudy summary of findings\n\n");
        for (FamilySummary fam : families) {
            sb.append("## ").append(fam.title()).append("\n\n").append(fam.data().studies().size())
                    .append(" studies, ").append(fam.data().findings().size()).append(" results.\n\n");
            for (OutcomeSummary o : fam.outcomes()) {
                sb.append("### ").append(capitalised(o.domain().label())).append("\n\n");
                TextTable t = TextTable.withHeader("Outcome", "Effect (95% CI)", "Participants (studies)",
                        "Certainty", "Comment", "Source");
                for (SummaryRow r : o.rows()) {
                    t.row(r.outcome(), r.effect(), r.participants(),
                            r.certainty().map(c -> c.describe()).orElse("-"), r.comment(),
                            String.join(" ", r.sources().stream().map(u -> "<" + u + ">").toList()));
                }
                sb.append(t.renderMarkdown()).append('\n');
            }
        }
        sb.append(FOOTER);
        return sb.toString();
    }

    static final String FOOTER = "Pooled: random effects (REML; Knapp-Hartung when k >= 3) over primary studies with "
            + "derivable effect sizes on the same measure; reviews' own pooled estimates are shown as reported, never "
            + "re-pooled. Certainty: a simplified GRADE (see docs/verdicts.md). One study is not a body of evidence.\n";

    private static void wrapped(StringBuilder sb, String text, String first, String rest) {
        List<String> lines = wrap(text, WRAP - rest.length());
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
        }
    }

    static List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
