package org.walkstudy.analysis.personal.healthconnect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.walkstudy.analysis.personal.BriskRule;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.PlausibleRange;
import org.walkstudy.analysis.personal.RecordTimes;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/**
 * Streams the records of one Health Connect database into the ledger, row by row (a {@link ResultSet}, never
 * a table in memory). Each record keeps its own zone offset and its source: the device and app that wrote it.
 * An error names the database, the table as the position's file part, the record's {@code row_id} as its
 * line and the column.
 */
final class HealthConnectRecords {
    /** ExerciseSessionType.EXERCISE_SESSION_TYPE_WALKING (android.health.connect.datatypes). */
    static final int WALKING = 53;
    /** ExerciseSessionType.EXERCISE_SESSION_TYPE_HIKING: a hike is a walk, as Strava and FIT hikes are. */
    static final int HIKING = 21;
    /** SleepSessionRecord.StageType: SLEEPING, SLEEPING_LIGHT, SLEEPING_DEEP, SLEEPING_REM count as asleep. */
    private static final List<Integer> ASLEEP_STAGES = List.of(2, 4, 5, 6);

    private final String name;
    private final ImportOptions options;
    private final DailyLedger ledger;
    private final SkippedRecords skipped;
    private final HealthConnectSchema schema;
    private final HealthConnectSources sources;
    private final long notAfter = System.currentTimeMillis() / 1000;
    private long used;

    private HealthConnectRecords(String name, ImportOptions options, DailyLedger ledger, SkippedRecords skipped,
            HealthConnectSchema schema, HealthConnectSources sources) {
        this.name = name;
        this.options = options;
        this.ledger = ledger;
        this.skipped = skipped;
        this.schema = schema;
        this.sources = sources;
    }

