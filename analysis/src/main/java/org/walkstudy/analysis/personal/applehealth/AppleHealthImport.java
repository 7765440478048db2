package org.walkstudy.analysis.personal.applehealth;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.FileHead;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.gpx.GpxImport;
import org.walkstudy.analysis.personal.gpx.GpxWalks;
import org.walkstudy.analysis.personal.gpx.Walk;
import org.walkstudy.core.input.InputException;

/**
 * Reads an Apple Health export, {@code export.zip} (its {@code apple_health_export/export.xml} and
 * {@code workout-routes/*.gpx}) or a bare {@code export.xml}, streaming: the file is never held in memory.
 */
public final class AppleHealthImport {
    /** Source label of workout routes: GPS tracks, a different estimate from the workout's own totals. */
    public static final String ROUTE_SOURCE = "Workout route (GPX)";
    /** A bare export.xml at least this large is scanned on all cores. */
    public static final long PARALLEL_MIN_BYTES = ParallelHealthScan.MIN_BYTES;

    private AppleHealthImport() {
    }

    /** Adds the file's records to the ledger; returns how many were used. */
    public static long read(Path file, ImportOptions options, DailyLedger ledger, SkippedRecords skipped,
            ProgressListener progress) {
        if (file == null || options == null || ledger == null || skipped == null) {
            throw new IllegalArgumentException("file, options, ledger and skipped must be given");
        }
        String name = file.toString();
        try {
            if (FileHead.isZip(file)) {
                return readZip(file, options, ledger, skipped, progress);
            }
            long size = Files.size(file);
            int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
            DailyLedger partLedger = DailyLedger.empty();
            SkippedRecords partSkipped = SkippedRecords.strict(options.strict());
            long used = ParallelHealthScan.tryRead(file, size, options, partLedger, partSkipped, progress, threads);
            if (used >= 0) {
                ledger.addAll(partLedger);
                skipped.addAll(partSkipped, 0);
                return used;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readXml(in, name, size, options, ledger, skipped, progress);
            }
        } catch (NoSuchFileException e) {
            throw InputException.inFile(name, "file not found");
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the file is an Apple Health export: a zip holding an {@code export.xml} (or an XML file whose root
     * is {@code <HealthData>}), or a bare export.xml, whose DOCTYPE or root names HealthData.
     */
    public static boolean recognises(Path file) {
        if (FileHead.isZip(file)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (!e.isDirectory() && !leavesTheFolder(e.getName()) && isExport(zip, e, file + "!" + e.getName())) {
                        return true;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return false;
            }
            return false;
        }
        String head = FileHead.text(file);
        return head.startsWith("<") && head.contains("HealthData");
    }

    /** Reads export.xml content from a stream (no DTD processing, see {@link HealthXmlScanner}). */
    public static long readXml(InputStream in, String name, long size, ImportOptions options, DailyLedger ledger,
            SkippedRecords skipped, ProgressListener progress) throws IOException {
        HealthRecordReader reader = new HealthRecordReader(ledger, skipped, HealthTime.in(options.zone().orElse(null)), name);
        HealthXmlScanner.scan(in, name, size, progress, reader);
        return reader.used();
    }

    static boolean leavesTheFolder(String entryName) {
        String n = entryName.replace('\\', '/');
        return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../")
                || n.contains("/../") || n.endsWith("/..");
    }

    /**
     * Whether a zip entry is the export: {@code export.xml}, or any other XML file outside the routes whose root
     * element is {@code <HealthData>} (localized phones name it {@code exportar.xml}, {@code exportación.xml}).
     * The clinical-records {@code export_cda.xml} has another root and is not read.
     */
    private static boolean isExport(ZipFile zip, ZipEntry e, String where) throws IOException {
        String n = e.getName();
        if (n.endsWith("/export.xml") || n.equals("export.xml")) {
            return true;
        }
        if (!n.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") || n.contains("workout-routes/")) {
            return false;
        }
        try (InputStream in = ZipEntryLimit.forEntry(zip.getInputStream(e), where, e.getCompressedSize())) {
            String head = new String(in.readNBytes(1 << 18), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("<HealthData");
        }
    }

    private static long readZip(Path file, ImportOptions options, DailyLedger ledger, SkippedRecords skipped,
            ProgressListener progress) throws IOException {
        String zipName = file.toString();
        long used = 0;
        boolean foundExport = false;
        String firstExport = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String entryName = e.getName();
                String where = zipName + "!" + entryName;
                if (e.isDirectory()) {
                    continue;
                }
                if (leavesTheFolder(entryName)) {
                    // Nothing is extracted to disk, but an export never has such names: a crafted file.
                    throw InputException.inFile(where, "entry path leaves the export folder (.. or absolute): refused");
                }
                if (isExport(zip, e, where)) {
                    if (foundExport) {
                        // Two exports in one zip would each be counted: which is the person's is not ours to guess.
                        throw InputException.inFile(where, "a second export.xml in the zip (the first was " + firstExport
                                + "): refused; import the exports as separate files");
                    }
                    foundExport = true;
                    firstExport = entryName;
                    try (InputStream in = new BufferedInputStream(
                            ZipEntryLimit.forEntry(zip.getInputStream(e), where, e.getCompressedSize()), 1 << 16)) {
                        used += readXml(in, where, e.getSize(), options, ledger, skipped, progress);
                    }
                } else if (entryName.contains("workout-routes/") && entryName.endsWith(".gpx")) {
                    try (InputStream in = ZipEntryLimit.forEntry(zip.getInputStream(e), where, e.getCompressedSize())) {
                        List<Walk> walks = GpxWalks.read(in, where, skipped);
                        used += GpxImport.addWalks(walks, ledger, ROUTE_SOURCE, options.zone().orElse(null));
                    } catch (InputException bad) {
                        // One broken route is one bad record, not a broken export.
                        skipped.skip(bad);
                    }
                }
            }
        } catch (ZipException e) {
            throw InputException.inFile(zipName, "not a readable zip file: " + e.getMessage(), e);
        }
        if (!foundExport) {
            throw InputException.inFile(zipName, "no apple_health_export/export.xml in the zip (nor any XML file whose "
                    + "root is <HealthData>)");
        }
        return used;
    }
}
