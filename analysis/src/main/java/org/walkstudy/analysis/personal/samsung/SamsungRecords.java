package org.walkstudy.analysis.personal.samsung;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.walkstudy.analysis.personal.BriskRule;
import org.walkstudy.analysis.personal.ColumnDecimals;
import org.walkstudy.analysis.personal.CsvCells;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.PlausibleRange;
import org.walkstudy.analysis.personal.RecordTimes;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/**
 * The rows of Samsung Health's files as ledger entries. Day summaries are whole-day records, one source per
 * device (the file repeats a day for each device that counted steps: one device counts per day, never their
 * sum); a day repeated for one device counts once. Sessions, sleep and weight are timed records in their own
 * offset.
 */
final class SamsungRecords {
    /** Samsung Health's predefined exercise type for walking (Samsung Health SDK, Exercise type list: 1001). */
    static final int WALKING = 1001;
    /** Hiking (13001 in the same list): a hike is a walk, as Strava and FIT hikes are. */
    static final int HIKING = 13001;
    /** HealthConstants.SleepStage.STAGE_AWAKE (Samsung Health SDK); 40002-40004 are light, deep and REM sleep. */
    static final int STAGE_AWAKE = 40001;
    static final String SOURCE = "Samsung Health";
    private final ImportOptions options;
    private final DailyLedger ledger;
    private final SkippedRecords skipped;
    private final Map<String, String> deviceNames;
    private final Map<String, Integer> sources = new HashMap<>();
    /** (day, device) to {steps, distance km, line}: the larger count of a day repeated for one device wins. */
    private final Map<String, double[]> days = new HashMap<>();
    private final Map<String, String> dayDevices = new HashMap<>();
    /** Sleep records by datauuid, held until their stages are read (a few hundred a year). */
    private final Map<String, Night> nights = new HashMap<>();
    private final long notAfter = System.currentTimeMillis() / 1000;
    private long used;

    SamsungRecords(ImportOptions options, DailyLedger ledger, SkippedRecords skipped, Map<String, String> deviceNames) {
        this.options = options;
        this.ledger = ledger;
        this.skipped = skipped;
        this.deviceNames = deviceNames;
    }

    void stepDays(Path file) {
        String name = file.toString();
        CsvCells.read(file, options.decimal(), 1, (rec, line, decimals) -> {
            List<String> h = rec.getParser().getHeaderNames();
            String dayColumn = SamsungCsv.column(h, "day_time");
            String stepColumn = SamsungCsv.column(h, "step_count");
            if (dayColumn == null || stepColumn == null) {
                throw InputException.atLine(name, 2, "a step summary needs the columns day_time and step_count; columns: " + h);
            }
            try {
                LocalDate day = SamsungCsv.day(name, line, dayColumn, rec.get(dayColumn));
                // A day that starts in the future or before 1970 is impossible (found by SamsungHealthFuzzTest:
                // a day in the year 2511 reached the ledger, which cannot hold it, and failed the import).
                long dayStart = day.toEpochDay() * 86_400L;
                RecordTimes.problem(dayStart, dayStart, notAfter).ifPresent(p -> {
                    throw InputException.atCell(name, line, dayColumn, p);
                });
                double steps = decimals.number(line, stepColumn, rec.get(stepColumn));
                PlausibleRange.daily(DailyMeasure.STEPS, steps).ifPresent(p -> {
                    throw InputException.atCell(name, line, stepColumn, p);
                });
                String distanceColumn = SamsungCsv.column(h, "distance");
                String d = SamsungCsv.cell(rec, distanceColumn);
                double km = d.isEmpty() ? Double.NaN : decimals.number(line, distanceColumn, d) / 1000;
                String device = SamsungCsv.cell(rec, SamsungCsv.column(h, "deviceuuid"));
                String key = day + "|" + device;
                double[] old = days.get(key);
                if (old == null || steps > old[0]) {
                    days.put(key, new double[] {steps, km, day.toEpochDay()});
                    dayDevices.put(key, device);
                }
            } catch (InputException e) {
                skipped.skip(e);
            }
        });
    }

