package org.walkstudy.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.verdict.ClaimAssessment;
import org.walkstudy.analysis.verdict.Verdict;
import org.walkstudy.cli.summary.BottomLine;
import org.walkstudy.cli.summary.ClaimsView;
import org.walkstudy.cli.summary.FamilySummary;
import org.walkstudy.cli.summary.SummaryJson;
import org.walkstudy.datasets.csv.StudyDataset;

/**
 * The whole report page, answer first: the bottom line (one GRADE statement per claim), a summary-of-findings
 * table per family, then the details in closed {@code <details>} sections (claims with verdicts, each
 * family's complete listing with its charts, how it was computed), the personal comparison when there is one,
 * and a footer with the command that made it. Closed sections are not printed, so the printed page stays
 * short. Headings go h1, h2, h3 without skipping a level. The markup is also well-formed XML (void elements
 * closed with {@code />}), so tests and tools can parse the page with an XML parser.
 */
public final class HtmlReport {
    private final List<ClaimsView.Assessed> claims;
    private final BottomLine bottomLine;
    private final List<FamilySection> families;
    private final Optional<PersonalSection> personal;
    private final Colophon colophon;

    private HtmlReport(List<ClaimsView.Assessed> claims, BottomLine bottomLine, List<FamilySection> families,
            Optional<PersonalSection> personal, Colophon colophon) {
        if (personal == null || colophon == null || bottomLine == null) {
            throw new IllegalArgumentException("the bottom line, personal (possibly empty) and the colophon must be given");
        }
        this.claims = List.copyOf(claims);
        this.bottomLine = bottomLine;
        this.families = List.copyOf(families);
        this.personal = personal;
        this.colophon = colophon;
    }

