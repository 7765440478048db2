package org.walkstudy.cli.report;

import java.util.List;
import java.util.Optional;

import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.WeeklyAdherence;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.chart.PersonalCharts;
import org.walkstudy.cli.chart.PersonalDashboard;
import org.walkstudy.cli.format.ComparisonFormat;
import org.walkstudy.datasets.csv.StudyDataset;

/**
 * The person's comparison with a walking protocol, with the lines {@code walkstudy compare} prints (the same
 * {@link ComparisonFormat}) and its charts: the person's own chart, and the published results' forest plot
 * when there are any. A synthetic example says so before anything else.
 */
record PersonalSection(ComparisonReport report, boolean synthetic, Figure person, Optional<Figure> forest) {
    PersonalSection {
        if (report == null || person == null || forest == null) {
            throw new IllegalArgumentException("the personal section needs the comparison and its chart");
        }
    }

    static PersonalSection of(DailyTable table, ComparisonReport r, boolean synthetic, StudyDataset studies) {
        String who = synthetic ? "SYNTHETIC EXAMPLE person" : "You";
        String whose = synthetic ? "the synthetic person's" : "your";
        PersonalDashboard.Input chart = PersonalCharts.dashboard(table, r, who + ": " + r.protocol().id() + " protocol");
        Optional<ForestPlot.Input> forest = PersonalCharts.forest(r, studies, "the chart above",
                "Published " + r.outcome().id() + " results (between-group effects)");
        return new PersonalSection(r, synthetic,
                Figure.of(PersonalDashboard.render(chart), "Panels of " + whose + " daily walking against the protocol's "
                        + "target, weekly walking against WHO's 150 minutes, days with data each week, the "
                        + r.outcome().id() + " over time, " + whose + " own before/after change, and the outcome against "
                        + "same-day and next-day walking.", "Walking, data coverage and " + r.outcome().id()
                        + " against the " + r.protocol().id() + " protocol. " + ComparisonReport.NOT_COMPARABLE),
                forest.map(f -> Figure.of(ForestPlot.render(f), "Forest plot of published " + r.outcome().id()
                        + " differences between walking and control groups.", "Published results in the same units; "
                        + whose + " own change is not among them (no control group).")));
    }

    void render(Html page) {
        page.heading(2, "personal", synthetic ? "SYNTHETIC EXAMPLE: a generated person against a protocol"
                : "Your walks against a protocol");
        if (synthetic) {
            page.raw("<p class=\"warning\"><strong>SYNTHETIC EXAMPLE:</strong> a generated person, not real data.</p>\n");
        }
        page.table(facts());
        page.raw(person.markup());
        if (forest.isPresent()) {
            page.raw(forest.get().markup());
        } else {
            page.paragraph(noForest(report));
        }
        page.heading(3, "personal-weeks", "Weekly adherence");
        page.table(weeks());
        page.heading(3, "personal-caveats", "What this can and cannot show");
        page.list(report.caveats().isEmpty() ? List.of(ComparisonReport.NOT_A_TRIAL) : report.caveats());
    }

    /** Said where the forest plot would be. */
    static String noForest(ComparisonReport r) {
        return "No published " + r.outcome().id() + " result in " + r.outcome().unit() + " with a CI was found, so there is "
                + "no forest plot of studies to set beside this.";
    }

    private HtmlTable facts() {
        HtmlTable t = HtmlTable.of("The comparison", List.of("Item", "Value"));
        for (String[] fact : ComparisonFormat.facts(report)) {
            t = t.withRow(fact[0], fact[0].equals("Source") ? Html.link(fact[1]) : Html.escape(fact[1]));
        }
        return t;
    }

    private HtmlTable weeks() {
        HtmlTable t = HtmlTable.of("Weekly adherence", ComparisonFormat.WEEK_HEADER);
        for (WeeklyAdherence w : report.weeks()) {
            t = t.withRow(ComparisonFormat.weekCells(w).stream().map(Html::escape).toArray(String[]::new));
        }
        return t;
    }
}
