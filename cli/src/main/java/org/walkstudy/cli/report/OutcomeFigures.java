package org.walkstudy.cli.report;

import java.util.List;
import java.util.Optional;

import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.cli.chart.DatasetCharts;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.chart.FunnelPlot;
import org.walkstudy.cli.summary.FamilySummary;

/** The forest and funnel plot of one outcome's results with confidence intervals. */
record OutcomeFigures(Figure forest, Figure funnel) {
    OutcomeFigures {
        if (forest == null || funnel == null) {
            throw new IllegalArgumentException("both the forest and the funnel plot are needed");
        }
    }

    /** The outcome's two plots, or none when no result has a CI to draw. */
    static Optional<OutcomeFigures> of(FamilySummary family, OutcomeSummary outcome) {
        String title = family.title() + ": " + outcome.domain().label();
        DatasetCharts charts;
        try {
            charts = DatasetCharts.of(family.data(), outcome.domain(), null, title);
        } catch (IllegalArgumentException nothingToDraw) {
            return Optional.empty(); // the summary rows still show what there is
        }
        ForestPlot.Input forest = charts.forest();
        FunnelPlot.Input funnel = charts.funnel(true);
        String what = outcome.domain().label() + " (" + family.title() + ")";
        int n = forest.subgroups().stream().mapToInt(g -> g.rows().size()).sum();
        return Optional.of(new OutcomeFigures(
                Figure.of(ForestPlot.render(forest), "Forest plot of " + n + " result" + (n == 1 ? "" : "s")
                        + " on " + forest.measure() + " for " + what + "; the numbers are in the table above.",
                        "Forest plot: " + what + ", each result with its 95% CI as reported"
                                + (forest.overall().isEmpty() ? "." : ", and the random-effects pool (diamond).")),
                Figure.of(FunnelPlot.render(funnel), "Contour-enhanced funnel plot of the same " + n + " result"
                        + (n == 1 ? "" : "s") + " against their standard errors.",
                        "Funnel plot: " + what + "; shading marks p < .10 / .05 / .01. Few results make "
                                + "a funnel hard to read.")));
    }

    List<Figure> both() {
        return List.of(forest, funnel);
    }
}
