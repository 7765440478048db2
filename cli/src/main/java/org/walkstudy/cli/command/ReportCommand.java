package org.walkstudy.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.SyntheticPerson;
import org.walkstudy.cli.report.HtmlReport;
import org.walkstudy.core.output.AtomicFile;
import org.walkstudy.datasets.Catalogue;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy report}: claims, summary, charts and (optionally) the personal comparison as one HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML page that opens offline: the claims with verdicts, the summary "
                + "of findings with forest and funnel plots, your own data against a protocol (--data), and how it "
                + "was computed.", "--out names the HTML file (e.g. report.html)."})
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    StudySource source;

    @Option(names = "--data", paramLabel = "daily.csv", description = "Add the comparison of this daily CSV "
            + "(from 'walkstudy import') with a walking protocol.")
    Path data;

    @Option(names = "--example", description = "Add the comparison of the bundled SYNTHETIC EXAMPLE person.")
    boolean example;

    @Mixin
    ComparisonOptions comparison;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (example && data != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --data FILE or --example, not both");
        }
        Path out = output.required(spec);
        // Refuse before the slow part: nobody should wait for charts to learn the file exists.
        List<Path> inputs = new ArrayList<>(source.inputs);
        if (data != null) {
            inputs.add(data);
        }
        output.check(out, inputs);
        // The person's data first: a bad daily CSV should fail before the slow part.
        Optional<PersonalInput> personal = data != null || example ? Optional.of(personalInput()) : Optional.empty();
        HtmlReport report = HtmlReport.of(ClaimsCommand.withStatements(source), SummaryCommand.families(source),
                spec.root().version()[0], ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm 'UTC'")), spec.root().commandLine().getParseResult().originalArgs());
        if (personal.isPresent()) {
            Catalogue catalogue = Catalogue.bundled();
            report = report.withPersonal(personal.get().table(), personal.get().comparison(), example,
                    catalogue.load(catalogue.entries()));
        }
        write(report.html(), out);
        spec.commandLine().getErr().println("wrote " + out);
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** The person's daily table and its comparison with the protocol. */
    private record PersonalInput(DailyTable table, ComparisonReport comparison) {
    }

    private PersonalInput personalInput() {
        ComparisonOptions.Choice choice = comparison.choice(spec);
        DailyTable table = example ? SyntheticPerson.bundled() : DailyTable.read(data);
        // compare's options, defaults and bootstrap seed, so both show the same numbers.
        return new PersonalInput(table, choice.compare(table, SyntheticPerson.SEED));
    }

    private void write(String html, Path out) {
        try {
            // A report of the person's own data is as private as their daily.csv.
            AtomicFile.write(out, html, output.force(),
                    data != null ? AtomicFile.Access.OWNER_ONLY : AtomicFile.Access.READABLE_BY_ALL);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(out + " exists: choose another name or add --force", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
