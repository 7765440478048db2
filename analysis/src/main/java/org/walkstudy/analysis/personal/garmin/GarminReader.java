package org.walkstudy.analysis.personal.garmin;

import java.nio.file.Files;
import java.nio.file.Path;

import org.walkstudy.analysis.personal.CompressedInput;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ExportReader;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.gpx.ActivityFiles;

/**
 * Garmin files: a Garmin Connect account export's daily summaries ({@link GarminConnectDaily}), a FIT activity
 * file (.fit, .fit.gz), or a folder of them (a watch's Activity folder, a Garmin
 * Connect export's uploaded files), where a file that cannot be read is reported and skipped ({@code --strict}
 * fails on it). Each walk is added as timed records under the device the file names, else "FIT".
 */
public final class GarminReader implements ExportReader {
    /** Source name when the file names no maker. */
    public static final String SOURCE = "FIT";

    /**
     * A FIT file, told from its header. A folder is not claimed: {@code --from auto} searches it and takes each
     * FIT file in it, so that other files beside them are read too ({@code --from garmin FOLDER} reads its FIT
     * files).
     */
    @Override
    public boolean recognises(Path path) {
        return isFit(path) || GarminConnectDaily.recognises(path);
    }

    private static boolean hasFit(Path folder) {
        try (java.util.stream.Stream<Path> s = Files.walk(folder, 6)) {
            return s.anyMatch(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .matches(".*\\.fit(\\.gz)?"));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the file's (gunzipped) first bytes are a FIT header. */
    public static boolean isFit(Path file) {
        return Files.isRegularFile(file) && FitWalks.isFit(CompressedInput.head(file, 12));
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        if (GarminConnectDaily.recognises(path)) {
            // An account export: its daily summaries, and any FIT activity files it holds.
            long used = GarminConnectDaily.read(path, ledger, skipped);
            return Files.isDirectory(path) && hasFit(path)
                    ? used + ActivityFiles.read(path, ".fit", FitWalks::read, SOURCE, options, ledger, skipped) : used;
        }
        return ActivityFiles.read(path, ".fit", FitWalks::read, SOURCE, options, ledger, skipped);
    }
}
