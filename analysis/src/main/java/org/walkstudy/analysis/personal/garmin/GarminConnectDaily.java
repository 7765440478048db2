package org.walkstudy.analysis.personal.garmin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.walkstudy.analysis.personal.CompressedInput;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.JsonRecords;
import org.walkstudy.analysis.personal.PlausibleRange;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/**
 * The Garmin Connect account export's daily summaries ("Export your data": {@code DI_CONNECT/}): steps, distance
 * and intensity minutes from {@code DI-Connect-Aggregator/UDSFile_*.json}, sleep from
 * {@code DI-Connect-Wellness/*_sleepData.json}, and weigh-ins from {@code *_userBioMetrics.json}
 * ({@link ConnectWeighIns}), each a JSON array of one record per calendar day, in the export's
 * zip, its folder or given alone ({@link ConnectExport}). The layout is
 * taken from open-source readers of real exports (no real export with a licence that allows it was found); the
 * fields read are named in docs/personal-data.md. A day's record is a whole-day total under the source
 * "Garmin Connect": a day in two files (overlapping exports) counts once, the larger value when they differ.
 */
public final class GarminConnectDaily {
    /** Source label of the daily summaries. */
    public static final String SOURCE = "Garmin Connect";

    private GarminConnectDaily() {
    }

    /**
     * A daily-summary file (by name and its first bytes), a folder holding the export's DI_CONNECT data, or the
     * export zip (by its entries' names). Never throws.
     */
    public static boolean recognises(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path, ConnectExport.MAX_DEPTH)) {
                    return s.limit(5_000).anyMatch(p -> Files.isRegularFile(p) && isSummaryFile(p));
                }
            }
            return Files.isRegularFile(path) && (isSummaryFile(path) || ConnectExport.zipHoldsExport(path));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isSummaryFile(Path p) {
        if (ConnectFile.of(p.getFileName().toString()).filter(ConnectFile::daily).isEmpty()) {
            return false;
        }
        String head = new String(CompressedInput.head(p, 4096), StandardCharsets.UTF_8).stripLeading();
        return head.startsWith("[") && (head.length() < 4 || head.contains("calendarDate"));
    }

    /** Reads the export's daily files among {@code parts}, telling {@code partRead} of each; returns the values used. */
    static long read(List<ConnectExport.Part> parts, DailyLedger ledger, SkippedRecords skipped,
            Consumer<ConnectExport.Part> partRead) {
        Map<Long, EnumMap<DailyMeasure, Double>> days = new TreeMap<>();
        ConnectWeighIns weighIns = new ConnectWeighIns();
        for (ConnectExport.Part part : parts) {
            if (part.kind().daily()) {
                readFile(part, days, weighIns, skipped);
                partRead.accept(part);
            }
        }
        int source = ledger.sourceId(SOURCE);
        long used = weighIns.addTo(ledger, source);
        for (Map.Entry<Long, EnumMap<DailyMeasure, Double>> d : days.entrySet()) {
            for (Map.Entry<DailyMeasure, Double> v : d.getValue().entrySet()) {
                ledger.addDaySummary(d.getKey(), v.getKey(), source, v.getValue());
                used++;
            }
        }
        return used;
    }

    private static void readFile(ConnectExport.Part part, Map<Long, EnumMap<DailyMeasure, Double>> days,
            ConnectWeighIns weighIns, SkippedRecords skipped) {
        String where = part.where();
        boolean sleep = part.kind() == ConnectFile.SLEEP;
        boolean biometrics = part.kind() == ConnectFile.BIOMETRICS;
        try (InputStream in = CompressedInput.gunzipped(new BufferedInputStream(part.opener().open(), 1 << 16))) {
            JsonRecords.forEachRecord(in, where, "a Garmin Connect daily summary file", (p, line) -> {
                if (biometrics) {
                    weighIns.record(p, where, line, skipped);
                    return;
                }
                String[] f = JsonRecords.fields(p, NAMES);
                try {
                    record(where, line, f, sleep, days);
                } catch (InputException e) {
                    skipped.skip(e);
                }
            });
        } catch (NoSuchFileException e) {
            throw InputException.inFile(where, "file not found");
        } catch (IOException e) {
            throw InputException.inFile(where, "cannot read: " + e.getMessage(), e);
        }
    }

    /** One day's record, checked whole before any value is kept (a bad record is skipped whole). */
    private static void record(String where, long line, String[] f, boolean sleep, Map<Long, EnumMap<DailyMeasure, Double>> days) {
        long day = day(where, line, "calendarDate", f[0]);
        EnumMap<DailyMeasure, Double> row = new EnumMap<>(DailyMeasure.class);
        if (sleep) {
            Double asleep = sum(where, line, f, 5, 6, 7);
            if (asleep != null) {
                row.put(DailyMeasure.SLEEP_MINUTES, asleep / 60);
            }
        } else {
            put(row, DailyMeasure.STEPS, value(where, line, "totalSteps", f[1]), 1);
            put(row, DailyMeasure.DISTANCE_KM, value(where, line, "totalDistanceMeters", f[2]), 0.001);
            Double brisk = sum(where, line, f, 3, 4); // Garmin's intensity minutes: moderate + vigorous, as minutes
            if (brisk != null) {
                row.put(DailyMeasure.BRISK_MINUTES, brisk);
            }
        }
        for (Map.Entry<DailyMeasure, Double> e : row.entrySet()) {
            PlausibleRange.daily(e.getKey(), e.getValue()).ifPresent(problem -> {
                throw InputException.atCell(where, line, e.getKey().column(), problem);
            });
        }
        EnumMap<DailyMeasure, Double> kept = days.computeIfAbsent(day, d -> new EnumMap<>(DailyMeasure.class));
        row.forEach((m, v) -> kept.merge(m, v, Math::max)); // the same day in two files counts once
    }

    /** The epoch day of a {@code yyyy-MM-dd} date, refused when absent, not a date, or in the future. */
    static long day(String where, long line, String field, String text) {
        if (text == null) {
            throw InputException.atCell(where, line, field, "no " + field);
        }
        long day;
        try {
            day = LocalDate.parse(text).toEpochDay();
        } catch (DateTimeException e) {
            throw InputException.atCell(where, line, field, "not a date yyyy-MM-dd: '" + text + "'");
        }
        long dayStart = day * 86_400L;
        org.walkstudy.analysis.personal.RecordTimes.problem(dayStart, dayStart, System.currentTimeMillis() / 1000)
                .ifPresent(problem -> {
                    throw InputException.atCell(where, line, field, problem);
                });
        return day;
    }

    private static final String[] NAMES = {"calendarDate", "totalSteps", "totalDistanceMeters", "moderateIntensityMinutes",
        "vigorousIntensityMinutes", "deepSleepSeconds", "lightSleepSeconds", "remSleepSeconds"};

    private static Double sum(String where, long line, String[] f, int... fields) {
        Double total = null;
        for (int i : fields) {
            Double v = value(where, line, NAMES[i], f[i]);
            if (v != null) {
                total = (total == null ? 0 : total) + v;
            }
        }
        return total;
    }

    private static void put(EnumMap<DailyMeasure, Double> row, DailyMeasure m, Double v, double factor) {
        if (v != null) {
            row.put(m, v * factor);
        }
    }

    /** A field's number (absent or null: no value); negative or not a number: the record is bad. */
    static Double value(String where, long line, String field, String text) {
        if (text == null) {
            return null;
        }
        double v = JsonRecords.number(text);
        if (Double.isNaN(v) || v < 0) {
            throw InputException.atCell(where, line, field, "not a number >= 0: '" + text + "'");
        }
        return v;
    }
}
