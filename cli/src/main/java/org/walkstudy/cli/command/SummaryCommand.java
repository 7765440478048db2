package org.walkstudy.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.walkstudy.cli.format.Json;
import org.walkstudy.cli.format.OutputFormat;
import org.walkstudy.cli.output.AtomicFile;
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
        description = "Summarise what the studies found, outcome by outcome, like a summary-of-findings table.")
public final class SummaryCommand implements Callable<Integer> {
    @Mixin
    StudySource source;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|markdown|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write summary.md into DIR.")
    Path out;

    @Option(names = "--force", description = "Overwrite files in --out.")
    boolean force;

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
        if (out != null) {
            Path file = out.resolve("summary.md");
            AtomicFile.write(file, SummaryText.markdown(families), force);
            spec.commandLine().getErr().println("wrote " + file);
        }
        return 0;
    }

    /** The families selected by --family, or the user's own files as one family. */
    static List<FamilySummary> families(StudySource source) {
        if (!source.inputs.isEmpty()) {
            return List.of(FamilySummary.of("input", "Your studies", source.load(Catalogue.bundled())));
        }
        return FamilySummary.bundled(Catalogue.bundled(), source.family == null ? null : Family.parse(source.family));
    }
}
