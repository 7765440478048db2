package org.walkstudy.analysis.personal.tcx;

import java.nio.charset.StandardCharsets;
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
 * TCX files (.tcx, .tcx.gz) and folders of them (Google Fit Takeout's Activities folder): each walk is added
 * as timed records under the device the file names ({@code Creator}, else {@code Author}, else "TCX"). In a
 * folder a file that cannot be read is reported and skipped ({@code --strict} fails on it).
 */
public final class TcxReader implements ExportReader {
    /** Source name when the file names no device or application. */
    public static final String SOURCE = "TCX";

    /**
     * A TCX file, told from its first 4 KB. A folder is not claimed: {@code --from auto} searches it and takes
     * each TCX file in it, so that the GPX or FIT files beside them are read too ({@code --from tcx FOLDER}
     * reads its TCX files).
     */
    @Override
    public boolean recognises(Path path) {
        return Files.isRegularFile(path) && isTcx(path);
    }

    /** Whether the file's first 4 KB (gunzipped) hold a TCX root element. */
    public static boolean isTcx(Path file) {
        String head = new String(CompressedInput.head(file, 4096), StandardCharsets.UTF_8);
        return head.contains("<TrainingCenterDatabase");
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        return ActivityFiles.read(path, ".tcx", TcxWalks::read, SOURCE, options, ledger, skipped);
    }
}
