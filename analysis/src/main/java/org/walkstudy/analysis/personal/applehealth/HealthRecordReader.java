package org.walkstudy.analysis.personal.applehealth;

import static org.walkstudy.analysis.personal.applehealth.HealthXmlScanner.bytes;

import java.util.Arrays;

import org.walkstudy.analysis.personal.BackPain;
import org.walkstudy.analysis.personal.BriskRule;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.PlausibleRange;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/**
 * Turns the scanner's Record and Workout tags into ledger entries. A record counts wholly on the date of
 * its start time; sleep counts on the night it belongs to (noon to noon, labelled with the morning's date).
 * Derived readings get their own source label ("Watch (cadence)", "Watch (workout)") so the ledger's
 * one-source-per-day rule never adds two estimates of the same thing.
 */
final class HealthRecordReader implements HealthXmlScanner.Handler {
    private static final byte[] RECORD = bytes("Record");
    private static final byte[] WORKOUT = bytes("Workout");
    private static final byte[] EXPORT_DATE = bytes("ExportDate");
    private static final byte[] WORKOUT_STATISTICS = bytes("WorkoutStatistics");
    private static final byte[] TYPE = bytes("type");
    private static final byte[] VALUE = bytes("value");
    private static final byte[] UNIT = bytes("unit");
    private static final byte[] SOURCE_NAME = bytes("sourceName");
    private static final byte[] START = bytes("startDate");
    private static final byte[] END = bytes("endDate");
    private static final byte[] ACTIVITY = bytes("workoutActivityType");
    private static final byte[] DURATION = bytes("duration");
    private static final byte[] DURATION_UNIT = bytes("durationUnit");
    private static final byte[] TOTAL_DISTANCE = bytes("totalDistance");
    private static final byte[] TOTAL_DISTANCE_UNIT = bytes("totalDistanceUnit");
    private static final byte[] SUM = bytes("sum");

    private static final byte[] STEPS = bytes("HKQuantityTypeIdentifierStepCount");
    private static final byte[] DISTANCE = bytes("HKQuantityTypeIdentifierDistanceWalkingRunning");
    private static final byte[] SPEED = bytes("HKQuantityTypeIdentifierWalkingSpeed");
    private static final byte[] BODY_MASS = bytes("HKQuantityTypeIdentifierBodyMass");
    private static final byte[] SLEEP = bytes("HKCategoryTypeIdentifierSleepAnalysis");
    private static final byte[] BACK_PAIN = bytes("HKCategoryTypeIdentifierLowerBackPain");
    private static final byte[] WALKING = bytes("HKWorkoutActivityTypeWalking");
    private static final byte[] IN_BED = bytes("HKCategoryValueSleepAnalysisInBed");
    private static final byte[] ASLEEP_PREFIX = bytes("HKCategoryValueSleepAnalysisAsleep");

    private static final int NO_SOURCE = -1;
    private static final int UNKNOWN_KIND = Integer.MIN_VALUE;
    private static final String CADENCE = " (cadence)";
    private static final String SPEED_SUFFIX = " (speed)";
    private static final String WORKOUT_SUFFIX = " (workout)";

    private final DailyLedger ledger;
    private final SkippedRecords skipped;
    private final HealthTime time;
    private final String file;
    private final SourceCache sources;
    private long used;

    /** Seconds since the epoch after which no record can be real: the export date, else now. */
    private final long now;
    private long notAfter;
    /**
     * The kind {@link #skip} found from the tag's first attribute, for the {@link #startTag} call that follows
     * it on the same tag (reset there, so it never reaches another tag); UNKNOWN_KIND otherwise.
     */
    private int firstTypeKind = UNKNOWN_KIND;
    // The record being read.
    private long startUtc;
    private long endUtc;
    private int offset;

    // The walking workout being read (its distance may come in a WorkoutStatistics child).
    private boolean inWalk;
    private long walkStart;
    private long walkEnd;
    private int walkOffset;
    private double walkMinutes;
    private double walkKm;
    private String walkSource;

    HealthRecordReader(DailyLedger ledger, SkippedRecords skipped, HealthTime time, String file) {
        this(ledger, skipped, time, file, Long.MAX_VALUE);
    }

    /** {@code exportDate}: UTC seconds of the export when known before the scan (a part of a file), else MAX_VALUE. */
    HealthRecordReader(DailyLedger ledger, SkippedRecords skipped, HealthTime time, String file, long exportDate) {
        this.now = System.currentTimeMillis() / 1000;
        this.notAfter = exportDate == Long.MAX_VALUE ? now : Math.min(now, exportDate + 60);
        this.ledger = ledger;
        this.skipped = skipped;
        this.time = time;
        this.file = file;
        this.sources = new SourceCache(ledger);
    }

    long used() {
        return used;
    }

