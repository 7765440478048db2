package org.walkstudy.analysis.personal.garmin;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.walkstudy.analysis.personal.CompressedInput;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ExportReader;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.applehealth.ZipEntryLimit;
import org.walkstudy.analysis.personal.gpx.ActivityFiles;
import org.walkstudy.analysis.personal.gpx.ActivityWalk;
import org.walkstudy.analysis.personal.gpx.GpxImport;
import org.walkstudy.analysis.personal.tcx.TcxReader;
import org.walkstudy.analysis.personal.tcx.TcxWalks;
import org.walkstudy.core.input.InputException;

/**
 * Garmin files: a Garmin Connect account export (its zip as Garmin sends it, the unzipped folder, or one daily
 * file): its daily summaries ({@link GarminConnectDaily}) and its activity files, FIT and TCX, also those inside
 * the export's zips of uploaded files; or a FIT activity file (.fit, .fit.gz), or a folder of them (a watch's
 * Activity folder). An activity file that cannot be read is reported and skipped ({@code --strict} fails on it).
 * Each walk is added as timed records under the device the file names, else "FIT" (or "TCX").
 */
public final class GarminReader implements ExportReader {
    /** Source name when the file names no maker. */
    public static final String SOURCE = "FIT";

    /**
     * A FIT file, told from its header, or a Garmin Connect export (zip, folder or daily file). A folder of FIT
     * files alone is not claimed: {@code --from auto} searches it and takes each FIT file in it, so that other
     * files beside them are read too ({@code --from garmin FOLDER} reads its FIT files).
     */
    @Override
    public boolean recognises(Path path) {
        return isFit(path) || GarminConnectDaily.recognises(path);
    }

    /** Whether the file's (gunzipped) first bytes are a FIT header. */
    public static boolean isFit(Path file) {
        return Files.isRegularFile(file) && FitWalks.isFit(CompressedInput.head(file, 12));
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        if (!ConnectExport.isZipFile(path) && !GarminConnectDaily.recognises(path)) {
            return ActivityFiles.read(path, ".fit", FitWalks::read, SOURCE, options, ledger, skipped);
        }
        try (ConnectExport export = ConnectExport.open(path)) {
            ProgressListener p = progress == null ? ProgressListener.NONE : progress;
            long total = export.parts().stream().mapToLong(ConnectExport.Part::size).sum();
            long[] done = {0};
            Consumer<ConnectExport.Part> partRead = part -> {
                done[0] += part.size();
                p.bytesRead(done[0], total);
            };
            long used = GarminConnectDaily.read(export.parts(), ledger, skipped, partRead);
            for (ConnectExport.Part part : export.parts()) {
                if (part.kind() == ConnectFile.ACTIVITY || part.kind() == ConnectFile.UPLOADS) {
                    used += activities(part, options, ledger, skipped);
                    partRead.accept(part);
                }
            }
            return used;
        } catch (IOException e) {
            throw InputException.inFile(path.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The walks of one activity file, or of each activity file in a zip of uploaded files; a bad file is skipped. */
    private static long activities(ConnectExport.Part part, ImportOptions options, DailyLedger ledger, SkippedRecords skipped) {
        try (InputStream raw = part.opener().open()) {
            if (part.kind() == ConnectFile.ACTIVITY) {
                return activity(raw, part.where(), options, ledger, skipped);
            }
            long used = 0;
            ZipInputStream uploads = new ZipInputStream(new BufferedInputStream(raw, 1 << 16));
            InputStream entry = new FilterInputStream(uploads) {
                @Override
                public void close() {
                    // the next entry is read from the same stream
                }
            };
            ZipEntry e;
            while ((e = nextEntry(uploads, part.where())) != null) {
                String name = e.getName();
                if (!e.isDirectory() && ConnectFile.isActivity(name.toLowerCase(Locale.ROOT))) {
                    String where = part.where() + "!" + name;
                    // An entry's own size may be unknown until it is read: the uploads zip's compressed size bounds it.
                    used += activity(ZipEntryLimit.forEntry(entry, where, part.size()), where, options, ledger,
                            skipped);
                }
            }
            return used;
        } catch (InputException e) {
            skipped.skip(e);
        } catch (IOException e) {
            skipped.skip(InputException.inFile(part.where(), "cannot read: " + e.getMessage(), e));
        }
        return 0;
    }

    /**
     * The uploads zip's next entry. The JDK's zip stream throws IllegalArgumentException on an entry name that is
     * not valid UTF-8 (found by fuzzing): that is a damaged zip, reported like any other.
     */
    private static ZipEntry nextEntry(ZipInputStream zip, String where) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw InputException.inFile(where, "not a readable zip: an entry's name is not valid UTF-8 (" + e.getMessage() + ")", e);
        }
    }

    /** One FIT or TCX file's walks, added to the ledger; a file that cannot be read is skipped and reported. */
    private static long activity(InputStream raw, String where, ImportOptions options, DailyLedger ledger,
            SkippedRecords skipped) throws IOException {
        String lower = where.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        boolean tcx = lower.endsWith(".tcx");
        List<ActivityWalk> walks;
        try {
            InputStream in = CompressedInput.gunzipped(new BufferedInputStream(raw, 1 << 16));
            walks = tcx ? TcxWalks.read(in, where, skipped) : FitWalks.read(in, where, skipped);
        } catch (InputException e) {
            skipped.skip(e); // one bad file of many is reported; --strict fails on it
            return 0;
        }
        long used = 0;
        for (ActivityWalk w : walks) {
            used += GpxImport.addActivity(w, tcx ? TcxReader.SOURCE : SOURCE, options.zone().orElse(null), ledger, skipped,
                    where);
        }
        return used;
    }
}
