package org.walkstudy.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.walkstudy.cli.chart.BubblePlot;
import org.walkstudy.cli.chart.ChartFormat;
import org.walkstudy.cli.chart.ChartImage;
import org.walkstudy.cli.chart.ChartWriter;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.chart.FunnelPlot;
import org.walkstudy.cli.chart.SensitivityPlot;
import org.walkstudy.cli.chart.TrendChart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code walkstudy chart}: draws a chart of a meta-analysis (or of personal walk data) to PNG, SVG or PDF.
 *
 * <p>SKELETON, not registered in {@code WalkstudyCommand} yet: the options and the writing are here; what
 * is missing is the adapter from the meta-analysis engine's result to the chart input records of
 * {@code org.walkstudy.cli.chart} ({@link #input()}). Register it by adding {@code ChartCommand.class}
 * to the subcommands of {@code WalkstudyCommand} once {@link #input()} is implemented.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draw a forest, funnel, cumulative, leave-one-out, bubble or trend chart as PNG, SVG or PDF.")
public final class ChartCommand implements Callable<Integer> {

    /** The chart types. */
    public enum Kind { FOREST, FUNNEL, CUMULATIVE, LEAVE1OUT, BUBBLE, TREND }

    @Parameters(index = "0", paramLabel = "forest|funnel|cumulative|leave1out|bubble|trend",
            description = "Which chart to draw.")
    Kind kind;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.png|svg|pdf",
            description = "The chart file; its extension chooses the format. Written atomically.")
    Path output;

    @Mixin
    StudySource source;

    @Option(names = "--outcome", paramLabel = "DOMAIN", description = "The outcome to pool (one chart per outcome).")
    String outcome;

    @Option(names = "--moderator", paramLabel = "COLUMN", description = "The moderator of the bubble plot.")
    String moderator;

    @Option(names = "--common-effect", description = "Forest plot: show the common-effect diamond beside the random-effects one.")
    boolean commonEffect;

    @Option(names = "--contours", description = "Funnel plot: shade the p < .10 / .05 / .01 contours.")
    boolean contours;

    @Option(names = "--trim-fill", description = "Funnel plot: add trim-and-fill's imputed studies.")
    boolean trimFill;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ChartFormat.of(output); // an unknown extension fails before any work
        ChartImage chart = render(input());
        ChartWriter.write(chart, output);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + output);
        out.flush();
        return 0;
    }

    /** Draws whichever input record {@link #input()} produced. */
    static ChartImage render(Object input) {
        if (input instanceof ForestPlot.Input f) {
            return ForestPlot.render(f);
        } else if (input instanceof FunnelPlot.Input f) {
            return FunnelPlot.render(f);
        } else if (input instanceof SensitivityPlot.Input s) {
            return SensitivityPlot.render(s);
        } else if (input instanceof BubblePlot.Input b) {
            return BubblePlot.render(b);
        } else if (input instanceof TrendChart.Input t) {
            return TrendChart.render(t);
        }
        throw new IllegalArgumentException("no chart for " + input);
    }

    /**
     * The chart input for {@link #kind}: TO BE WIRED to the meta-analysis engine (analysis module). Per
     * kind: FOREST -> {@link ForestPlot.Input} (rows from the per-study yi/vi/weights, pooled from the fit,
     * PI from predict, heterogeneity tau2/I2/Q, direction from the outcome's lower_is_better); FUNNEL ->
     * {@link FunnelPlot.Input}; CUMULATIVE / LEAVE1OUT -> {@link SensitivityPlot.Input} via
     * {@link SensitivityPlot#steps}; BUBBLE -> {@link BubblePlot.Input} with {@link BubblePlot#line};
     * TREND -> {@link TrendChart.Input} from the personal walk data.
     */
    Object input() {
        throw new UnsupportedOperationException("walkstudy chart " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " is not wired to the meta-analysis engine yet");
    }
}
