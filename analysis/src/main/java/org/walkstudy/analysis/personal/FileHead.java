package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The first bytes of a file, for telling its format by content: gzip is unpacked, a byte-order mark dropped.
 * Never throws: an unreadable file has no head, and its reader later says why it cannot be read.
 */
public final class FileHead {
    /** Enough for any format's signature and a CSV header line. */
    public static final int BYTES = 8192;

    private FileHead() {
    }

    /** The head as text (UTF-8, gunzipped, without a BOM or leading blanks); empty for a folder or an unreadable file. */
    public static String text(Path file) {
        return bytes(file).map(b -> new String(b, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading()).orElse("");
    }

    /** The head's raw bytes (gunzipped); empty for a folder or an unreadable file. */
    public static Optional<byte[]> bytes(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] head = CompressedInput.head(file, BYTES);
        return head.length == 0 ? Optional.empty() : Optional.of(head);
    }

    /** The first CSV record (the header) after comment (#) and blank lines, trimmed; empty when there is none. */
    public static List<String> csvHeader(Path file) {
        String line = "";
        for (String l : text(file).split("\r?\n", 64)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                line = l;
                break;
            }
        }
        try (CSVParser p = CSVParser.parse(line, CSVFormat.DEFAULT)) {
            for (CSVRecord r : p) {
                return r.stream().map(String::strip).toList();
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return List.of();
    }

    /** Whether the file starts with a zip's local-header signature. */
    public static boolean isZip(Path file) {
        return bytes(file).filter(b -> b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4).isPresent();
    }

    /** The names of a zip's entries; empty when it is not a readable zip. */
    public static List<String> zipEntries(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().limit(100_000).map(java.util.zip.ZipEntry::getName).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
