package org.walkstudy.analysis.personal.fitbit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ExportReader;
import org.walkstudy.analysis.personal.FileHead;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.applehealth.ZipEntryLimit;
import org.walkstudy.core.input.InputException;

/**
 * A Fitbit account export (docs/personal-data.md, "Fitbit"): the "Global Export Data" JSON files of the older
 * fitbit.com export ({@code user-site-export}) or of Google Takeout ({@code Takeout/Fitbit/Global Export Data}),
 * given as the folder, a zip of it, or single files; and the newer Takeout's per-source CSV files
 * ({@code Physical Activity_GoogleData/steps_*.csv}, {@code distance_*.csv}), read after the JSON files so that a
 * day both hold counts once. The time zone comes from {@code --tz}, else the export's
 * {@code Profile.csv}; without either the import is refused, because Fitbit writes local times without an offset.
 */
public final class FitbitExport implements ExportReader {
    private static final String PROFILE = "Profile.csv";
    /** Folders searched for the export when a folder is given; a walk goes no deeper than this. */
    private static final int MAX_DEPTH = 6;
    /** Names a folder's recognition looks at before it gives up (a whole Takeout can hold 100,000 files). */
    private static final int RECOGNISE_ENTRIES = 5_000;

    /** One file of the export: its name for messages, its kind, its size, and how to open it. */
    private record Part(String where, Optional<FitbitFile> kind, long size, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    @Override
    public boolean recognises(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return holdsExportFile(path);
            }
            if (!Files.isRegularFile(path)) {
                return false;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(64);
            }
            if (FileHead.isZip(path)) {
                return FileHead.zipEntries(path).stream().anyMatch(n -> FitbitFile.inExport(n).isPresent());
            }
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            Optional<FitbitFile> kind = FitbitFile.of(name);
            return kind.isPresent() && text.startsWith(kind.get().csv() ? "timestamp," : "[");
        } catch (IOException | RuntimeException e) {
            return false; // recognising never fails: an unreadable path is simply not this format
        }
    }

    /**
     * Whether an export file lies in the folder or below it (Takeout: {@code Takeout/Fitbit/Global Export Data};
     * older fitbit.com exports: {@code user-site-export}; the 2023 account archive: {@code MyFitbitData/NAME/
     * Physical Activity}), looking at no more than {@link #RECOGNISE_ENTRIES} names down to {@link #MAX_DEPTH}.
     */
    private static boolean holdsExportFile(Path dir) throws IOException {
        boolean[] found = {false};
        int[] seen = {0};
        Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                        found[0] = FitbitFile.inExport(f.toAbsolutePath().toString()).isPresent();
                        return found[0] || ++seen[0] >= RECOGNISE_ENTRIES ? FileVisitResult.TERMINATE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
        return found[0];
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        if (path == null || options == null || ledger == null || skipped == null) {
            throw new IllegalArgumentException("path, options, ledger and skipped must be given");
        }
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        String name = path.toString();
        if (!Files.exists(path)) {
            throw InputException.inFile(name, "file not found");
        }
        try {
            if (Files.isDirectory(path)) {
                return readParts(name, folderParts(path), options, ledger, skipped, p);
            }
            if (!Files.isRegularFile(path)) {
                throw InputException.inFile(name, "not a regular file (a device or a pipe such as /dev/zero cannot be imported)");
            }
            if (FileHead.isZip(path)) {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    return readParts(name, zipParts(zip, name), options, ledger, skipped, p);
                } catch (ZipException e) {
                    throw InputException.inFile(name, "not a readable zip: " + e.getMessage(), e);
                }
            }
            Optional<FitbitFile> kind = FitbitFile.of(lastPart(name));
            if (kind.isEmpty() && !lastPart(name).equals(PROFILE)) {
                throw InputException.inFile(name, "not a Fitbit export file: expected a folder or zip of the export, "
                        + "or a file named TYPE-YYYY-MM-DD.json (TYPE: steps, distance, very_active_minutes, "
                        + "moderately_active_minutes, sleep, weight) or steps_YYYY-MM-DD.csv, distance_YYYY-MM-DD.csv");
            }
            Part single = new Part(name, kind, Files.size(path), () -> Files.newInputStream(path));
            return readParts(name, List.of(single), options, ledger, skipped, p);
        } catch (NoSuchFileException e) {
            throw InputException.inFile(name, "file not found", e);
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
    }

    private long readParts(String name, List<Part> parts, ImportOptions options, DailyLedger ledger, SkippedRecords skipped,
            ProgressListener progress) throws IOException {
        FitbitProfile profile = FitbitProfile.none();
        for (Part part : parts) {
            if (part.kind().isEmpty()) {
                try (InputStream in = part.opener().open()) {
                    profile = FitbitProfile.read(in, part.where());
                }
                break;
            }
        }
        // The JSON files first: a day they hold is not read again from the newer CSV twins (FitbitRecords#csv).
        List<Part> data = parts.stream().filter(part -> part.kind().isPresent())
                .sorted(Comparator.comparing(part -> part.kind().get().csv())).toList();
        if (data.isEmpty()) {
            throw InputException.inFile(name, "no Fitbit export files in it: expected TYPE-YYYY-MM-DD.json files (TYPE: "
                    + "steps, distance, very_active_minutes, moderately_active_minutes, sleep, weight), as in "
                    + "Takeout/Fitbit/Global Export Data, or steps_YYYY-MM-DD.csv and distance_YYYY-MM-DD.csv in "
                    + FitbitFile.CSV_FOLDER);
        }
        Optional<ZoneId> zone = options.zone().or(profile::zone);
        if (zone.isEmpty()) {
            throw InputException.inFile(name, "no time zone: Fitbit writes local times without a UTC offset, and no "
                    + "Profile.csv with a timezone came with the export; pass --tz ZONE (e.g. --tz Europe/London)");
        }
        FitbitRecords records = new FitbitRecords(ledger, skipped, zone.get(), profile.kgPerWeightUnit(),
                java.time.Instant.now().getEpochSecond());
        long total = data.stream().mapToLong(Part::size).sum();
        long done = 0;
        for (Part part : data) {
            try (InputStream in = new BufferedInputStream(part.opener().open(), 1 << 16)) {
                records.read(part.kind().get(), in, part.where(), FitbitFile.day(lastPart(part.where())));
            }
            done += part.size();
            progress.bytesRead(done, total);
        }
        records.finish();
        return records.used();
    }

    /** The export's files under a folder, in name order (so a run reads them the same way every time). */
    private static List<Part> folderParts(Path dir) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String file = f.getFileName().toString();
                Optional<FitbitFile> kind = FitbitFile.inExport(f.toAbsolutePath().toString());
                if (kind.isPresent() || file.equals(PROFILE)) {
                    parts.add(new Part(f.toString(), kind, Files.size(f), () -> Files.newInputStream(f)));
                }
            }
        }
        return parts;
    }

    private static List<Part> zipParts(ZipFile zip, String name) {
        List<Part> parts = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            String file = lastPart(e.getName());
            Optional<FitbitFile> kind = FitbitFile.inExport(e.getName());
            if (!e.isDirectory() && !e.getName().startsWith("__MACOSX/") && (kind.isPresent() || file.equals(PROFILE))) {
                String where = name + "!" + e.getName();
                parts.add(new Part(where, kind, Math.max(0, e.getSize()),
                        () -> ZipEntryLimit.forEntry(zip.getInputStream(e), where, e.getCompressedSize())));
            }
        }
        parts.sort(Comparator.comparing(Part::where));
        return parts;
    }

    private static String lastPart(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
