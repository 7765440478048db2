package org.walkstudy.cli.report;

import static org.walkstudy.cli.format.ComparisonFormat.num;
import static org.walkstudy.cli.format.ComparisonFormat.pct;
import static org.walkstudy.cli.format.ComparisonFormat.signed;

import java.util.List;
import java.util.Locale;

import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.BlockBootstrap;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.Interval;
import org.walkstudy.analysis.personal.compare.PersonalOutcome;
import org.walkstudy.analysis.personal.compare.WeeklyAdherence;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.chart.PersonalCharts;
import org.walkstudy.cli.chart.TrendChart;
import org.walkstudy.datasets.csv.StudyDataset;

/**
 * The person's comparison with a walking protocol, with the numbers {@code walkstudy compare} prints (same
 * rounding) and its two charts. A synthetic example says so before anything else.
 */
record PersonalSection(ComparisonReport report, boolean synthetic, Figure trend, Figure forest) {
    PersonalSection {
        if (report == null || trend == null || forest == null) {
            throw new IllegalArgumentException("the personal section needs the comparison and both charts");
        }
    }

    static PersonalSection of(DailyTable table, ComparisonReport r, boolean synthetic, StudyDataset studies) {
        String who = synthetic ? "SYNTHETIC EXAMPLE person" : "You";
        TrendChart.Input trend = PersonalCharts.trend(table, r, who + ": " + r.protocol().id() + " protocol, daily dose");
        ForestPlot.Input forest = PersonalCharts.forest(r, studies, who + " (" + r.period() + " vs " + r.baseline() + ")",
                who + ": " + r.outcome().id() + " beside the studies");
        return new PersonalSection(r, synthetic,
                Figure.of(TrendChart.render(trend), "Line chart of " + (synthetic ? "the synthetic person's" : "your")
                        + " daily walking with a 7-day mean, the protocol's target, and the baseline and period shaded.",
                        "Daily walking dose against the " + r.protocol().id() + " protocol's target."),
                Figure.of(ForestPlot.render(forest), "Forest plot of published " + r.outcome().id()
                        + " differences beside " + (synthetic ? "the synthetic person's" : "your") + " own change "
                        + signed(r.meanDifference().estimate()) + " " + r.outcome().unit() + ".",
                        "Published results in the same units, and the change from baseline as its own group "
                                + "(one person, not a trial)."));
    }

    void render(Html page) {
        page.heading(2, "personal", synthetic ? "SYNTHETIC EXAMPLE: a generated person against a protocol"
                : "Your walks against a protocol");
        if (synthetic) {
            page.raw("<p class=\"warning\"><strong>SYNTHETIC EXAMPLE:</strong> a generated person, not real data.</p>\n");
        }
        page.table(facts());
        page.raw(trend.markup()).raw(forest.markup());
        page.heading(3, "personal-weeks", "Weekly adherence");
        page.table(weeks());
        page.heading(3, "personal-caveats", "What this can and cannot show");
        page.list(report.caveats().isEmpty() ? List.of(ComparisonReport.NOT_A_TRIAL) : report.caveats());
    }

    private HtmlTable facts() {
        ComparisonReport r = report;
        PersonalOutcome o = r.outcome();
        Interval d = r.meanDifference();
        Interval t = r.trendPerWeek();
        String adherence = pct(r.meanAdherence()) + " of prescribed sessions on average"
                + (r.doseRatio().isPresent() ? "; dose achieved " + pct(r.doseRatio().getAsDouble()) + " of prescribed" : "");
        return HtmlTable.of("The comparison", List.of("Item", "Value"))
                .withRow("Protocol", Html.escape(r.protocol().id() + ": " + r.protocol().dose().description()))
                .withRow("Protocol source", Html.link(r.protocol().source()))
                .withRow("Outcome", Html.escape(o.id() + " (" + o.measure().column() + ", " + o.unit() + "; "
                        + (o.lowerIsBetter() ? "lower" : "higher") + " is better)"))
                .withRow("Baseline", Html.escape(r.baseline() + ": " + r.baselineDays() + " days, mean " + num(r.baselineMean())))
                .withRow("Period", Html.escape(r.period() + ": " + r.periodDays() + " days, mean " + num(r.periodMean())))
                .withRow("Change", Html.escape(signed(d.estimate()) + " " + o.unit() + ", 95% CI " + signed(d.lower())
                        + " to " + signed(d.upper()) + " (moving-block bootstrap: blocks of "
                        + BlockBootstrap.blockLength(r.baselineDays()) + "/" + BlockBootstrap.blockLength(r.periodDays())
                        + " days, " + r.resamples() + " resamples, seed " + r.seed() + ")"))
                .withRow("Trend", Html.escape(signed(t.estimate()) + " " + o.unit() + " per week over the period, 95% CI "
                        + signed(t.lower()) + " to " + signed(t.upper()) + " (Theil-Sen)"))
                .withRow("Adherence", Html.escape(adherence));
    }

    private HtmlTable weeks() {
        HtmlTable t = HtmlTable.of("Weekly adherence", List.of("Week from", "Days with data", "Sessions",
                "Prescribed", "Walk min", "Mean steps", "Adherence"));
        for (WeeklyAdherence w : report.weeks()) {
            t = t.withRow(w.weekStart().toString(), String.valueOf(w.daysWithData()), String.valueOf(w.sessions()),
                    num(w.sessionsPrescribed()), w.walkMinutes().isPresent() ? num(w.walkMinutes().getAsDouble()) : "",
                    w.meanSteps().isPresent() ? String.format(Locale.ROOT, "%.0f", w.meanSteps().getAsDouble()) : "",
                    pct(w.adherence()));
        }
        return t;
    }
}
