package org.walkstudy.analysis.personal.garmin;

import java.io.IOException;
import java.io.InputStream;
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
import org.walkstudy.analysis.personal.gpx.ActivityWalk;
import org.walkstudy.analysis.personal.gpx.GpxImport;
import org.walkstudy.core.input.InputException;

/** FIT activity files (.fit, .fit.gz): each walk added as timed records under the device the file names. */
public final class FitReader {
    /** Source name when the file names no maker. */
    public static final String SOURCE = "FIT";

    private FitReader() {
    }

    /** Whether the file's (gunzipped) first bytes are a FIT header. */
    public static boolean isFit(Path file) {
        return Files.isRegularFile(file) && FitWalks.isFit(CompressedInput.head(file, 12));
    }

    /** The .fit and .fit.gz files under a folder, in name order. */
    static List<Path> fitFiles(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".fit") || n.endsWith(".fit.gz");
            }).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw InputException.inFile(folder.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** One FIT file (gzip-compressed too); its walks go under the device it names, else {@code fallbackSource}. */
    public static long readFile(Path file, ImportOptions options, DailyLedger ledger, SkippedRecords skipped,
            String fallbackSource) {
        String name = file.toString();
        List<ActivityWalk> walks;
        try (InputStream in = CompressedInput.open(file)) {
            walks = FitWalks.read(in, name, skipped);
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
}
