package org.walkstudy.analysis.personal.samsung;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ExportReader;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/**
 * A Samsung Health export folder, or some of its CSV files: daily step summaries, exercise sessions, sleep
 * with its stages, and weight. Each file is told by the type on its metadata line, not by its name (the exercise file's name is also
 * the start of its weather and route files' names). The device_profile file, when present, names the devices.
 */
public final class SamsungHealthExport implements ExportReader {
    static final String STEP_DAYS = "com.samsung.shealth.tracker.pedometer_day_summary";
    static final String EXERCISE = "com.samsung.shealth.exercise";
    static final String SLEEP = "com.samsung.shealth.sleep";
    static final String SLEEP_STAGES = "com.samsung.health.sleep_stage";
    static final String WEIGHT = "com.samsung.health.weight";
    static final String DEVICES = "com.samsung.health.device_profile";
    static final List<String> READ = List.of(STEP_DAYS, EXERCISE, SLEEP, SLEEP_STAGES, WEIGHT);
    /** How many files of a folder {@link #recognises} looks into: it must stay cheap. */
    private static final int LOOK_AT = 8;

    @Override
    public boolean recognises(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    return files.filter(f -> f.getFileName().toString().startsWith(SamsungCsv.PREFIX)
                            && f.getFileName().toString().endsWith(".csv")).limit(LOOK_AT)
                            .anyMatch(f -> SamsungCsv.type(f).isPresent());
                }
            }
            return Files.isRegularFile(path) && SamsungCsv.type(path).isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        if (path == null || options == null || ledger == null || skipped == null) {
            throw new IllegalArgumentException("path, options, ledger and skipped must be given");
        }
        Map<String, List<Path>> byType = new HashMap<>();
        if (Files.isDirectory(path)) {
            for (Path f : csvFiles(path)) {
                SamsungCsv.type(f).ifPresent(t -> byType.computeIfAbsent(t, k -> new ArrayList<>()).add(f));
            }
            if (READ.stream().noneMatch(byType::containsKey)) {
                throw InputException.inFile(path.toString(), "no Samsung Health step summary, exercise, sleep or weight "
                        + "CSV in this folder (files whose first line starts with " + READ + ")");
            }
        } else {
            String type = SamsungCsv.requireType(path);
            if (!READ.contains(type) && !type.equals(DEVICES)) {
                throw InputException.atLine(path.toString(), 1, "a Samsung Health file of type " + type
                        + ", which walkstudy does not read (it reads " + READ + ")");
            }
            byType.put(type, List.of(path));
            if (!type.equals(DEVICES)) {
                byType.put(DEVICES, filesBeside(path, DEVICES)); // files given one by one keep their device names
            }
            // A sleep record and its stages only make sense together: a file of either is read with the other's
            // files beside it (given one by one, both are read twice, and the second reading is exact duplicates).
            if (type.equals(SLEEP)) {
                byType.put(SLEEP_STAGES, filesBeside(path, SLEEP_STAGES));
            } else if (type.equals(SLEEP_STAGES)) {
                byType.put(SLEEP, filesBeside(path, SLEEP));
            }
        }
        Map<String, String> devices = new HashMap<>();
        byType.getOrDefault(DEVICES, List.of()).forEach(f -> devices.putAll(SamsungCsv.deviceNames(f)));
        SamsungRecords records = new SamsungRecords(options, ledger, skipped, devices);
        for (Path f : byType.getOrDefault(STEP_DAYS, List.of())) {
            records.stepDays(f);
        }
        for (Path f : byType.getOrDefault(EXERCISE, List.of())) {
            records.exercise(f);
        }
        for (Path f : byType.getOrDefault(SLEEP, List.of())) {
            records.sleep(f);
        }
        for (Path f : byType.getOrDefault(SLEEP_STAGES, List.of())) {
            records.stages(f);
        }
        for (Path f : byType.getOrDefault(WEIGHT, List.of())) {
            records.weight(f);
        }
        return records.finish();
    }

    /** The files of {@code type} in the folder of {@code file} (none when it cannot be listed). */
    private static List<Path> filesBeside(Path file, String type) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(type + ".")
                    && f.getFileName().toString().endsWith(".csv")).filter(f -> SamsungCsv.type(f).filter(type::equals).isPresent())
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<Path> csvFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw InputException.inFile(folder.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }
}
