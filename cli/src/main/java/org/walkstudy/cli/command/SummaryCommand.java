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
                "The text fits the terminal (COLUMNS, else its width, else 80 columns).",
                "With --out DIR: also write summary.md and a forest plot (PNG) per pooled outcome into DIR, all of "
                        + "them or none."})
public final class SummaryCommand implements Callable<Integer> {
    @Mixin
    StudySource source;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|markdown|json",
            description = "Output format (default: ${DEFAULT-VALUE}). json carries the statements and every row.")
    OutputFormat format;

    @Option(names = "--full", description = "Every result of every outcome with its source, not only the bottom line.")
    boolean full;

    @Mixin
    OutputOptions output;

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
        if (output.optional().isPresent()) {
            writeFiles(output.optional().get(), families, bottomLine);
        }
        return 0;
    }

    /**
     * summary.md and one forest plot per pooled outcome and measure (forest-FAMILY-OUTCOME-MEASURE.png) into
     * {@code dir}: all of them or, when one cannot be written, none.
     */
    private void writeFiles(Path dir, List<FamilySummary> families, BottomLine bottomLine) {
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
            batch.add(summary, BottomLineText.markdown(bottomLine) + "\n" + SummaryText.markdown(families));
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