    void exercise(Path file) {
        String name = file.toString();
        CsvCells.read(file, options.decimal(), 1, (rec, line, decimals) -> {
            List<String> h = rec.getParser().getHeaderNames();
            String typeColumn = require(name, h, "exercise_type");
            try {
                String type = SamsungCsv.cell(rec, typeColumn);
                if (!type.equals(String.valueOf(WALKING)) && !type.equals(String.valueOf(HIKING))) {
                    return;
                }
                Times t = times(name, rec, line, h, "start_time", "end_time", decimals);
                double minutes = t.durationMinutes;
                PlausibleRange.daily(DailyMeasure.WALK_MINUTES, minutes).ifPresent(p -> {
                    throw InputException.atCell(name, line, SamsungCsv.column(h, "end_time"), "a walking session of " + p);
                });
                int source = source(rec, h, " (workout)");
                String distanceColumn = SamsungCsv.column(h, "distance");
                String d = SamsungCsv.cell(rec, distanceColumn);
                double km = d.isEmpty() ? 0 : decimals.number(line, distanceColumn, d) / 1000;
                if (km > 0 && minutes > 0) {
                    double kmh = km / (minutes / 60);
                    PlausibleRange.walkingSpeedKmh(kmh).ifPresent(p -> {
                        throw InputException.atCell(name, line, distanceColumn, p);
                    });
                }
                ledger.addTimed(DailyMeasure.WALK_MINUTES, source, t.start, t.end, t.offset, minutes, true);
                used++;
                if (km > 0) {
                    ledger.addTimed(DailyMeasure.DISTANCE_KM, source, t.start, t.end, t.offset, km, false);
                    if (minutes > 0) {
                        ledger.addTimed(DailyMeasure.BRISK_MINUTES, source, t.start, t.end, t.offset,
                                BriskRule.isBriskSpeed(km / (minutes / 60)) ? minutes : 0, false);
                    }
                }
            } catch (InputException e) {
                skipped.skip(e);
            }
        });
    }

    /**
     * A sleep record runs from going to bed to waking up (Samsung Health SDK, {@code com.samsung.health.sleep}:
     * "start_time: UTC milliseconds when the user goes to bed"). It is held until the stage files are read: with
     * stages it is the in-bed stretch around them, without stages it is asleep throughout (as before stages were
     * read, and as Samsung Health counts a "Sleep #1" record without stages).
     */
    void sleep(Path file) {
        String name = file.toString();
        CsvCells.read(file, options.decimal(), 1, (rec, line, decimals) -> {
            List<String> h = rec.getParser().getHeaderNames();
            require(name, h, "start_time");
            require(name, h, "end_time");
            String id = SamsungCsv.cell(rec, SamsungCsv.column(h, "datauuid"));
            try {
                Times t = times(name, rec, line, h, "start_time", "end_time", decimals);
                PlausibleRange.sleepSeconds(t.end - t.start).ifPresent(p -> {
                    throw InputException.atCell(name, line, SamsungCsv.column(h, "end_time"), p);
                });
                SleepSpan span = new SleepSpan(source(rec, h, ""), t.start, t.end, t.offset);
                if (id.isEmpty()) {
                    addSleep(span, false); // no id, so no stage can belong to it
                } else {
                    nights.computeIfAbsent(id, k -> new Night()).spans.add(span);
                }
            } catch (InputException e) {
                skipped.skip(e);
                if (!id.isEmpty()) {
                    nights.computeIfAbsent(id, k -> new Night()); // its stages are passed over with it
                }
            }
        });
    }