    @Override
    public boolean skip(XmlTag t) {
        if (!t.nameIs(RECORD)) {
            // Metadata entries, routes, activity summaries and the like: nothing here reads them.
            return !t.nameIs(WORKOUT) && !t.nameIs(WORKOUT_STATISTICS) && !t.nameIs(EXPORT_DATE);
        }
        if (!t.same(t.attrNameStart[0], t.attrNameEnd[0], TYPE)) {
            return false;
        }
        int kind = kind(t, 0);
        firstTypeKind = kind;
        return kind < 0;
    }

    @Override
    public void startTag(XmlTag t) {
        int known = firstTypeKind;
        firstTypeKind = UNKNOWN_KIND;
        if (t.nameIs(RECORD)) {
            record(t, known);
        } else if (t.nameIs(EXPORT_DATE)) {
            exportDate(t);
        } else if (t.nameIs(WORKOUT)) {
            workout(t);
        } else if (inWalk && t.nameIs(WORKOUT_STATISTICS)) {
            int type = t.attribute(TYPE);
            if (t.valueIs(type, DISTANCE)) {
                double km = quantity(t, SUM, UNIT, Units.DISTANCE_KM, "sum");
                if (!Double.isNaN(km)) {
                    walkKm = km;
                }
            }
        }
    }

    @Override
    public void endTag(XmlTag t) {
        if (inWalk && t.nameIs(WORKOUT)) {
            finishWalk();
        }
    }

    /** {@code known}: the kind {@link #skip} found for this tag when its first attribute is the type. */
    private void record(XmlTag t, int known) {
        int type = t.attribute(TYPE);
        if (type < 0) {
            return;
        }
        // Cheapest test first: most records in a real export are of types we do not use.
        int kind = type == 0 && known != UNKNOWN_KIND ? known : kind(t, type);
        if (kind < 0 || !times(t)) {
            return;
        }
        int source = sources.id(t);
        switch (kind) {
            case 0 -> steps(t, source);
            case 1 -> {
                double km = quantity(t, VALUE, UNIT, Units.DISTANCE_KM, "value");
                if (!Double.isNaN(km)) {
                    timed(DailyMeasure.DISTANCE_KM, source, km, true);
                }
            }
            case 2 -> speed(t, source);
            case 3 -> {
                double kg = quantity(t, VALUE, UNIT, Units.MASS_KG, "value");
                if (!Double.isNaN(kg)) {
                    if (!implausible(t, "value", PlausibleRange.weightKg(kg))) {
                        timed(DailyMeasure.WEIGHT_KG, source, kg, true);
                    }
                }
            }
            case 4 -> sleep(t, source);
            case 5 -> backPain(t, source);
            default -> throw new IllegalStateException("kind " + kind);
        }
    }

    private static int kind(XmlTag t, int type) {
        if (t.valueIs(type, STEPS)) {
            return 0;
        }
        if (t.valueIs(type, DISTANCE)) {
            return 1;
        }
        if (t.valueIs(type, SPEED)) {
            return 2;
        }
        if (t.valueIs(type, BODY_MASS)) {
            return 3;
        }
        if (t.valueIs(type, SLEEP)) {
            return 4;
        }
        if (t.valueIs(type, BACK_PAIN)) {
            return 5;
        }
        return -1;
    }

    private void steps(XmlTag t, int source) {
        double steps = number(t, VALUE, "value");
        if (Double.isNaN(steps)) {
            return;
        }
        if (steps < 0) {
            bad(t, "value", "a negative step count: " + steps);
            return;
        }
        long seconds = endUtc - startUtc;
        if (implausible(t, "value", PlausibleRange.steps(steps, seconds))) {
            return;
        }
        timed(DailyMeasure.STEPS, source, steps, true);
        if (seconds >= BriskRule.MIN_CADENCE_SECONDS && seconds <= BriskRule.MAX_CADENCE_SECONDS) {
            double minutes = seconds / 60.0;
            double brisk = BriskRule.isBriskCadence(steps / minutes) ? minutes : 0;
            timed(DailyMeasure.BRISK_MINUTES, sources.derived(source, CADENCE), brisk, false);
        }
    }

    private void speed(XmlTag t, int source) {
        double kmh = quantity(t, VALUE, UNIT, Units.SPEED_KMH, "value");
        long seconds = endUtc - startUtc;
        if (Double.isNaN(kmh) || seconds <= 0) {
            return;
        }
        double minutes = seconds / 60.0;
        if (!implausible(t, "value", PlausibleRange.walkingSpeedKmh(kmh))) {
            timed(DailyMeasure.BRISK_MINUTES, sources.derived(source, SPEED_SUFFIX), BriskRule.isBriskSpeed(kmh) ? minutes : 0,
                    true);
        }
    }

