package org.walkstudy.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.analysis.summary.PooledResult;
import org.walkstudy.cli.chart.ChartFormat;
import org.walkstudy.cli.chart.ChartImage;
import org.walkstudy.cli.chart.ChartWriter;
import org.walkstudy.cli.chart.DatasetCharts;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.format.Json;
import org.walkstudy.cli.format.OutputFormat;
import org.walkstudy.core.output.AtomicFile;
import org.walkstudy.core.output.AtomicFileBatch;
import org.walkstudy.cli.summary.FamilySummary;
import org.walkstudy.cli.summary.SummaryJson;
import org.walkstudy.cli.summary.SummaryText;
import org.walkstudy.datasets.Catalogue;
import org.walkstudy.datasets.Family;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy summary}: the main job, what the studies behind each walking claim found. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Summarise what the studies found, outcome by outcome, like a summary-of-findings table.",
                "With --out DIR: also write summary.md and a forest plot (PNG) per pooled outcome into DIR, all of "
                        + "them or none."})
public final class SummaryCommand implements Callable<Integer> {
    @Mixin
    StudySource source;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|markdown|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<FamilySummary> families = families(source);
        PrintWriter stdout = spec.commandLine().getOut();
        switch (format) {
            case JSON -> stdout.print(Json.write(SummaryJson.of(families)));
            case MARKDOWN -> stdout.print(SummaryText.markdown(families));
            case CSV -> throw new IllegalArgumentException("summary has no CSV format; use table, markdown or json");
            default -> stdout.print(SummaryText.text(families));
        }
        stdout.flush();
        if (output.optional().isPresent()) {
            writeFiles(output.optional().get(), families);
        }
        return 0;
    }

    /**
     * summary.md and one forest plot per pooled outcome and measure (forest-FAMILY-OUTCOME-MEASURE.png) into
     * {@code dir}: all of them or, when one cannot be written, none.
     */
    private void writeFiles(Path dir, List<FamilySummary> families) {
        record Forest(Path file, FamilySummary family, OutcomeSummary outcome, PooledResult pool) {
        }
        Path summary = dir.resolve("summary.md");
        List<Forest> forests = new ArrayList<>();
        for (FamilySummary fam : families) {
            for (OutcomeSummary o : fam.outcomes()) {
                for (PooledResult p : o.pools()) {
                    String name = "forest-" + fam.code() + "-" + o.domain().code() + "-"
                            + p.measure().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".png";
                    forests.add(new Forest(dir.resolve(name), fam, o, p));
                }
            }
        }
        List<Path> targets = new ArrayList<>(List.of(summary));
        forests.forEach(f -> targets.add(f.file()));
        targets.forEach(t -> output.check(t, source.inputs)); // before the charts are drawn
        try (AtomicFileBatch batch = AtomicFileBatch.create(output.force(), AtomicFile.Access.READABLE_BY_ALL)) {
            batch.add(summary, SummaryText.markdown(families));
            for (Forest f : forests) {
                ChartImage chart = ForestPlot.render(DatasetCharts.of(f.family().data(), f.outcome().domain(),
                        f.pool().measure(), f.family().title() + ": " + f.outcome().domain().label()).forest());
                batch.add(f.file(), ChartWriter.encode(chart, ChartFormat.PNG));
            }
            batch.commit();
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(e.getFile() + " exists: choose another folder or add --force", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter err = spec.commandLine().getErr();
        targets.forEach(t -> err.println("wrote " + t));
        err.flush();
    }

    /** The families selected by --family, or the user's own files as one family. */
    static List<FamilySummary> families(StudySource source) {
        List<FamilySummary> out = new java.util.ArrayList<>();
        if (!source.inputs.isEmpty()) {
            out.add(FamilySummary.of("input", "Your studies", source.inputsOnly()));
        }
        if (!source.bundledLeftOut()) {
            out.addAll(FamilySummary.bundled(Catalogue.bundled(), source.bundledFamily()));
        }
        return out;
    }
}
