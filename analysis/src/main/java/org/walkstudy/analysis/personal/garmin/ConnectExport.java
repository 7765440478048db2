package org.walkstudy.analysis.personal.garmin;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.walkstudy.analysis.personal.FileHead;
import org.walkstudy.analysis.personal.applehealth.ZipEntryLimit;
import org.walkstudy.core.input.InputException;

/**
 * The files of a Garmin Connect account export that walkstudy reads ({@link ConnectFile}), from the export zip as
 * Garmin sends it ({@code <uuid>_1.zip} holding {@code DI_CONNECT/...}), its unzipped folder, or one daily file.
 * A zip's entries are read in place, each through {@link ZipEntryLimit} (the zip-bomb guard every reader uses),
 * and named in messages as {@code ZIP!ENTRY}.
 */
final class ConnectExport implements Closeable {
    /** Folders deeper than this under the given folder are not searched (DI_CONNECT/DI-Connect-Wellness is 2 down). */
    static final int MAX_DEPTH = 6;

    /**
     * One file of the export: its name for messages, its kind, its size as stored (in a zip: compressed; it bounds
     * the entry's expansion and measures progress), its content.
     */
    record Part(String where, ConnectFile kind, long size, Opener opener) {
    }

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final ZipFile zip;
    private final List<Part> parts;

    private ConnectExport(ZipFile zip, List<Part> parts) {
        this.zip = zip;
        this.parts = List.copyOf(parts);
    }

    List<Part> parts() {
        return parts;
    }

    /** Whether the path is a zip (by its first bytes, or by its name when it cannot be read as one). */
    static boolean isZipFile(Path path) {
        return Files.isRegularFile(path) && (FileHead.isZip(path)
                || path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"));
    }

    /**
     * Whether a zip holds the export or Garmin activity files: an entry named as a daily file, under
     * DI-Connect-Uploaded-Files, or a FIT file (Garmin Connect's "Export Original" of one activity is a zip of its
     * FIT file). Reads the zip's central directory only (no entry is opened); never throws.
     */
    static boolean zipHoldsExport(Path path) {
        return FileHead.isZip(path) && FileHead.zipEntries(path).stream().anyMatch(n -> ConnectFile.of(n)
                .filter(k -> k.daily() || k == ConnectFile.UPLOADS || n.toLowerCase(Locale.ROOT).endsWith(".fit")).isPresent());
    }

    /** The export at {@code path}: a zip, a folder, or one daily file. */
    static ConnectExport open(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw InputException.inFile(name, "file not found");
        }
        if (Files.isDirectory(path)) {
            return new ConnectExport(null, folderParts(path));
        }
        if (!Files.isRegularFile(path)) {
            throw InputException.inFile(name, "not a regular file (a device or a pipe such as /dev/zero cannot be imported)");
        }
        if (isZipFile(path)) {
            return zipped(path);
        }
        ConnectFile kind = ConnectFile.of(path.getFileName().toString()).filter(ConnectFile::daily)
                .orElseThrow(() -> InputException.inFile(name, "not a Garmin Connect export file: expected the export's "
                        + "zip or folder, UDSFile_*.json, *_sleepData.json or *_userBioMetrics.json"));
        return new ConnectExport(null, List.of(new Part(name, kind, size(path), () -> Files.newInputStream(path))));
    }

    private static ConnectExport zipped(Path path) {
        String name = path.toString();
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw InputException.inFile(name, "not a readable zip (not a zip, or cut short): " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw InputException.inFile(name, "file not found", e);
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
        List<Part> parts = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = next(entries, zip, name);
            Optional<ConnectFile> kind = e.isDirectory() ? Optional.empty() : ConnectFile.of(e.getName());
            if (kind.isPresent()) {
                String where = name + "!" + e.getName();
                long compressed = e.getCompressedSize();
                parts.add(new Part(where, kind.get(), compressed,
                        () -> ZipEntryLimit.forEntry(zip.getInputStream(e), where, compressed)));
            }
        }
        if (parts.isEmpty()) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // nothing was read from it
            }
            throw InputException.inFile(name, "no Garmin Connect export files in the zip: expected DI_CONNECT/"
                    + "DI-Connect-Aggregator/UDSFile_*.json, DI-Connect-Wellness/*_sleepData.json or *_userBioMetrics.json, "
                    + "or activity files");
        }
        parts.sort(Comparator.comparing(Part::where));
        return new ConnectExport(zip, parts);
    }

    /** The zip's next entry; a name that is not valid UTF-8 makes the JDK throw: a damaged zip. */
    private static ZipEntry next(Enumeration<? extends ZipEntry> entries, ZipFile zip, String name) {
        try {
            return entries.nextElement();
        } catch (IllegalArgumentException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the message below is the one that matters
            }
            throw InputException.inFile(name, "not a readable zip: an entry's name is not valid UTF-8 (" + e.getMessage() + ")", e);
        }
    }

    private static List<Part> folderParts(Path dir) {
        List<Part> parts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String relative = dir.relativize(f).toString().replace('\\', '/');
                Optional<ConnectFile> kind = ConnectFile.of(relative);
                if (kind.isPresent()) {
                    parts.add(new Part(f.toString(), kind.get(), Files.size(f), () -> Files.newInputStream(f)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw InputException.inFile(dir.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
        return parts;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // only progress would miss it; opening the file says why it cannot be read
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