    /**
     * The stages of {@code com.samsung.health.sleep_stage}, each tied to its sleep record by {@code sleep_id} (the
     * record's {@code datauuid}). Codes from the Samsung Health SDK, {@code HealthConstants.SleepStage}: 40001
     * awake, 40002 light, 40003 deep, 40004 REM; light, deep and REM are asleep. A stage takes its record's
     * source and offset, so the night's sleep and its latency come from one source.
     */
    void stages(Path file) {
        String name = file.toString();
        CsvCells.read(file, options.decimal(), 1, (rec, line, decimals) -> {
            List<String> h = rec.getParser().getHeaderNames();
            String idColumn = require(name, h, "sleep_id");
            String stageColumn = require(name, h, "stage");
            String startColumn = require(name, h, "start_time");
            String endColumn = require(name, h, "end_time");
            try {
                String id = SamsungCsv.cell(rec, idColumn);
                Night night = nights.get(id);
                if (night == null) {
                    throw InputException.atCell(name, line, idColumn, "a stage of sleep record '" + id + "', which is "
                            + "not in the sleep file read with it (" + SamsungHealthExport.SLEEP + "): not counted");
                }
                if (night.spans.isEmpty()) {
                    return; // the stage of a sleep record that was skipped (and reported) is passed over with it
                }
                String code = SamsungCsv.cell(rec, stageColumn);
                if (!code.matches("4000[1-4]")) {
                    throw InputException.atCell(name, line, stageColumn, "not a sleep stage (40001 awake, 40002 light, "
                            + "40003 deep, 40004 REM): '" + code + "'");
                }
                long start = SamsungCsv.utcSeconds(name, line, startColumn, SamsungCsv.cell(rec, startColumn));
                long end = SamsungCsv.utcSeconds(name, line, endColumn, SamsungCsv.cell(rec, endColumn));
                RecordTimes.problem(start, end, notAfter).ifPresent(p -> {
                    throw InputException.atCell(name, line, endColumn, p);
                });
                SleepSpan span = night.spans.stream().filter(s -> s.start <= start && end <= s.end).findFirst()
                        .orElseThrow(() -> InputException.atCell(name, line, start < night.spans.get(0).start
                                ? startColumn : endColumn, "the stage lies outside its sleep record '" + id + "'"));
                night.staged = true;
                if (code.equals(String.valueOf(STAGE_AWAKE))) {
                    return; // awake within the in-bed stretch: neither sleep nor a stretch of its own
                }
                ledger.addSleep(span.source, true, start, end, span.offset);
                used++;
            } catch (InputException e) {
                skipped.skip(e);
            }
        });
    }

    /** Adds the held sleep records: in bed around their stages, else asleep throughout. */
    private void finishSleep() {
        for (Night night : nights.values()) {
            for (SleepSpan span : night.spans) {
                addSleep(span, night.staged);
            }
        }
        nights.clear();
    }

    private void addSleep(SleepSpan span, boolean inBed) {
        ledger.addSleep(span.source, !inBed, span.start, span.end, span.offset);
        used++;
    }

    /** A sleep record's checked times, source and dating offset. */
    private record SleepSpan(int source, long start, long end, int offset) {
    }

    /** The records of one {@code datauuid} (two overlapping exports may hold it twice) and whether stages name it. */
    private static final class Night {
        final List<SleepSpan> spans = new ArrayList<>(1);
        boolean staged;
    }

    /** Weight in kg at {@code start_time}. */
    void weight(Path file) {
        String name = file.toString();
        CsvCells.read(file, options.decimal(), 1, (rec, line, decimals) -> {
            List<String> h = rec.getParser().getHeaderNames();
            String weightColumn = require(name, h, "weight");
            require(name, h, "start_time");
            try {
                String w = SamsungCsv.cell(rec, weightColumn);
                if (w.isEmpty()) {
                    return; // a body-composition row without a weight
                }
                double kg = decimals.number(line, weightColumn, w);
                PlausibleRange.weightKg(kg).ifPresent(p -> {
                    throw InputException.atCell(name, line, weightColumn, p);
                });
                Times t = times(name, rec, line, h, "start_time", "start_time", decimals);
                ledger.addTimed(DailyMeasure.WEIGHT_KG, source(rec, h, ""), t.start, t.end, t.offset, kg, true);
                used++;
            } catch (InputException e) {
                skipped.skip(e);
            }
        });
    }