    private void sleep(XmlTag t, int source) {
        int v = t.attribute(VALUE);
        boolean inBed = t.valueIs(v, IN_BED);
        boolean asleep = v >= 0 && t.valueEnd[v] - t.valueStart[v] >= ASLEEP_PREFIX.length
                && t.same(t.valueStart[v], t.valueStart[v] + ASLEEP_PREFIX.length, ASLEEP_PREFIX);
        if (!inBed && !asleep) {
            return; // awake stages and unknown values add nothing to sleep or latency
        }
        if (!implausible(t, "endDate", PlausibleRange.sleepSeconds(endUtc - startUtc))) {
            ledger.addSleep(source, asleep, startUtc, endUtc, offset);
            used++;
        }
    }

    private void backPain(XmlTag t, int source) {
        int v = t.attribute(VALUE);
        if (v < 0) {
            bad(t, "value", "no value");
            return;
        }
        String text = t.text(v);
        BackPain pain = BackPain.ofHealthKit(text).orElse(null);
        if (pain == null) {
            bad(t, "value", "not a severity: '" + text + "'");
            return;
        }
        timed(DailyMeasure.BACK_PAIN, source, pain.code(), true);
    }

    private void workout(XmlTag t) {
        int activity = t.attribute(ACTIVITY);
        if (!t.valueIs(activity, WALKING) || !times(t)) {
            return;
        }
        double minutes;
        if (t.attribute(DURATION) >= 0) {
            minutes = quantity(t, DURATION, DURATION_UNIT, Units.DURATION_MIN, "duration");
            if (Double.isNaN(minutes)) {
                return;
            }
        } else {
            minutes = (endUtc - startUtc) / 60.0;
        }
        double km = Double.NaN;
        if (t.attribute(TOTAL_DISTANCE) >= 0) {
            km = quantity(t, TOTAL_DISTANCE, TOTAL_DISTANCE_UNIT, Units.DISTANCE_KM, "totalDistance");
        }
        inWalk = true;
        walkStart = startUtc;
        walkEnd = endUtc;
        walkOffset = offset;
        walkMinutes = minutes;
        walkKm = Double.isNaN(km) ? 0 : km;
        walkSource = sources.name(t) + WORKOUT_SUFFIX;
        if (t.selfClosing) {
            finishWalk();
        }
    }

    private void finishWalk() {
        inWalk = false;
        startUtc = walkStart;
        endUtc = walkEnd;
        offset = walkOffset;
        int source = ledger.sourceId(walkSource);
        timed(DailyMeasure.WALK_MINUTES, source, walkMinutes, true);
        if (walkKm > 0) {
            timed(DailyMeasure.DISTANCE_KM, source, walkKm, false);
            if (walkMinutes > 0) {
                timed(DailyMeasure.BRISK_MINUTES, source, BriskRule.isBriskSpeed(walkKm / (walkMinutes / 60)) ? walkMinutes : 0,
                        false);
            }
        }
    }

    /** Adds the current record (its start, end and offset) as a timed sample. */
    private void timed(DailyMeasure m, int source, double value, boolean primary) {
        if (source == NO_SOURCE) {
            return;
        }
        ledger.addTimed(m, source, startUtc, endUtc, offset, value, primary);
        used++;
    }

    /** True (and the record reported as skipped) when the range check found a problem. */
    private boolean implausible(XmlTag t, String attribute, java.util.Optional<String> problem) {
        if (problem.isPresent()) {
            bad(t, attribute, problem.get());
            return true;
        }
        return false;
    }

    /**
     * Reads the record's start, end and UTC offset into the current-record fields; false (and the record
     * reported) when one is missing or not a time, the offset is not one used on Earth, the record ends before
     * it starts, or it lies after the export date or in the future. Such a record is never counted.
     */
    private boolean times(XmlTag t) {
        int s = t.attribute(START);
        int e = t.attribute(END);
        if (s < 0) {
            bad(t, "startDate", "no startDate");
            return false;
        }
        if (e < 0) {
            bad(t, "endDate", "no endDate");
            return false;
        }
        long a = HealthTime.utcSeconds(t.buf, t.valueStart[s], t.valueEnd[s]);
        if (a == HealthTime.INVALID) {
            bad(t, "startDate", "not a date 'yyyy-MM-dd HH:mm:ss +hhmm' with a UTC offset from -1200 to +1400: '"
                    + t.text(s) + "'");
            return false;
        }
        long b = HealthTime.utcSeconds(t.buf, t.valueStart[e], t.valueEnd[e]);
        if (b == HealthTime.INVALID) {
            bad(t, "endDate", "not a date 'yyyy-MM-dd HH:mm:ss +hhmm' with a UTC offset from -1200 to +1400: '"
                    + t.text(e) + "'");
            return false;
        }
        if (b < a) {
            bad(t, "endDate", "ends before it starts");
            return false;
        }
        if (b > notAfter) {
            bad(t, b == a || a > notAfter ? "startDate" : "endDate", notAfter == now
                    ? "in the future" : "after the export date (" + java.time.Instant.ofEpochSecond(notAfter) + ")");
            return false;
        }
        if (!DailyLedger.storable(a, b)) {
            bad(t, "startDate", "before 1970");
            return false;
        }
        startUtc = a;
        endUtc = b;
        offset = time.offsetAt(t.buf, t.valueStart[s], t.valueEnd[s], a);
        return true;
    }

