package org.walkstudy.analysis.personal.healthconnect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ExportReader;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.applehealth.ZipEntryLimit;
import org.walkstudy.core.input.InputException;

/**
 * A Health Connect export: the zip the Export screen writes (one entry, {@code health_connect_export.db}),
 * or that database already unpacked. The database is copied out of the zip to an owner-only temporary file,
 * which is deleted afterwards whatever happens, and opened read-only.
 */
public final class HealthConnectExport implements ExportReader {
    /** The database's name inside the export zip. */
    public static final String DATABASE_ENTRY = "health_connect_export.db";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Override
    public boolean recognises(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                return false;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(SQLITE_MAGIC.length);
            }
            if (startsWith(head, SQLITE_MAGIC)) {
                return true;
            }
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return false;
            }
            try (ZipFile zip = new ZipFile(path.toFile())) {
                return !databaseEntries(zip).isEmpty(); // the central directory only: no entry is inflated
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        if (path == null || options == null || ledger == null || skipped == null) {
            throw new IllegalArgumentException("path, options, ledger and skipped must be given");
        }
        String name = path.toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SQLITE_MAGIC.length);
        } catch (NoSuchFileException e) {
            throw InputException.inFile(name, "file not found");
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
        if (startsWith(head, SQLITE_MAGIC)) {
            return HealthConnectRecords.read(path, name, options, ledger, skipped);
        }
        Path db = unpack(path, name);
        try {
            return HealthConnectRecords.read(db, name + "!" + DATABASE_ENTRY, options, ledger, skipped);
        } finally {
            deleteQuietly(db);
        }
    }

    /** Copies the database entry to a new owner-only temporary file; nothing is left behind on failure. */
    private static Path unpack(Path zipPath, String name) {
        ZipFile zip;
        try {
            zip = new ZipFile(zipPath.toFile());
        } catch (ZipException e) {
            throw InputException.inFile(name, "not a Health Connect export: neither a zip nor a SQLite database");
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
        try (zip) {
            List<ZipEntry> entries = databaseEntries(zip);
            if (entries.isEmpty()) {
                throw InputException.inFile(name, "not a Health Connect export: no " + DATABASE_ENTRY + " in the zip");
            }
            if (entries.size() > 1) {
                throw InputException.inFile(name, "two databases in one zip (" + entries.get(0).getName() + ", "
                        + entries.get(1).getName() + "): refused, they would count every record twice");
            }
            ZipEntry entry = entries.get(0);
            Path db = privateTempFile();
            try (InputStream in = ZipEntryLimit.forEntry(zip.getInputStream(entry), name + "!" + entry.getName(),
                    entry.getCompressedSize()); OutputStream out = Files.newOutputStream(db)) {
                in.transferTo(out);
                return db;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(db);
                if (e instanceof InputException ie) {
                    throw ie;
                }
                throw InputException.inFile(name + "!" + entry.getName(), "cannot unpack: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw InputException.inFile(name, "not a readable zip: " + e.getMessage(), e); // malformed entry names
        }
    }

    private static List<ZipEntry> databaseEntries(ZipFile zip) {
        List<ZipEntry> found = new ArrayList<>();
        Enumeration<? extends ZipEntry> e = zip.entries();
        while (e.hasMoreElements()) {
            ZipEntry entry = e.nextElement();
            String n = entry.getName();
            if (!entry.isDirectory() && (n.equals(DATABASE_ENTRY) || n.endsWith("/" + DATABASE_ENTRY))) {
                found.add(entry);
            }
        }
        return found;
    }

    private static Path privateTempFile() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile("walkstudy-health-connect", ".db",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile("walkstudy-health-connect", ".db");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            // SQLite may leave a journal beside a database it opened (not in read-only mode, but be sure).
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && java.util.Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
