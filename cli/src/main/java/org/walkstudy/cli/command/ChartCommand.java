package org.walkstudy.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.walkstudy.analysis.run.MetaAnalysis;
import org.walkstudy.analysis.run.MetaResult;
import org.walkstudy.cli.chart.BubblePlot;
import org.walkstudy.cli.chart.ChartFormat;
import org.walkstudy.cli.chart.ChartImage;
import org.walkstudy.cli.chart.ChartWriter;
import org.walkstudy.cli.chart.DatasetCharts;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.chart.FunnelPlot;
import org.walkstudy.cli.chart.MetaCharts;
import org.walkstudy.cli.chart.SensitivityPlot;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.datasets.Catalogue;
import org.walkstudy.datasets.DatasetEntry;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy chart}: draws a chart of a meta-analysis or of a bundled dataset to PNG, SVG or PDF. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw a forest, funnel, cumulative, leave-one-out or bubble chart as PNG, SVG or PDF "
                + "(chosen by the --out extension: FILE.png, FILE.svg or FILE.pdf). Prints the path written.",
                "With --input: a meta-analysis of your CSV (the options of 'walkstudy meta'). With --dataset: the "
                + "results of a bundled dataset for one --outcome, as reported."})
public final class ChartCommand implements Callable<Integer> {

    /** The chart types. */
    public enum Kind { FOREST, FUNNEL, CUMULATIVE, LEAVE1OUT, BUBBLE }

    @Parameters(index = "0", paramLabel = "forest|funnel|cumulative|leave1out|bubble", description = "Which chart to draw.")
    Kind kind;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Exactly one of the two data sources. */
    static final class Source {
        @Option(names = "--input", paramLabel = "FILE.csv", description = "A CSV in metafor's column names.")
        Path input;

        @Option(names = "--dataset", paramLabel = "ID", description = "A bundled dataset (see 'walkstudy datasets').")
        String dataset;
    }

    @Mixin
    MetaModelOptions model;

    @Option(names = "--outcome", paramLabel = "DOMAIN", description = "With --dataset: the outcome, e.g. pain, body-weight.")
    String outcome;

    @Option(names = "--better", defaultValue = "lower", paramLabel = "lower|higher",
            description = "With --input: which direction of the measure favours walking (default: ${DEFAULT-VALUE}).")
    String better;

    @Option(names = "--common-effect", description = "Forest plot: add the common-effect diamond under the random-effects one.")
    boolean commonEffect;

    @Option(names = "--contours", description = "Funnel plot: shade the p < .10 / .05 / .01 regions.")
    boolean contours;

    @Option(names = "--trimfill", description = "Funnel plot: add trim-and-fill's imputed studies as hollow points.")
    boolean trimFill;

    @Option(names = "--labels", paramLabel = "A,B", split = ",",
            description = "Forest plot of --input: the names of the two arms, for the column headers and the favours "
                    + "labels (default: Walking,Control).")
    List<String> labels;

    @Option(names = "--title", paramLabel = "TEXT", description = "Chart title.")
    String title;

    @Option(names = "--width", paramLabel = "PX", description = "Scale the image to this width (the layout keeps its "
            + "proportions). A chart is at most 65,000 pixels on a side and 60,000,000 pixels in all.")
    Integer width;

    @Option(names = "--height", paramLabel = "PX", description = "Scale the image to this height, when --width is not given.")
    Integer height;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path out = output.required(spec);
        ChartFormat.of(out); // an unknown extension or an existing file fails before any work
        output.check(out, source.input == null ? List.of() : List.of(source.input));
        ChartImage chart = source.input != null ? fromInput(source.input) : fromDataset(source.dataset);
        try {
            ChartWriter.write(sized(chart), out, output.force());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IllegalArgumentException(out + " exists: choose another name or add --force", e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(out);
        stdout.flush();
        return 0;
    }

    private ChartImage sized(ChartImage chart) {
        if (width != null) {
            return chart.scaled(positive("--width", width) / (double) chart.width());
        }
        if (height != null) {
            return chart.scaled(positive("--height", height) / (double) chart.height());
        }
        return chart;
    }

    private static int positive(String option, int value) {
        if (value < 50 || value > 20000) {
            throw new IllegalArgumentException(option + " must be between 50 and 20000 pixels but was " + value);
        }
        return value;
    }

    private ChartImage fromInput(Path input) {
        boolean needsBias = kind == Kind.FUNNEL && trimFill;
        boolean needsSensitivity = kind == Kind.CUMULATIVE || kind == Kind.LEAVE1OUT;
        MetaResult result = MetaAnalysis.run(model.request(input, needsBias, needsSensitivity).build());
        boolean lower = switch (better.toLowerCase(Locale.ROOT)) {
            case "lower" -> true;
            case "higher" -> false;
            default -> throw new IllegalArgumentException("--better must be lower or higher but was '" + better + "'");
        };
        MetaCharts charts = labels == null ? MetaCharts.of(result, title, lower)
                : MetaCharts.of(result, title, lower, armNames().get(0), armNames().get(1));
        return switch (kind) {
            case FOREST -> ForestPlot.render(charts.forest(commonEffect));
            case FUNNEL -> FunnelPlot.render(charts.funnel(contours, trimFill));
            case CUMULATIVE -> SensitivityPlot.render(charts.sensitivity(SensitivityPlot.Kind.CUMULATIVE));
            case LEAVE1OUT -> SensitivityPlot.render(charts.sensitivity(SensitivityPlot.Kind.LEAVE_ONE_OUT));
            case BUBBLE -> {
                if (model.mods.size() != 1) {
                    throw new IllegalArgumentException("a bubble plot needs exactly one moderator: --mods COL");
                }
                yield BubblePlot.render(charts.bubble(model.mods.get(0)));
            }
        };
    }

    /** The two --labels arm names, for the arm headers and the favours labels. */
    private List<String> armNames() {
        if (labels.size() != 2 || labels.stream().anyMatch(String::isBlank)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--labels needs two arm names, e.g. --labels \"Walking,Usual care\", but was " + labels);
        }
        return labels;
    }

    private ChartImage fromDataset(String id) {
        Catalogue catalogue = Catalogue.bundled();
        DatasetEntry entry = catalogue.entry(id).orElseThrow(() -> new IllegalArgumentException("no bundled dataset '"
                + id + "' (see 'walkstudy datasets'; ids: " + String.join(", ", catalogue.entries().stream().map(DatasetEntry::id).toList()) + ")"));
        if (outcome == null) {
            throw new IllegalArgumentException("--dataset needs --outcome (e.g. pain, disability, body-weight)");
        }
        DatasetCharts charts = DatasetCharts.of(catalogue.load(entry), OutcomeDomain.parse(outcome), model.measure,
                title == null ? entry.title() + ": " + outcome : title);
        return switch (kind) {
            case FOREST -> ForestPlot.render(charts.forest());
            case FUNNEL -> FunnelPlot.render(charts.funnel(contours));
            default -> throw new IllegalArgumentException("with --dataset only forest and funnel charts can be drawn; "
                    + kind.name().toLowerCase(Locale.ROOT) + " needs a pooled model: use --input");
        };
    }
}