    /** The export's date ({@code <ExportDate value=...>}): records after it cannot be real. */
    private void exportDate(XmlTag t) {
        int v = t.attribute(VALUE);
        long d = v < 0 ? HealthTime.INVALID : HealthTime.utcSeconds(t.buf, t.valueStart[v], t.valueEnd[v]);
        if (d != HealthTime.INVALID) {
            // A minute of slack: the export is stamped as it starts, the last samples may be written meanwhile.
            notAfter = Math.min(now, d + 60);
        }
    }

    private double number(XmlTag t, byte[] attr, String label) {
        int i = t.attribute(attr);
        if (i < 0) {
            bad(t, label, "no " + label);
            return Double.NaN;
        }
        double v = DecimalBytes.parse(t.buf, t.valueStart[i], t.valueEnd[i]);
        if (Double.isNaN(v)) {
            bad(t, label, "not a number: '" + t.text(i) + "'");
        }
        return v;
    }

    /** A value converted by its unit attribute; NaN (record reported) when either is unusable. */
    private double quantity(XmlTag t, byte[] valueAttr, byte[] unitAttr, Units units, String label) {
        double v = number(t, valueAttr, label);
        if (Double.isNaN(v)) {
            return v;
        }
        if (v < 0) {
            bad(t, label, "negative: " + v);
            return Double.NaN;
        }
        int u = t.attribute(unitAttr);
        double factor = units.factor(t, u);
        if (Double.isNaN(factor)) {
            bad(t, "unit", "unknown unit '" + (u < 0 ? "" : t.text(u)) + "' for " + units.name().toLowerCase());
            return Double.NaN;
        }
        return v * factor;
    }

    private void bad(XmlTag t, String attribute, String problem) {
        long line = t.line;
        long column = t.column;
        String name = t.name();
        skipped.skip(() -> InputException.atCell(file, line, String.valueOf(column), "<" + name + "> " + attribute + ": " + problem));
    }

    /** Source ids by the sourceName bytes of the last few sources, so most records create no String. */
    private static final class SourceCache {
        private final DailyLedger ledger;
        private byte[][] names = new byte[0][];
        private int[] ids = new int[0];
        private String[] strings = new String[0];
        private String[][] derivedNames = new String[0][];
        private int[][] derivedIds = new int[0][];

        SourceCache(DailyLedger ledger) {
            this.ledger = ledger;
        }

        int id(XmlTag t) {
            int i = t.attribute(SOURCE_NAME);
            if (i < 0) {
                return ledger.sourceId("(unnamed source)");
            }
            for (int k = 0; k < names.length; k++) {
                if (t.same(t.valueStart[i], t.valueEnd[i], names[k])) {
                    return ids[k];
                }
            }
            String name = t.text(i).strip();
            int id = ledger.sourceId(name.isEmpty() ? "(unnamed source)" : name);
            if (names.length < 32) {
                names = Arrays.copyOf(names, names.length + 1);
                ids = Arrays.copyOf(ids, ids.length + 1);
                strings = Arrays.copyOf(strings, strings.length + 1);
                names[names.length - 1] = Arrays.copyOfRange(t.buf, t.valueStart[i], t.valueEnd[i]);
                ids[ids.length - 1] = id;
                strings[strings.length - 1] = name;
            }
            return id;
        }

        String name(XmlTag t) {
            int i = t.attribute(SOURCE_NAME);
            String name = i < 0 ? "" : t.text(i).strip();
            return name.isEmpty() ? "(unnamed source)" : name;
        }

        int derived(int baseId, String suffix) {
            if (baseId >= derivedIds.length) {
                derivedIds = Arrays.copyOf(derivedIds, baseId + 8);
                derivedNames = Arrays.copyOf(derivedNames, baseId + 8);
            }
            if (derivedIds[baseId] == null) {
                derivedIds[baseId] = new int[] {-1, -1, -1};
                derivedNames[baseId] = new String[3];
            }
            int slot = suffix.equals(CADENCE) ? 0 : suffix.equals(SPEED_SUFFIX) ? 1 : 2;
            if (derivedIds[baseId][slot] < 0) {
                derivedIds[baseId][slot] = ledger.sourceId(ledger.sourceName(baseId) + suffix);
            }
            return derivedIds[baseId][slot];
        }
    }
}
