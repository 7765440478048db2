package org.walkstudy.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.analysis.summary.PooledResult;
import org.walkstudy.cli.chart.ChartImage;
import org.walkstudy.cli.chart.ChartWriter;
import org.walkstudy.cli.chart.DatasetCharts;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.format.Json;
import org.walkstudy.cli.format.OutputFormat;
import org.walkstudy.core.output.AtomicFile;
import org.walkstudy.cli.format.Terminal;
import org.walkstudy.cli.summary.BottomLine;
import org.walkstudy.cli.summary.BottomLineText;
import org.walkstudy.cli.summary.FamilySummary;
import org.walkstudy.cli.summary.SummaryJson;
import org.walkstudy.cli.summary.SummaryText;
import org.walkstudy.datasets.Catalogue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy summary}: the main job, what the studies behind each walking claim found. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"What the studies behind the article's claims show: one GRADE statement per claim, then a "
                + "summary-of-findings table per family. --full lists every result with its source.",
                "The text fits the terminal (COLUMNS, else its width, else 80 columns)."})
public final class SummaryCommand implements Callable<Integer> {
    @Mixin
    StudySource source;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|markdown|json",
            description = "Output format (default: ${DEFAULT-VALUE}). json carries the statements and every row.")
    OutputFormat format;

    @Option(names = "--full", description = "Every result of every outcome with its source, not only the bottom line.")
    boolean full;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write summary.md and a forest plot (PNG) per pooled outcome into DIR.")
    Path out;

    @Option(names = "--force", description = "Overwrite files in --out.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<FamilySummary> families = families(source);
        BottomLine bottomLine = BottomLine.of(ClaimsCommand.withStatements(source), families);
        PrintWriter stdout = spec.commandLine().getOut();
        switch (format) {
            case JSON -> stdout.print(Json.write(SummaryJson.of(bottomLine, families)));
            case MARKDOWN -> stdout.print(full ? SummaryText.markdown(families) : BottomLineText.markdown(bottomLine));
            case CSV -> throw new IllegalArgumentException("summary has no CSV format; use table, markdown or json");
            default -> stdout.print(full ? SummaryText.text(families, Terminal.width())
                    : BottomLineText.text(bottomLine, Terminal.width()));
        }
        stdout.flush();
        if (out != null) {
            Path file = out.resolve("summary.md");
            try {
                AtomicFile.write(file, BottomLineText.markdown(bottomLine) + "\n" + SummaryText.markdown(families), force,
                        AtomicFile.Access.READABLE_BY_ALL);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new IllegalArgumentException(file + " exists: choose another folder or add --force", e);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            spec.commandLine().getErr().println("wrote " + file);
            writeForestPlots(families);
        }
        return 0;
    }

    /** One forest plot per pooled outcome and measure: forest-FAMILY-OUTCOME-MEASURE.png. */
    private void writeForestPlots(List<FamilySummary> families) {
        for (FamilySummary fam : families) {
            for (OutcomeSummary o : fam.outcomes()) {
                for (PooledResult p : o.pools()) {
                    String name = "forest-" + fam.code() + "-" + o.domain().code() + "-"
                            + p.measure().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".png";
                    Path file = out.resolve(name);
                    ChartImage chart = ForestPlot.render(DatasetCharts.of(fam.data(), o.domain(), p.measure(),
                            fam.title() + ": " + o.domain().label()).forest());
                    try {
                        ChartWriter.write(chart, file, force);
                    } catch (java.nio.file.FileAlreadyExistsException e) {
                        throw new IllegalArgumentException(file + " exists: choose another folder or add --force", e);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    spec.commandLine().getErr().println("wrote " + file);
                }
            }
        }
    }

    /** The families selected by --family, or the user's own files as one family. */
    static List<FamilySummary> families(StudySource source) {
        List<FamilySummary> out = new java.util.ArrayList<>();
        if (source.bundledLeftOut() && source.inputs.isEmpty()) {
            throw new IllegalArgumentException("--family none leaves no studies: give your own with --input FILE.csv");
        }
        if (!source.inputs.isEmpty()) {
            out.add(FamilySummary.of("input", "Your studies", source.inputsOnly()));
        }
        if (!source.bundledLeftOut()) {
            out.addAll(FamilySummary.bundled(Catalogue.bundled(), source.bundledFamily()));
        }
        return out;
    }
}
