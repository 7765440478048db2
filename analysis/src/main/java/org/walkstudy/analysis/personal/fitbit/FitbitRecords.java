package org.walkstudy.analysis.personal.fitbit;

import org.walkstudy.analysis.personal.JsonRecords;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.PlausibleRange;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * Maps the records of one Fitbit export onto the ledger (docs/personal-data.md, "Fitbit"): minute steps and
 * distance as timed samples of 60 s, very + moderately ("fairly") active minutes as a day's brisk minutes, the
 * main sleep log as its asleep stretch and in-bed stretch, weight logs in kg. Mutable: one per import of an export.
 */
final class FitbitRecords {
    static final String SOURCE = "Fitbit";
    /** Label of the brisk minutes, a Fitbit estimate of its own: ranks as the device in {@code --sources}. */
    static final String ACTIVE_MINUTES_SOURCE = SOURCE + " (active minutes)";
    /** More than a kilometre in one minute (60 km/h) is not on foot. */
    static final double MAX_KM_PER_MINUTE = 1.0;
    private static final double CM_PER_KM = 100_000;
    private static final Set<String> ASLEEP = Set.of("asleep", "light", "deep", "rem");
    /** Weight-log sources that name a way of logging, not a device. */
    private static final Set<String> NOT_DEVICES = Set.of("api", "web", "manual", "");

    private final DailyLedger ledger;
    private final SkippedRecords skipped;
    private final ZoneId zone;
    private final LocalClock clock;
    private final long notAfter;
    private final Optional<Double> kgPerWeightUnit;
    private final int source;
    /** Per local day: very and moderately active minutes (NaN: not given), summed when the export is read. */
    private final Long2ObjectOpenHashMap<double[]> active = new Long2ObjectOpenHashMap<>();
    /** Local days with steps, so a day of zero active minutes counts only when the tracker was worn. */
    private final LongOpenHashSet stepDays = new LongOpenHashSet();
    /** Local days with distance in the JSON files: the CSV twins' rows of those days are passed over. */
    private final LongOpenHashSet distanceDays = new LongOpenHashSet();
    private final PhysicalActivityCsv csv;
    private final MinuteSeries minutes = new MinuteSeries();
    private long used;

    FitbitRecords(DailyLedger ledger, SkippedRecords skipped, ZoneId zone, Optional<Double> kgPerWeightUnit, long nowUtc) {
        this.ledger = ledger;
        this.skipped = skipped;
        this.zone = zone;
        this.clock = new LocalClock(zone);
        this.kgPerWeightUnit = kgPerWeightUnit;
        this.notAfter = nowUtc + 60;
        this.source = ledger.sourceId(SOURCE);
        this.csv = new PhysicalActivityCsv(ledger, skipped, zone, notAfter, stepDays, distanceDays);
    }

    long used() {
        return used + csv.used();
    }

    /** Reads one file; {@code fileDay}: the day in its name (null: none), which tells a minute file's clock. */
    void read(FitbitFile kind, InputStream in, String where, LocalDate fileDay) {
        clock.restart();
        switch (kind) {
            case STEPS, DISTANCE -> {
                minutes.clear();
                JsonRecords.forEachRecord(in, where, (p, line) -> series(kind, p, line, where));
                addMinutes(kind, where, fileDay);
            }
            case VERY_ACTIVE_MINUTES, MODERATELY_ACTIVE_MINUTES ->
                JsonRecords.forEachRecord(in, where, (p, line) -> series(kind, p, line, where));
            case SLEEP -> JsonRecords.forEachRecord(in, where, (p, line) -> sleep(p, line, where));
            case WEIGHT -> JsonRecords.forEachRecord(in, where, (p, line) -> weight(p, line, where));
            case STEPS_CSV, DISTANCE_CSV -> csv.read(kind, in, where);
            default -> throw new IllegalStateException("kind " + kind);
        }
    }

