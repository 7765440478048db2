package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.walkstudy.core.input.InputException;

/**
 * Recognises, from the first bytes, files people export that walkstudy does not read, so they get a plain
 * "not a supported format" instead of a parser error: Health Auto Export and other JSON, a folder (given to a
 * format that takes files only). Fitbit, Samsung Health, TCX and FIT files are read by their own readers.
 */
public final class FileKind {
    /** What walkstudy reads, for the message. */
    public static final String SUPPORTED = "Apple Health export.zip or export.xml, GPX 1.0/1.1 (.gpx, .gpx.gz), "
            + "Google Fit Takeout daily activity metrics CSV, a CSV diary, a Fitbit export (folder, zip or Global Export Data JSON), "
            + "a Health Connect export zip, a Samsung Health export (folder or CSV files), TCX (.tcx, .tcx.gz), "
            + "Garmin FIT activities (.fit, .fit.gz), a Garmin Connect export (zip or folder), a Strava bulk export (folder or zip)";

    private FileKind() {
    }

    /** Fails with "not a supported format: WHAT (supported: ...)" when the file is one walkstudy does not read. */
    public static void requireSupported(Path file) {
        unsupported(file).ifPresent(what -> {
            throw InputException.inFile(file.toString(), "not a supported format: " + what + " (supported: " + SUPPORTED + ")");
        });
    }

    static Optional<String> unsupported(Path file) {
        if (ExportReaders.of(ImportFormat.FITBIT).recognises(file)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            return Optional.of("a folder (give the files in it)");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty(); // the reader says "file not found" or names the device
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            return Optional.empty();
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.startsWith("{") || text.startsWith("[")) {
            if (lower.contains("\"data\"") && lower.contains("\"metrics\"")) {
                return Optional.of("Health Auto Export JSON (export as CSV or use the Health app's own export.zip)");
            }
            return Optional.of("JSON (other than a Fitbit export)");
        }
        return Optional.empty();
    }
}
