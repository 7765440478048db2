package org.walkstudy.cli.report;

import java.util.List;
import java.util.stream.Collectors;

import org.walkstudy.analysis.summary.EvidenceStatement;
import org.walkstudy.analysis.summary.FindingsTable;
import org.walkstudy.cli.summary.BottomLine;

/**
 * The top of the report: the bottom line as plain paragraphs (so it reads on a phone without sideways
 * scrolling), then a summary-of-findings table per family in Cochrane's layout with its gaps.
 */
final class BottomLineHtml {
    private BottomLineHtml() {
    }

    static void render(Html page, BottomLine b) {
        page.heading(2, "bottom-line", "The bottom line");
        page.paragraph("What the studies behind the article's walking claims show, claim by claim. " + BottomLine.WORDING_NOTE);
        page.raw("<ol class=\"bottom-line\">\n");
        String last = "";
        boolean open = false;
        for (EvidenceStatement s : b.statements()) {
            if (!s.claim().equals(last)) {
                if (open) {
                    page.raw("</li>\n");
                }
                page.raw("<li value=\"").text(s.label().replaceAll("[^0-9]", "")).raw("\"><p class=\"claim\">")
                        .text(s.claim()).raw("</p>\n");
                last = s.claim();
                open = true;
            }
            page.raw("<p class=\"statement\">").text(statement(s)).raw("</p>\n");
        }
        if (open) {
            page.raw("</li>\n");
        }
        page.raw("</ol>\n");
        page.paragraph(BottomLine.SIZE_NOTE);
        page.heading(2, "findings", "Summary of findings");
        page.paragraph("Per family, one row per outcome: the best available evidence (walkstudy's pool of primary "
                + "studies, else a review's pooled estimate, else a single study), as printed by its source.");
        for (BottomLine.FamilyTable f : b.families()) {
            page.heading(3, "findings-" + f.code(), f.title() + " (" + (f.studies() == 1 ? "1 study" : f.studies()
                    + " studies") + ")");
            if (!f.rows().isEmpty()) {
                HtmlTable t = HtmlTable.of("Summary of findings: " + f.title(), List.of("Outcome", "Effect (95% CI)",
                        "Participants (studies)", "Certainty", "What it means"));
                for (FindingsTable.Row r : f.rows()) {
                    t = t.withRow(Html.escape(r.outcome()), "<span class=\"effect\">" + Html.escape(minus(r.effect()))
                            + "</span>", Html.escape(r.base()), Html.escape(r.certainty().label()),
                            Html.escape(minus(r.meaning()) + "."));
                }
                page.table(t);
            }
            if (!f.gaps().isEmpty()) {
                page.paragraph("Not known, no usable numbers: " + f.gaps().stream().map(d -> d.label())
                        .collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    /** The statement; a part without usable numbers first says which part it is. */
    static String statement(EvidenceStatement s) {
        return minus((s.part().isEmpty() ? "" : "(" + s.label() + ") " + (s.certainty().isEmpty() ? s.part() + ": " : ""))
                + s.text());
    }

    /** On the page every minus sign is the typographic one (U+2212), as in the charts. */
    static String minus(String text) {
        return text.replaceAll("(?<![\\w-])-(?=\\d|\\.\\d)", "\u2212");
    }
}
