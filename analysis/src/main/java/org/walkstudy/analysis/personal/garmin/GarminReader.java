package org.walkstudy.analysis.personal.garmin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ExportReader;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/**
 * Garmin files: a FIT activity file (.fit, .fit.gz), or a folder of them (a Garmin Connect export's uploaded
 * files, a watch's Activity folder), where a file that cannot be read is reported and skipped
 * ({@code --strict} fails on it).
 */
public final class GarminReader implements ExportReader {
    @Override
    public boolean recognises(Path path) {
        if (Files.isDirectory(path)) {
            // Cheap: at most 20 files of the first three folder levels are opened, 12 bytes each.
            try (java.util.stream.Stream<Path> all = Files.walk(path, 3)) {
                return all.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.fit(\\.gz)?"))
                        .limit(20).anyMatch(FitReader::isFit);
            } catch (java.io.IOException | RuntimeException e) {
                return false;
            }
        }
        return FitReader.isFit(path);
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        if (!Files.isDirectory(path)) {
            return FitReader.readFile(path, options, ledger, skipped, FitReader.SOURCE);
        }
        List<Path> files = FitReader.fitFiles(path);
        if (files.isEmpty()) {
            throw InputException.inFile(path.toString(), "no .fit or .fit.gz file in the folder");
        }
        long used = 0;
        for (Path f : files) {
            try {
                used += FitReader.readFile(f, options, ledger, skipped, FitReader.SOURCE);
            } catch (InputException e) {
                skipped.skip(e); // one bad file of many is reported; --strict fails on it
            }
        }
        return used;
    }
}