    /**
     * Adds the day summaries (one value per day and device) and returns how many values were used. Each is a
     * record of its whole day (offset 0: {@code day_time} is already the local day), so where a phone's and a
     * watch's days overlap one device counts (the multi-source rule), and the same day of the same device in
     * two exports counts once, the larger count (a day exported while it was still counting grows later).
     */
    long finish() {
        finishSleep();
        for (Map.Entry<String, double[]> e : days.entrySet()) {
            double[] v = e.getValue();
            int source = sourceOf(dayDevices.get(e.getKey()), "");
            long start = (long) v[2] * 86_400L;
            ledger.addTimedSummary(DailyMeasure.STEPS, source, start, start + 86_400L, 0, v[0]);
            used++;
            if (!Double.isNaN(v[1])) {
                ledger.addTimedSummary(DailyMeasure.DISTANCE_KM, source, start, start + 86_400L, 0, v[1]);
                used++;
            }
        }
        days.clear();
        return used;
    }

    private record Times(long start, long end, int offset, double durationMinutes) {
    }

    /** Start, end (else start + duration) and the offset that dates the record, checked. */
    private Times times(String name, CSVRecord rec, long line, List<String> h, String startName, String endName,
            ColumnDecimals decimals) {
        String startColumn = require(name, h, startName);
        long start = SamsungCsv.utcSeconds(name, line, startColumn, SamsungCsv.cell(rec, startColumn));
        String offsetColumn = SamsungCsv.column(h, "time_offset");
        String offsetCell = SamsungCsv.cell(rec, offsetColumn);
        if (offsetColumn == null || offsetCell.isEmpty()) {
            throw InputException.atCell(name, line, offsetColumn == null ? "time_offset" : offsetColumn,
                    "no UTC offset (time_offset such as 'UTC+0100')");
        }
        int own = SamsungCsv.offsetSeconds(name, line, offsetColumn, offsetCell);
        String durationColumn = SamsungCsv.column(h, "duration");
        String durationCell = startName.equals(endName) ? "" : SamsungCsv.cell(rec, durationColumn);
        double durationMs = durationCell.isEmpty() ? Double.NaN : decimals.number(line, durationColumn, durationCell);
        String endColumn = SamsungCsv.column(h, endName);
        String endCell = SamsungCsv.cell(rec, endColumn);
        long end;
        if (!endCell.isEmpty()) {
            end = SamsungCsv.utcSeconds(name, line, endColumn, endCell);
        } else if (!Double.isNaN(durationMs) && durationMs < 1e12) {
            end = start + (long) (durationMs / 1000);
        } else {
            throw InputException.atCell(name, line, endName, "no end time and no duration");
        }
        Optional<String> problem = RecordTimes.problem(start, end, notAfter);
        if (problem.isPresent()) {
            throw InputException.atCell(name, line, endColumn == null ? startColumn : endColumn, problem.get());
        }
        double minutes = !Double.isNaN(durationMs) && durationMs < 1e12 ? durationMs / 60_000 : (end - start) / 60.0;
        if (minutes > (end - start) / 60.0 + 1) {
            throw InputException.atCell(name, line, durationColumn, "a duration of " + Math.round(minutes)
                    + " minutes is longer than the session from start to end");
        }
        return new Times(start, end, RecordTimes.dating(options.zone(), start, own), minutes);
    }

    private static String require(String name, List<String> header, String shortName) {
        String c = SamsungCsv.column(header, shortName);
        if (c == null) {
            throw InputException.atLine(name, 2, "no column " + shortName + " (nor one ending in ." + shortName
                    + "); columns: " + header);
        }
        return c;
    }

    private int source(CSVRecord rec, List<String> h, String suffix) {
        return sourceOf(SamsungCsv.cell(rec, SamsungCsv.column(h, "deviceuuid")), suffix);
    }

    /** The device's name from the export's device list, else "Samsung Health device 1a2b3c4d", else the app. */
    private int sourceOf(String deviceUuid, String suffix) {
        String key = deviceUuid + suffix;
        Integer id = sources.get(key);
        if (id == null) {
            String device = deviceNames.get(deviceUuid);
            String label = device != null ? device : deviceUuid.isEmpty() ? SOURCE
                    : SOURCE + " device " + deviceUuid.substring(0, Math.min(10, deviceUuid.length()));
            id = ledger.sourceId(label.replaceAll("\\p{Cntrl}", " ") + suffix);
            sources.put(key, id);
        }
        return id;
    }
}
