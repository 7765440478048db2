package org.walkstudy.cli.report;

import java.util.List;
import java.util.Optional;

import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.cli.chart.DatasetCharts;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.chart.FunnelPlot;
import org.walkstudy.cli.summary.FamilySummary;

/**
 * The forest plot of one outcome's results with confidence intervals, and its funnel plot where enough
 * independent primary studies share the outcome (otherwise the sentence that says why there is none).
 */
record OutcomeFigures(Figure forest, Optional<Figure> funnel, String noFunnel) {
    OutcomeFigures {
        if (forest == null || funnel == null || funnel.isEmpty() == noFunnel.isBlank()) {
            throw new IllegalArgumentException("a forest plot, and a funnel plot or the reason there is none");
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
        String what = outcome.domain().label() + " (" + family.title() + ")";
        int n = forest.subgroups().stream().mapToInt(g -> g.rows().size()).sum();
        String results = n == 1 ? "1 result" : n + " results";
        boolean pooled = !forest.overall().isEmpty() || forest.subgroups().stream().anyMatch(g -> !g.pooled().isEmpty());
        Figure forestFigure = Figure.of(ForestPlot.render(forest), "Forest plot of " + results + " on "
                + forest.measure() + " for " + what + "; the numbers are in the table above.",
                "Forest plot: " + what + ", each result with its 95% CI as reported"
                        + (pooled ? ", and the random-effects pool (diamond)." : "."));
        Optional<String> why = charts.whyNoFunnel();
        Optional<Figure> funnel = why.isPresent() ? Optional.empty() : Optional.of(Figure.of(
                FunnelPlot.render(charts.funnel(true)), "Contour-enhanced funnel plot of the same " + results
                        + " against their standard errors.",
                "Funnel plot: " + what + "; shading marks p < .10 / .05 / .01."));
        return Optional.of(new OutcomeFigures(forestFigure, funnel, why.orElse("")));
    }
}