    /** Reads the database at {@code db}; {@code name} is how errors name it (the zip and its entry). */
    static long read(Path db, String name, ImportOptions options, DailyLedger ledger, SkippedRecords skipped) {
        try (Connection c = open(db)) {
            HealthConnectSchema schema = HealthConnectSchema.of(c, name);
            HealthConnectRecords r = new HealthConnectRecords(name, options, ledger, skipped, schema,
                    HealthConnectSources.of(c, schema, ledger));
            r.readAll(c);
            return r.used;
        } catch (SQLException e) {
            throw InputException.inFile(name, "not a readable Health Connect database: " + firstLine(e.getMessage()), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // sqlite-jdbc wraps some failures of a damaged file in unchecked exceptions.
            throw InputException.inFile(name, "not a readable Health Connect database: " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    /** Read-only, no extension loading, no trust in the file's schema (views, triggers): it is untrusted input. */
    private static Connection open(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.enableLoadExtension(false);
        Connection c = config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
            s.execute("PRAGMA query_only = ON");
            s.execute("PRAGMA cell_size_check = ON");
        } catch (SQLException | RuntimeException e) {
            c.close(); // the caller's try-with-resources never sees this connection
            throw e;
        }
        return c;
    }

    private void readAll(Connection c) throws SQLException {
        if (schema.has(HealthConnectSchema.STEPS)) {
            interval(c, HealthConnectSchema.STEPS, "count", this::steps);
        }
        if (schema.has(HealthConnectSchema.DISTANCE)) {
            interval(c, HealthConnectSchema.DISTANCE, "distance", this::distance);
        }
        if (schema.has(HealthConnectSchema.EXERCISE)) {
            interval(c, HealthConnectSchema.EXERCISE, "exercise_type", this::exercise);
        }
        if (schema.has(HealthConnectSchema.SLEEP)) {
            sleep(c);
        }
        if (schema.has(HealthConnectSchema.WEIGHT)) {
            weight(c);
        }
    }

    /** What one interval record gives: its value column read as a number, with the record's checked times. */
    @FunctionalInterface
    private interface IntervalRow {
        void accept(Record r, double value);
    }

    /** A record's position and checked times. */
    private record Record(String table, long rowId, int source, long startUtc, long endUtc, int offset) {
    }

    private void interval(Connection c, String table, String valueColumn, IntervalRow row) throws SQLException {
        String sql = "SELECT row_id, start_time, end_time, start_zone_offset, " + valueColumn + ", app_info_id, "
                + schema.deviceColumn(table) + " FROM " + table;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long rowId = rs.getLong(1);
                try {
                    Record r = times(table, rowId, rs.getObject(2), rs.getObject(3), rs.getObject(4), "start_time",
                            "end_time", "start_zone_offset", rs.getObject(6), rs.getObject(7));
                    row.accept(r, number(table, rowId, valueColumn, rs.getObject(5)));
                } catch (InputException e) {
                    skipped.skip(e);
                }
            }
        }
    }

    private void steps(Record r, double steps) {
        long seconds = r.endUtc - r.startUtc;
        PlausibleRange.steps(steps, seconds).ifPresent(p -> {
            throw bad(r, "count", p);
        });
        ledger.addTimed(DailyMeasure.STEPS, r.source, r.startUtc, r.endUtc, r.offset, steps, true);
        used++;
        if (seconds >= BriskRule.MIN_CADENCE_SECONDS && seconds <= BriskRule.MAX_CADENCE_SECONDS) {
            double minutes = seconds / 60.0;
            ledger.addTimed(DailyMeasure.BRISK_MINUTES, sources.cadence(r.source), r.startUtc, r.endUtc, r.offset,
                    BriskRule.isBriskCadence(steps / minutes) ? minutes : 0, false);
        }
    }

    /** Distance in metres (Length.fromMeters in the platform's DistanceRecordInternal). */
    private void distance(Record r, double metres) {
        ledger.addTimed(DailyMeasure.DISTANCE_KM, r.source, r.startUtc, r.endUtc, r.offset, metres / 1000, true);
        used++;
    }

    /** A walking or hiking session gives walking minutes (its length); its distance is in the distance records. */
    private void exercise(Record r, double type) {
        if (type != WALKING && type != HIKING) {
            return;
        }
        double minutes = (r.endUtc - r.startUtc) / 60.0;
        PlausibleRange.daily(DailyMeasure.WALK_MINUTES, minutes).ifPresent(p -> {
            throw bad(r, "end_time", "a walking session of " + p);
        });
        ledger.addTimed(DailyMeasure.WALK_MINUTES, sources.workout(r.source), r.startUtc, r.endUtc, r.offset, minutes, true);
        used++;
    }

    /**
     * Sessions with their stages (sleep_stages_table.parent_key = session row_id), in row_id order so a
     * session's stages come together. A session with asleep stages is the in-bed stretch around them; a
     * session without stages is asleep throughout (as Health Connect's own duration total counts it).
     */
    private void sleep(Connection c) throws SQLException {
        String table = HealthConnectSchema.SLEEP;
        boolean stages = schema.has(HealthConnectSchema.STAGES);
        String sql = "SELECT s.row_id, s.start_time, s.end_time, s.start_zone_offset, s.app_info_id, s."
                + schema.deviceColumn(table) + (stages ? ", t.stage_start_time, t.stage_end_time, t.stage_type FROM "
                + table + " s LEFT JOIN " + HealthConnectSchema.STAGES + " t ON t.parent_key = s.row_id"
                : ", NULL, NULL, NULL FROM " + table + " s") + " ORDER BY s.row_id";
        SleepSession session = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long rowId = rs.getLong(1);
                if (session == null || session.rowId != rowId) {
                    finish(session);
                    session = null;
                    try {
                        Record r = times(table, rowId, rs.getObject(2), rs.getObject(3), rs.getObject(4), "start_time",
                                "end_time", "start_zone_offset", rs.getObject(5), rs.getObject(6));
                        PlausibleRange.sleepSeconds(r.endUtc - r.startUtc).ifPresent(p -> {
                            throw bad(r, "end_time", p);
                        });
                        session = new SleepSession(rowId, r);
                    } catch (InputException e) {
                        skipped.skip(e);
                        session = new SleepSession(rowId, null);
                    }
                }
                if (session.record != null && rs.getObject(7) != null) {
                    stage(session, rs.getObject(7), rs.getObject(8), rs.getObject(9));
                }
            }
        }
        finish(session);
    }

    private static final class SleepSession {
        final long rowId;
        final Record record; // null: the session was skipped
        boolean staged;
        boolean asleep;

        SleepSession(long rowId, Record record) {
            this.rowId = rowId;
            this.record = record;
        }
    }

    private void stage(SleepSession session, Object start, Object end, Object type) {
        Record r = session.record;
        session.staged = true;
        try {
            long a = millis(HealthConnectSchema.STAGES, r.rowId, "stage_start_time", start);
            long b = millis(HealthConnectSchema.STAGES, r.rowId, "stage_end_time", end);
            RecordTimes.problem(a, b, notAfter).ifPresent(p -> {
                throw InputException.atCell(name + " " + HealthConnectSchema.STAGES, r.rowId, "stage_end_time", p);
            });
            if (type instanceof Number n && ASLEEP_STAGES.contains(n.intValue()) && n.doubleValue() == n.intValue()) {
                ledger.addSleep(r.source, true, a, b, r.offset);
                session.asleep = true;
                used++;
            }
        } catch (InputException e) {
            skipped.skip(e);
        }
    }

    private void finish(SleepSession session) {
        if (session == null || session.record == null) {
            return;
        }
        Record r = session.record;
        // Without stages the session is the sleep; with stages it is the in-bed stretch around them.
        ledger.addSleep(r.source, !session.staged, r.startUtc, r.endUtc, r.offset);
        used++;
    }

    /** Weight in grams (Mass.fromGrams in the platform's WeightRecordInternal), an instant record. */
    private void weight(Connection c) throws SQLException {
        String table = HealthConnectSchema.WEIGHT;
        String sql = "SELECT row_id, time, zone_offset, weight, app_info_id, " + schema.deviceColumn(table) + " FROM " + table;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long rowId = rs.getLong(1);
                try {
                    Record r = times(table, rowId, rs.getObject(2), rs.getObject(2), rs.getObject(3), "time", "time",
                            "zone_offset", rs.getObject(5), rs.getObject(6));
                    double kg = number(table, rowId, "weight", rs.getObject(4)) / 1000;
                    PlausibleRange.weightKg(kg).ifPresent(p -> {
                        throw bad(r, "weight", p);
                    });
                    ledger.addTimed(DailyMeasure.WEIGHT_KG, r.source, r.startUtc, r.endUtc, r.offset, kg, true);
                    used++;
                } catch (InputException e) {
                    skipped.skip(e);
                }
            }
        }
    }

    private Record times(String table, long rowId, Object start, Object end, Object offset, String startColumn,
            String endColumn, String offsetColumn, Object app, Object device) {
        long a = millis(table, rowId, startColumn, start);
        long b = millis(table, rowId, endColumn, end);
        if (!(offset instanceof Number o) || o.doubleValue() != o.longValue() || !RecordTimes.validOffset(o.longValue())) {
            throw InputException.atCell(name + " " + table, rowId, offsetColumn, "not a UTC offset in seconds from "
                    + RecordTimes.MIN_OFFSET_SECONDS + " to " + RecordTimes.MAX_OFFSET_SECONDS + ": '" + offset + "'");
        }
        Optional<String> problem = RecordTimes.problem(a, b, notAfter);
        if (problem.isPresent()) {
            throw InputException.atCell(name + " " + table, rowId, b < a || a == b ? startColumn : endColumn, problem.get());
        }
        int source = sources.of(app, device);
        return new Record(table, rowId, source, a, b, RecordTimes.dating(options.zone(), a, o.intValue()));
    }

    /** Epoch milliseconds to seconds (rounded down, so a record never starts later than written). */
    private long millis(String table, long rowId, String column, Object cell) {
        if (!(cell instanceof Number n) || n instanceof Double || n instanceof Float) {
            throw InputException.atCell(name + " " + table, rowId, column, "not a time in epoch milliseconds: '" + cell + "'");
        }
        return Math.floorDiv(n.longValue(), 1000L);
    }

    private double number(String table, long rowId, String column, Object cell) {
        if (!(cell instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < 0) {
            throw InputException.atCell(name + " " + table, rowId, column, "not a non-negative number: '" + cell + "'");
        }
        return n.doubleValue();
    }

    private InputException bad(Record r, String column, String problem) {
        return InputException.atCell(name + " " + r.table, r.rowId, column, problem);
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
