package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.walkstudy.analysis.personal.applehealth.AppleHealthImport;
import org.walkstudy.analysis.personal.diary.DiaryCsv;
import org.walkstudy.analysis.personal.googlefit.GoogleFitDailyMetrics;
import org.walkstudy.analysis.personal.gpx.GpxImport;
import org.walkstudy.analysis.personal.gpx.GpxWalks;
import org.walkstudy.core.input.InputException;

/** Imports files of one format into the daily table: read every file into one ledger, then resolve sources. */
public final class PersonalImport {
    /** Source label of GPX files given directly. */
    public static final String GPX_SOURCE = "GPX";

    private PersonalImport() {
    }

    public static ImportResult run(ImportFormat format, List<Path> files, ImportOptions options, ProgressListener progress) {
        if (format == null || files == null || files.isEmpty() || options == null) {
            throw new IllegalArgumentException("a format, at least one file and options must be given");
        }
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        DailyLedger ledger = DailyLedger.empty();
        SkippedRecords skipped = SkippedRecords.strict(options.strict());
        long used = 0;
        for (Path file : files) {
            used += switch (format) {
                case APPLE_HEALTH -> AppleHealthImport.read(file, options, ledger, skipped, p);
                case GPX -> gpx(file, options, ledger, skipped);
                case GOOGLE_FIT -> GoogleFitDailyMetrics.read(file, options.decimal(), ledger, skipped);
                case CSV -> DiaryCsv.read(file, options.fieldColumns(), options.decimal(), ledger, skipped);
            };
        }
        return new ImportResult(ledger.resolve(options.sourcePriority()), used, skipped.count(), skipped.first());
    }

    private static long gpx(Path file, ImportOptions options, DailyLedger ledger, SkippedRecords skipped) {
        try (InputStream in = Files.newInputStream(file)) {
            return GpxImport.addWalks(GpxWalks.read(in, file.toString(), skipped), ledger, GPX_SOURCE,
                    options.zone().orElse(null));
        } catch (NoSuchFileException e) {
            throw InputException.inFile(file.toString(), "file not found");
        } catch (IOException e) {
            throw InputException.inFile(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