    /** {@code {"dateTime" : "03/20/17 23:55:00", "value" : "68"}}: a minute (steps, cm) or a day (active minutes). */
    private void series(FitbitFile kind, JsonParser p, long line, String where) throws IOException {
        String[] f = JsonRecords.fields(p, "dateTime", "value");
        String dateTime = f[0];
        String value = f[1];
        double v = JsonRecords.number(value);
        if (Double.isNaN(v) || v < 0) {
            bad(where, line, "value", value == null ? "no value" : "not a count >= 0: '" + value + "'");
            return;
        }
        boolean minute = kind == FitbitFile.STEPS || kind == FitbitFile.DISTANCE;
        LocalDateTime t = FitbitTime.slashed(dateTime);
        if (t == null) {
            bad(where, line, "dateTime", "not a time MM/dd/yy HH:mm:ss: '" + dateTime + "'");
            return;
        }
        if (minute) {
            minutes.seen(t);
            if (v == 0) {
                return; // adds nothing; a tracker not worn writes zeros, which must not hide another device's steps
            }
        } else {
            activeMinutes(kind, t.toLocalDate(), v, where, line);
            return;
        }
        if (kind == FitbitFile.STEPS) {
            Optional<String> problem = PlausibleRange.steps(v, 60);
            if (problem.isPresent()) {
                bad(where, line, "value", problem.get());
                return;
            }
        } else if (v / CM_PER_KM > MAX_KM_PER_MINUTE) {
            bad(where, line, "value", fmt(v) + " cm in one minute is faster than 60 km/h: not on foot");
            return;
        }
        minutes.add(t, v, line);
    }

    /** Adds a minute file's records once the whole file tells whether its times are local or UTC. */
    private void addMinutes(FitbitFile kind, String where, LocalDate fileDay) {
        ZoneRules rules = zone.getRules();
        LocalDate day = fileDay != null ? fileDay : minutes.size() > 0 ? minutes.wallClock(0).toLocalDate() : LocalDate.EPOCH;
        boolean eastOfUtc = rules.getOffset(day.atTime(12, 0)).getTotalSeconds() > 0;
        boolean inUtc = minutes.writtenInUtc(fileDay, eastOfUtc);
        for (int i = 0; i < minutes.size(); i++) {
            long start;
            int offset;
            if (inUtc) {
                start = minutes.asUtc(i);
                offset = rules.getOffset(Instant.ofEpochSecond(start)).getTotalSeconds();
                if (!inRange(start, where, minutes.line(i))) {
                    continue;
                }
            } else {
                start = utc(minutes.wallClock(i), where, minutes.line(i), "dateTime");
                offset = clock.offsetSeconds();
                if (start == LocalClock.GAP) {
                    continue;
                }
            }
            double v = minutes.value(i);
            if (kind == FitbitFile.STEPS) {
                ledger.addTimed(DailyMeasure.STEPS, source, start, start + 60, offset, v, true);
                stepDays.add(Math.floorDiv(start + offset, 86_400L));
            } else {
                ledger.addTimed(DailyMeasure.DISTANCE_KM, source, start, start + 60, offset, v / CM_PER_KM, true);
                distanceDays.add(Math.floorDiv(start + offset, 86_400L));
            }
            used++;
        }
    }

    private void activeMinutes(FitbitFile kind, LocalDate day, double value, String where, long line) {
        Optional<String> problem = PlausibleRange.daily(DailyMeasure.BRISK_MINUTES, value);
        if (problem.isPresent()) {
            bad(where, line, "value", problem.get());
            return;
        }
        double[] both = active.computeIfAbsent(day.toEpochDay(), d -> new double[] {Double.NaN, Double.NaN});
        int slot = kind == FitbitFile.VERY_ACTIVE_MINUTES ? 0 : 1;
        if (Double.isNaN(both[slot])) {
            both[slot] = value;
        } else if (both[slot] != value) {
            // The same day twice (two copies of the export) with other minutes: which is right is not ours to guess.
            bad(where, line, "value", "a second, different value for " + day + ": " + fmt(value) + " after " + fmt(both[slot])
                    + "; the first is kept");
        }
    }