    /**
     * The report of {@code claims} and {@code families}; the family tables are built from
     * {@link SummaryJson#of} so they show the numbers {@code walkstudy summary --format json} gives.
     *
     * @param software the version line, e.g. "walkstudy 0.1.0"
     * @param generated when the page was made, as the reader should see it
     * @param args the command's arguments, exactly as given
     */
    public static HtmlReport of(List<ClaimsView.Assessed> claims, List<FamilySummary> families, String software,
            String generated, List<String> args) {
        List<Map<String, Object>> json = SummaryJson.of(families);
        List<FamilySection> sections = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            sections.add(FamilySection.of(families.get(i), json.get(i)));
        }
        return new HtmlReport(claims, BottomLine.of(claims, families), sections, Optional.empty(),
                Colophon.of(software, generated, args));
    }

    /** This report with the person's comparison and its charts (the studies are drawn beside the person). */
    public HtmlReport withPersonal(DailyTable table, ComparisonReport report, boolean synthetic, StudyDataset studies) {
        return new HtmlReport(claims, bottomLine, families,
                Optional.of(PersonalSection.of(table, report, synthetic, studies)), colophon);
    }

    public String html() {
        Html page = new Html();
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                // Belt and braces: even if a future chart carried a reference, the browser may load nothing.
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\" />\n")
                .raw("<meta name=\"generator\" content=\"").text(colophon.software()).raw("\" />\n")
                .raw("<title>walkstudy report</title>\n<style>\n").raw(PageStyle.CSS).raw("</style>\n</head>\n<body>\n")
                .raw("<header>\n").heading(1, "top", "walkstudy report: walking research, checked")
                .paragraph("What the published studies behind a popular article's walking claims found, with the "
                        + "source of every number" + (personal.isPresent() ? ", and one person's walks beside them." : "."))
                .raw("</header>\n");
        contents(page);
        page.raw("<main>\n");
        BottomLineHtml.render(page, bottomLine);
        page.heading(2, "details", "The details");
        page.paragraph("Each section below opens on a click (and is left out when the page is printed): the claims "
                + "with their verdicts, every result of every family with its source and charts, and how it was "
                + "computed.");
        details(page, () -> claimsSection(page));
        families.forEach(f -> details(page, () -> f.render(page)));
        details(page, () -> methods(page));
        personal.ifPresent(p -> p.render(page));
        page.raw("</main>\n");
        footer(page);
        return page.raw("</body>\n</html>\n").toString();
    }

    /** A closed section: its first heading is the summary a reader clicks. */
    private static void details(Html page, Runnable body) {
        page.raw("<details>\n");
        body.run();
        page.raw("</details>\n");
    }

    private void contents(Html page) {
        page.raw("<nav aria-label=\"Contents\">\n<ul>\n<li><a href=\"#bottom-line\">The bottom line</a></li>\n"
                + "<li><a href=\"#findings\">Summary of findings</a></li>\n"
                + "<li><a href=\"#claims\">The article&#39;s claims (details)</a></li>\n");
        for (FamilySection f : families) {
            page.raw("<li><a href=\"#family-").text(f.family().code()).raw("\">").text(f.family().title()).raw("</a></li>\n");
        }
        personal.ifPresent(p -> page.raw("<li><a href=\"#personal\">")
                .text(p.synthetic() ? "SYNTHETIC EXAMPLE person" : "Your walks").raw("</a></li>\n"));
        page.raw("<li><a href=\"#methods\">How this was computed</a></li>\n</ul>\n</nav>\n");
    }

    private void claimsSection(Html page) {
        page.raw("<summary>");
        page.heading(3, "claims", "The article's claims and their verdicts");
        page.raw("</summary>\n");
        page.paragraph("Each claim with the verdict its evidence earns. A result counts only with a confidence "
                + "interval from a primary source and no exclusion flag; one study is never a body of evidence.");
        HtmlTable t = HtmlTable.of("Claims and verdicts", List.of("#", "Claim", "Verdict", "What the evidence shows",
                "Studies with numbers", "Participants", "Certainty", "Note"));
        for (ClaimsView.Assessed c : claims) {
            ClaimAssessment a = c.assessment();
            String verdict = a.verdict().label();
            t = t.withRow(String.valueOf(a.claim().number()), Html.escape(a.claim().statement()),
                    "<span class=\"verdict verdict-" + Html.escape(verdict.toLowerCase(Locale.ROOT).replace(' ', '-'))
                            + "\">" + Html.escape(verdict) + "</span>",
                    Html.escape(String.join(" ", c.statements().stream().map(BottomLineHtml::statement).toList())),
                    Html.escape(a.studiesWithNumbers() + " of " + a.studiesCited() + " cited"),
                    a.participants() > 0 ? String.valueOf(a.participants()) : "-",
                    Html.escape(a.certainty().map(r -> r.describe()).orElse("-")), Html.escape(a.claim().note()));
        }
        page.table(t);
    }

    private void methods(Html page) {
        page.raw("<summary>");
        page.heading(3, "methods", "How this was computed");
        page.raw("</summary>\n");
        page.heading(4, "methods-model", "Pooling");
        page.paragraph("Primary studies (not reviews) with a derivable effect size on the same measure and instrument "
                + "are pooled with a random-effects model: REML estimate of tau², Knapp-Hartung confidence interval "
                + "when k >= 3 and a Wald z interval for k = 2, with the 95% prediction interval and I². Reviews' own "
                + "pooled estimates are shown exactly as reported and never re-pooled. Flagged results "
                + "(inconsistent, indirect, direction unstated, secondary source) are shown but never pooled or drawn.");
        page.heading(4, "methods-certainty", "Certainty");
        page.paragraph("A plain simplification of GRADE: start from the design (randomised trial high; controlled "
                + "trial and systematic review moderate; cohort low; pre/post and cross-sectional very low), then go "
                + "down one level for each concern: imprecision (no CI, a CI including no effect, or fewer than 400 "
                + "participants), a single primary study, inconsistency (I² of 50% or more), numbers read from a "
                + "secondary source. The reasons are printed beside every rating.");
        page.heading(4, "methods-wording", "Wording");
        page.paragraph(BottomLine.WORDING_NOTE + " " + BottomLine.SIZE_NOTE);
        page.heading(4, "methods-verdicts", "Verdicts");
        HtmlTable rules = HtmlTable.of("Verdict rules", List.of("Verdict", "Rule"));
        for (Verdict v : Verdict.values()) {
            rules = rules.withRow(Html.escape(v.label()), Html.escape(v.rule()));
        }
        page.table(rules);
        page.paragraph("The full rules are in docs/verdicts.md in the walkstudy sources.");
        page.heading(4, "methods-software", "Software");
        page.table(HtmlTable.of("Software", List.of("Component", "Version"))
                .withRow("walkstudy", Html.escape(colophon.software()))
                .withRow("Java", Html.escape(colophon.java())));
    }

    private void footer(Html page) {
        page.raw("<footer>\n<p>Made ").text(colophon.generated()).raw(" with <code>").text(colophon.command())
                .raw("</code></p>\n<p>This page loads nothing: charts are inline SVG and styles are inline; links "
                        + "to sources open only when you follow them.</p>\n</footer>\n");
    }
}
