package org.walkstudy.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.walkstudy.analysis.personal.DailyCsvFile;
import org.walkstudy.analysis.personal.DecimalMark;
import org.walkstudy.analysis.personal.DetectedInput;
import org.walkstudy.analysis.personal.ExportDetection;
import org.walkstudy.analysis.personal.FileKind;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.InputSize;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.cli.format.ProgressBar;
import org.walkstudy.core.input.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy import}: personal walk data from an export into one daily CSV (see docs/personal-data.md). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import your walk data (Apple Health, Health Connect, Samsung Health, Fitbit, Garmin, Strava, GPX, "
                + "TCX, Google Fit, or your own CSV diary) into one daily CSV. Each file or folder is recognised by its "
                + "content unless --from names the format.",
                "Nothing is counted twice: exact duplicate records count once, and where devices overlap in time the "
                        + "first in --sources (else watch, phone, apps) counts for that stretch. The file is written "
                        + "atomically, readable only by you."})
public final class ImportCommand implements Callable<Integer> {
    @Option(names = "--from", defaultValue = "auto", paramLabel = "FORMAT",
            description = "Format of all the files: auto (default: each file or folder recognised by its content; a folder "
                    + "such as a Takeout is searched), apple-health, health-connect, samsung-health, fitbit, garmin, "
                    + "strava, gpx, tcx, google-fit, csv.")
    String from;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Export files or folders: export.zip, a Health Connect "
            + "zip, a Samsung Health, Fitbit, Garmin, Strava or Takeout folder, .gpx, .tcx, .fit, Google Fit CSV, diary CSV.")
    List<Path> files = new ArrayList<>();

    @Mixin
    OutputOptions output;

    private Path out;

    @Option(names = "--tz", paramLabel = "ZONE",
            description = "Date records in this time zone (e.g. Europe/London) instead of the UTC offset each record carries.")
    String tz;

    @Option(names = "--sources", split = ",", paramLabel = "NAME",
            description = "Source priority where devices overlap, first wins (e.g. \"Ann's Apple Watch,Ann's iPhone\"); "
                    + "default: watches, then phones, then apps.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--strict", description = "Fail on the first bad record instead of skipping it.")
    boolean strict;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "CSV diary: the column holding FIELD (date, steps, distance, walk_minutes, brisk_minutes, weight, "
                    + "pain, sleep_minutes, sleep_latency).")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--decimal", paramLabel = ". or ,",
            description = "Decimal mark of numbers in a diary or Google Fit CSV (default: told from each whole column; "
                    + "a column that cannot tell is refused).")
    String decimal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ImportFormat format = null;
        ImportOptions options = ImportOptions.defaults().withStrict(strict).withSourcePriority(sources).withFieldColumns(map);
        try {
            format = "auto".equalsIgnoreCase(from.strip()) ? null : ImportFormat.byId(from);
            if (tz != null) {
                options = options.withZone(ZoneId.of(tz));
            }
            if (decimal != null) {
                options = options.withDecimal(DecimalMark.of(decimal));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage().replace("formats: ", "formats: auto, "));
        }
        if (!map.isEmpty() && format != ImportFormat.CSV && format != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--map applies to --from csv only");
        }
        out = output.required(spec);
        output.check(out, files);
        List<DetectedInput> inputs;
        List<String> notUsed = List.of();
        if (format == null) {
            ExportDetection.Found found = ExportDetection.detect(files);
            inputs = found.inputs();
            notUsed = found.notUsed();
        } else {
            inputs = given(format);
        }
        long bytes = 0;
        for (DetectedInput in : inputs) {
            bytes += InputSize.of(in.path());
        }
        ProgressListener progress = ProgressBar.forInput(err, bytes);
        ImportResult result;
        try {
            // Named formats go through the entry that refuses a file of another kind before anything is read.
            result = format == null ? PersonalImport.run(inputs, notUsed, options, progress)
                    : PersonalImport.run(format, files, options, progress);
        } finally {
            ProgressBar.finish(progress);
        }
        try {
            DailyCsvFile.write(result.table(), out, output.force());
        } catch (FileAlreadyExistsException e) {
            throw InputException.inFile(out.toString(), "exists; use --force to replace it");
        }
        summarise(err, result);
        return 0;
    }

    /** With --from: every path read as that format; the four first formats take files only. */
    private List<DetectedInput> given(ImportFormat format) {
        List<DetectedInput> inputs = new ArrayList<>();
        for (Path f : files) {
            boolean folderFormat = format.takesFolders();
            if (!folderFormat) {
                FileKind.requireSupported(f); // a folder, TCX, JSON, ...: "not a supported format"
            }
            if (!Files.isRegularFile(f) && !(folderFormat && Files.isDirectory(f))) {
                throw InputException.inFile(f.toString(), Files.exists(f)
                        ? "not a regular file (a device or a pipe such as /dev/zero cannot be imported)" : "file not found");
            }
            inputs.add(new DetectedInput(f, format));
        }
        return inputs;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void summarise(PrintWriter err, ImportResult r) {
        String span = r.table().size() == 0 ? "" : " (" + r.table().rows().get(0).date() + " to "
                + r.table().rows().get(r.table().size() - 1).date() + ")";
        err.println("walkstudy: wrote " + count(r.table().size(), "day") + span + " to " + out + " from "
                + count(r.recordsUsed(), "reading"));
        if (r.duplicates() > 0) {
            err.println("walkstudy: dropped " + count(r.duplicates(), "exact duplicate record")
                    + " (same type, source, start, end and value: counted once)");
        }
        r.dropped().forEach(d -> err.println("walkstudy: dropped " + d));
        if (from != null && "auto".equalsIgnoreCase(from.strip())) {
            r.inputs().forEach(u -> err.println("walkstudy: read " + u.input().path() + " as " + u.input().format().id()
                    + ": " + count(u.recordsUsed(), "reading") + " used"));
            r.notUsed().forEach(n -> err.println("walkstudy: not used: " + n));
        }
        if (r.skipped() > 0) {
            err.println("walkstudy: skipped " + r.skipped() + " bad record(s)" + (r.skipped() > r.firstSkipped().size()
                    ? ", the first " + r.firstSkipped().size() + ":" : ":"));
            r.firstSkipped().forEach(e -> err.println("  " + e.getMessage()));
            err.println("  (--strict fails on the first one instead)");
        }
        err.flush();
    }
}
