package org.walkstudy.analysis.personal.strava;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.walkstudy.analysis.personal.applehealth.ZipEntryLimit;

/**
 * The files of a Strava bulk export: a folder, or the export zip as Strava sends it (its activities.csv at
 * the top or inside one folder). Names are the export's own relative names ("activities/123.gpx.gz").
 */
abstract class StravaFiles implements Closeable {
    static final String CSV = "activities.csv";

    /** The export at {@code path}: a folder holding activities.csv, or a zip holding it. */
    static StravaFiles of(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new Folder(path);
        }
        ZipFile zip = new ZipFile(path.toFile());
        try {
            String prefix = csvPrefix(zip).orElse(null);
            if (prefix == null) {
                zip.close();
                return null;
            }
            return new Zipped(path, zip, prefix);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The folder inside the zip that holds activities.csv ("" at the top), the shallowest one. */
    static Optional<String> csvPrefix(ZipFile zip) {
        String best = null;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (n.equals(CSV) || n.endsWith("/" + CSV)) {
                String prefix = n.substring(0, n.length() - CSV.length());
                if (prefix.chars().filter(c -> c == '/').count() <= 1 && (best == null || prefix.length() < best.length())) {
                    best = prefix;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The file's content, or empty when the export does not hold it. */
    abstract Optional<InputStream> open(String relative) throws IOException;

    /** How messages name the file. */
    abstract String name(String relative);

    private static final class Folder extends StravaFiles {
        private final Path root;

        Folder(Path root) {
            this.root = root;
        }

        @Override
        Optional<InputStream> open(String relative) throws IOException {
            Path f;
            try {
                f = root.resolve(relative).normalize();
            } catch (InvalidPathException e) {
                return Optional.empty(); // a name no file can have (a NUL byte in it) is not the export's file
            }
            if (!f.startsWith(root.normalize()) || !Files.isRegularFile(f)) {
                return Optional.empty(); // a name leading out of the export is not the export's file
            }
            return Optional.of(Files.newInputStream(f));
        }

        @Override
        String name(String relative) {
            return root + root.getFileSystem().getSeparator() + relative; // as written, even when no path can hold it
        }

        @Override
        public void close() {
            // nothing held open
        }
    }

    private static final class Zipped extends StravaFiles {
        private final Path path;
        private final ZipFile zip;
        private final String prefix;

        Zipped(Path path, ZipFile zip, String prefix) {
            this.path = path;
            this.zip = zip;
            this.prefix = prefix;
        }

        @Override
        Optional<InputStream> open(String relative) throws IOException {
            ZipEntry e = zip.getEntry(prefix + relative);
            if (e == null || e.isDirectory()) {
                return Optional.empty();
            }
            return Optional.of(ZipEntryLimit.forEntry(zip.getInputStream(e), name(relative), e.getCompressedSize()));
        }

        @Override
        String name(String relative) {
            return path + "!/" + prefix + relative;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
