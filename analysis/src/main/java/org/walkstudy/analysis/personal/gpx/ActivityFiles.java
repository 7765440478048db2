package org.walkstudy.analysis.personal.gpx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.walkstudy.analysis.personal.CompressedInput;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/**
 * What the activity-file readers (TCX, FIT) share: open a file, gzip-compressed or not, parse its walks and add
 * them to the ledger; and read a folder of such files, where a file that cannot be read is reported and skipped
 * ({@code --strict} fails on it).
 */
public final class ActivityFiles {
    /** Parses one activity file's walks; per-walk problems go to {@code skipped}, a bad file throws. */
    @FunctionalInterface
    public interface Parser {
        List<ActivityWalk> walks(InputStream in, String name, SkippedRecords skipped);
    }

    private ActivityFiles() {
    }

    /** Adds one file's walks under the device it names, else {@code fallbackSource}; returns how many. */
    public static long readFile(Path file, Parser parser, String fallbackSource, ImportOptions options, DailyLedger ledger,
            SkippedRecords skipped) {
        String name = file.toString();
        List<ActivityWalk> walks;
        try (InputStream in = CompressedInput.open(file)) {
            walks = parser.walks(in, name, skipped);
        } catch (NoSuchFileException e) {
            throw InputException.inFile(name, "file not found");
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
        long used = 0;
        for (ActivityWalk w : walks) {
            used += GpxImport.addActivity(w, fallbackSource, options.zone().orElse(null), ledger, skipped, name);
        }
        return used;
    }

    /** Every file under {@code folder} whose name ends with {@code suffix} or {@code suffix.gz}, in name order. */
    public static List<Path> under(Path folder, String suffix) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).filter(f -> named(f, suffix)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw InputException.inFile(folder.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** Whether the file's name ends with {@code suffix} or {@code suffix.gz}, in any case. */
    public static boolean named(Path file, String suffix) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(suffix) || n.endsWith(suffix + ".gz");
    }

    /** Reads a file, or every {@code suffix} file under a folder (a bad one reported and skipped). */
    public static long read(Path path, String suffix, Parser parser, String fallbackSource, ImportOptions options,
            DailyLedger ledger, SkippedRecords skipped) {
        if (!Files.isDirectory(path)) {
            return readFile(path, parser, fallbackSource, options, ledger, skipped);
        }
        List<Path> files = under(path, suffix);
        if (files.isEmpty()) {
            throw InputException.inFile(path.toString(), "no " + suffix + " or " + suffix + ".gz file in the folder");
        }
        long used = 0;
        for (Path f : files) {
            try {
                used += readFile(f, parser, fallbackSource, options, ledger, skipped);
            } catch (InputException e) {
                skipped.skip(e); // one bad file of many is reported; --strict fails on it
            }
        }
        return used;
    }
}