    /** A sleep log; only the main sleep counts (naps are left out: docs/personal-data.md, "Fitbit"). */
    private void sleep(JsonParser p, long line, String where) throws IOException {
        String start = null;
        String end = null;
        String logType = null;
        double toFallAsleep = Double.NaN;
        double asleep = Double.NaN;
        boolean main = true;
        LocalDateTime firstAsleepStage = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "startTime" -> start = JsonRecords.scalar(p);
                case "endTime" -> end = JsonRecords.scalar(p);
                case "logType" -> logType = JsonRecords.scalar(p);
                case "minutesToFallAsleep" -> toFallAsleep = JsonRecords.number(JsonRecords.scalar(p));
                case "minutesAsleep" -> asleep = JsonRecords.number(JsonRecords.scalar(p));
                case "mainSleep", "isMainSleep" -> main = t != JsonToken.VALUE_FALSE && !"false".equals(JsonRecords.scalar(p));
                case "levels" -> firstAsleepStage = firstAsleepStage(p);
                default -> p.skipChildren();
            }
        }
        if (!main) {
            return;
        }
        LocalDateTime from = FitbitTime.iso(start);
        LocalDateTime to = FitbitTime.iso(end);
        if (from == null) {
            bad(where, line, "startTime", "not a time yyyy-MM-ddTHH:mm:ss.SSS: '" + start + "'");
            return;
        }
        if (to == null) {
            bad(where, line, "endTime", "not a time yyyy-MM-ddTHH:mm:ss.SSS: '" + end + "'");
            return;
        }
        if (Double.isNaN(asleep) || asleep < 0) {
            bad(where, line, "minutesAsleep", "not a number of minutes >= 0");
            return;
        }
        long startUtc = utc(from, where, line, "startTime");
        int startOffset = clock.offsetSeconds();
        long endUtc = startUtc == LocalClock.GAP ? LocalClock.GAP : utc(to, where, line, "endTime");
        if (endUtc == LocalClock.GAP) {
            return;
        }
        if (endUtc < startUtc) {
            bad(where, line, "endTime", "ends before it starts");
            return;
        }
        Optional<String> tooLong = PlausibleRange.sleepSeconds(endUtc - startUtc);
        if (tooLong.isPresent()) {
            bad(where, line, "endTime", tooLong.get());
            return;
        }
        boolean latency = !Double.isNaN(toFallAsleep) && toFallAsleep >= 0
                && (toFallAsleep > 0 || "manual".equals(logType));
        // Sleep onset: the first asleep stage, else the start plus the minutes Fitbit took to see you fall asleep.
        long onset = firstAsleepStage != null ? new LocalClock(zone).utc(firstAsleepStage)
                : startUtc + (long) (Double.isNaN(toFallAsleep) ? 0 : toFallAsleep * 60);
        if (onset == LocalClock.GAP || onset < startUtc || onset > endUtc) {
            bad(where, line, "levels", "the first asleep stage lies outside startTime..endTime");
            return;
        }
        long asleepEnd = Math.min(endUtc, onset + Math.round(asleep * 60));
        if (asleep > 0) {
            ledger.addSleep(source, true, onset, asleepEnd, startOffset);
        }
        if (latency) {
            ledger.addSleep(source, false, onset - Math.round(toFallAsleep * 60), endUtc, startOffset);
        }
        used++;
    }

    /** The start of the first asleep stage of {@code levels.data}, or null; the parser ends on levels' END_OBJECT. */
    private static LocalDateTime firstAsleepStage(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        LocalDateTime first = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (!field.equals("data") || t != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY && item != null; item = p.nextToken()) {
                if (item != JsonToken.START_OBJECT) {
                    p.skipChildren(); // not a stage: passed over whole, so the parser stays in step
                    continue;
                }
                String[] stage = JsonRecords.fields(p, "dateTime", "level");
                String time = stage[0];
                String level = stage[1];
                LocalDateTime at = FitbitTime.iso(time);
                if (level != null && ASLEEP.contains(level.toLowerCase(Locale.ROOT)) && at != null
                        && (first == null || at.isBefore(first))) {
                    first = at;
                }
            }
        }
        return first;
    }

    /** {@code {"weight" : 191.8, "date" : "05/18/15", "time" : "23:59:59", "source" : "Aria"}}. */
    private void weight(JsonParser p, long line, String where) throws IOException {
        String[] f = JsonRecords.fields(p, "weight", "date", "time", "source");
        String weight = f[0];
        String date = f[1];
        String time = f[2];
        String device = f[3];
        double w = JsonRecords.number(weight);
        if (Double.isNaN(w)) {
            bad(where, line, "weight", weight == null ? "no weight" : "not a number: '" + weight + "'");
            return;
        }
        if (kgPerWeightUnit.isEmpty()) {
            bad(where, line, "weight", "the unit of the weight is not known: Fitbit writes it in the unit of the profile, "
                    + "and no Profile.csv with weight_unit METRIC or en_US came with the export");
            return;
        }
        double kg = w * kgPerWeightUnit.get();
        Optional<String> problem = PlausibleRange.weightKg(kg);
        if (problem.isPresent()) {
            bad(where, line, "weight", problem.get());
            return;
        }
        LocalDateTime t = FitbitTime.slashed(date, time);
        if (t == null) {
            bad(where, line, "date", "not a date MM/dd/yy and time HH:mm:ss: '" + date + "' '" + time + "'");
            return;
        }
        clock.restart(); // weight logs are not in time order
        long at = utc(t, where, line, "time");
        if (at == LocalClock.GAP) {
            return;
        }
        boolean named = device != null && !NOT_DEVICES.contains(device.strip().toLowerCase(Locale.ROOT));
        int id = named ? ledger.sourceId(SOURCE + " " + device.strip()) : source;
        ledger.addTimed(DailyMeasure.WEIGHT_KG, id, at, at, clock.offsetSeconds(), kg, true);
        used++;
    }

    /**
     * Adds each day's very + moderately active minutes as one brisk-minutes record over the local day. A day
     * whose minutes are both 0 and that has no steps is left out: Fitbit writes zeros for days it was not worn.
     */
    void finish() {
        csv.finish();
        long[] days = active.keySet().toLongArray();
        Arrays.sort(days);
        int id = ledger.sourceId(ACTIVE_MINUTES_SOURCE);
        for (long day : days) {
            double[] both = active.get(day);
            double brisk = (Double.isNaN(both[0]) ? 0 : both[0]) + (Double.isNaN(both[1]) ? 0 : both[1]);
            if (brisk == 0 && !stepDays.contains(day) && !csv.hasSteps(day)) {
                continue;
            }
            LocalDate d = LocalDate.ofEpochDay(day);
            ZonedDateTime start = d.atStartOfDay(zone);
            long from = start.toEpochSecond();
            long to = d.plusDays(1).atStartOfDay(zone).toEpochSecond();
            if (to > notAfter || !DailyLedger.storable(from, to)) {
                continue; // today's day is not over; a day before 1970 cannot be held
            }
            ledger.addTimed(DailyMeasure.BRISK_MINUTES, id, from, to, start.getOffset().getTotalSeconds(), brisk, true);
            used++;
        }
    }

    /** UTC seconds of a local time, or GAP after reporting a time that does not exist or lies in the future. */
    private long utc(LocalDateTime t, String where, long line, String field) {
        long at = clock.utc(t);
        if (at == LocalClock.GAP) {
            bad(where, line, field, "'" + t + "' does not exist in " + zone + " (the clocks went forward over it)");
            return LocalClock.GAP;
        }
        return inRange(at, where, line, field) ? at : LocalClock.GAP;
    }

    private boolean inRange(long at, String where, long line) {
        return inRange(at, where, line, "dateTime");
    }

    /** False (and the record reported) for a time in the future or before 1970. */
    private boolean inRange(long at, String where, long line, String field) {
        if (at > notAfter) {
            bad(where, line, field, "in the future: " + Instant.ofEpochSecond(at));
            return false;
        }
        if (!DailyLedger.storable(at, at)) {
            bad(where, line, field, "before 1970: " + Instant.ofEpochSecond(at));
            return false;
        }
        return true;
    }

    private void bad(String where, long line, String field, String problem) {
        skipped.skip(InputException.atCell(where, line, field, problem));
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
