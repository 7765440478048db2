package org.walkstudy.analysis.personal.garmin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.walkstudy.analysis.personal.CompressedInput;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ExportReader;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.gpx.ActivityFiles;

/**
 * Garmin files: a FIT activity file (.fit, .fit.gz), or a folder of them (a watch's Activity folder, a Garmin
 * Connect export's uploaded files), where a file that cannot be read is reported and skipped ({@code --strict}
 * fails on it). Each walk is added as timed records under the device the file names, else "FIT".
 */
public final class GarminReader implements ExportReader {
    /** Source name when the file names no maker. */
    public static final String SOURCE = "FIT";

    @Override
    public boolean recognises(Path path) {
        if (Files.isDirectory(path)) {
            // Cheap: at most 20 files of the first three folder levels are opened, 12 bytes each.
            try (Stream<Path> all = Files.walk(path, 3)) {
                return all.filter(f -> ActivityFiles.named(f, ".fit")).limit(20).anyMatch(GarminReader::isFit);
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return isFit(path);
    }

    /** Whether the file's (gunzipped) first bytes are a FIT header. */
    public static boolean isFit(Path file) {
        return Files.isRegularFile(file) && FitWalks.isFit(CompressedInput.head(file, 12));
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        return ActivityFiles.read(path, ".fit", FitWalks::read, SOURCE, options, ledger, skipped);
    }
}
