package org.walkstudy.cli.summary;

import java.util.List;

import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.analysis.summary.SummaryRow;
import org.walkstudy.cli.format.TextTable;
import org.walkstudy.cli.format.TextWrap;

/**
 * The complete listing ({@code summary --full}) for a terminal, in blocks per result fitted to a width, and as
 * Markdown (a summary-of-findings table per outcome).
 */
public final class SummaryText {

    private SummaryText() {
    }

    public static String text(List<FamilySummary> families, int width) {
        StringBuilder sb = new StringBuilder();
        for (FamilySummary fam : families) {
            sb.append(TextWrap.block("== " + fam.title() + " (" + fam.code() + "): "
                    + BottomLineText.studies(fam.data().studies().size()) + ", " + results(fam.data().findings().size())
                    + " ==", width, "", "   "));
            for (OutcomeSummary o : fam.outcomes()) {
                sb.append("\n-- ").append(o.domain().label()).append(" --\n");
                for (SummaryRow r : o.rows()) {
                    String head = "  [" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + "] " + r.outcome()
                            + ": " + r.effect() + " | " + r.participants()
                            + r.certainty().map(c -> " | certainty " + c.certainty().label()).orElse("");
                    sb.append(TextWrap.block(head, width, "  ", "      "));
                    r.certainty().filter(c -> c.reasons().size() > 1).ifPresent(c -> sb.append(TextWrap.block(
                            "certainty: " + c.describe(), width, "      ", "      ")));
                    sb.append(TextWrap.block(r.comment(), width, "      ", "      "));
                    String who = r.studies().stream().map(fam::citationOf).distinct()
                            .collect(java.util.stream.Collectors.joining("; "));
                    sb.append(TextWrap.block("source: " + who + " " + String.join(" ", r.sources()), width, "      ",
                            "      "));
                }
            }
            sb.append('\n');
        }
        sb.append(TextWrap.block(footer(families), width, "", ""));
        return sb.toString();
    }

    public static String markdown(List<FamilySummary> families) {
        StringBuilder sb = new StringBuilder("# walkstudy summary of findings\n\n");
        for (FamilySummary fam : families) {
            sb.append("## ").append(fam.title()).append("\n\n").append(BottomLineText.studies(fam.data().studies().size()))
                    .append(", ").append(results(fam.data().findings().size())).append(".\n\n");
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
        sb.append(footer(families)).append('\n');
        return sb.toString();
    }

    /** How the listing was made; pooling is described only when something was pooled. */
    static String footer(List<FamilySummary> families) {
        boolean pooled = families.stream().flatMap(f -> f.outcomes().stream()).anyMatch(o -> !o.pools().isEmpty());
        return (pooled ? "Pooled: random effects (REML; Knapp-Hartung when k >= 3) over primary studies with "
                + "derivable effect sizes on the same measure. " : "Nothing here is pooled by walkstudy: no two "
                + "primary studies share a measure and instrument with derivable effect sizes. ")
                + "Reviews' own pooled estimates are shown as reported, never re-pooled. Certainty: a simplified "
                + "GRADE (see docs/verdicts.md). One study is not a body of evidence.";
    }

    private static String results(int n) {
        return n == 1 ? "1 result" : n + " results";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
