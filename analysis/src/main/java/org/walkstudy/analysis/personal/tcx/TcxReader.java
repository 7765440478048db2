package org.walkstudy.analysis.personal.tcx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.walkstudy.analysis.personal.CompressedInput;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ExportReader;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.gpx.ActivityWalk;
import org.walkstudy.analysis.personal.gpx.GpxImport;
import org.walkstudy.core.input.InputException;

/**
 * TCX files (.tcx, .tcx.gz) and folders of them (Google Fit Takeout's Activities folder): each walk is added
 * as timed records under the device the file names ({@code Creator}, else {@code Author}, else "TCX"). In a
 * folder a file that cannot be read is reported and skipped ({@code --strict} fails on it).
 */
public final class TcxReader implements ExportReader {
    /** Source name when the file names no device or application. */
    public static final String SOURCE = "TCX";

    @Override
    public boolean recognises(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(Files::isRegularFile).limit(50).anyMatch(TcxReader::isTcx);
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return Files.isRegularFile(path) && isTcx(path);
    }

    /** Whether the file's first 4 KB (gunzipped) hold a TCX root element. */
    public static boolean isTcx(Path file) {
        String head = new String(CompressedInput.head(file, 4096), StandardCharsets.UTF_8);
        return head.contains("<TrainingCenterDatabase");
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        if (!Files.isDirectory(path)) {
            return readFile(path, options, ledger, skipped, SOURCE);
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(path)) {
            files = all.filter(Files::isRegularFile).filter(f -> name(f).endsWith(".tcx") || name(f).endsWith(".tcx.gz"))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw InputException.inFile(path.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw InputException.inFile(path.toString(), "no .tcx or .tcx.gz file in the folder");
        }
        long used = 0;
        for (Path f : files) {
            try {
                used += readFile(f, options, ledger, skipped, SOURCE);
            } catch (InputException e) {
                skipped.skip(e); // one bad file of many is reported; --strict fails on it
            }
        }
        return used;
    }

    /** One TCX file (gzip-compressed too); its walks go under the device it names, else {@code fallbackSource}. */
    public static long readFile(Path file, ImportOptions options, DailyLedger ledger, SkippedRecords skipped,
            String fallbackSource) {
        String name = file.toString();
        List<ActivityWalk> walks;
        try (InputStream in = CompressedInput.open(file)) {
            walks = TcxWalks.read(in, name, skipped);
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

    private static String name(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
