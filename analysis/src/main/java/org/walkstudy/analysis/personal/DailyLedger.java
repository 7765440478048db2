package org.walkstudy.analysis.personal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectMaps;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * Collects readings, then resolves overlapping devices into one value per day and measure
 * (docs/personal-data.md). Timed samples (records with a start and an end: an export's steps, distance,
 * workouts, sleep) are resolved as the Health app does: exact duplicates count once; where samples of
 * several sources overlap in time, the highest-priority source counts for that stretch and another
 * sample's value is prorated by the time that remains; where they do not overlap, all count. Day-level
 * readings (a diary, Google Fit, GPX walks) keep the value of one source per day and measure: the first in
 * the priority order that has data that day, else the one with the largest total (totals) or the most
 * readings (levels), ties broken by name. Mutable: readers feed it record by record.
 */
public final class DailyLedger {
    private static final int SUM = 0;
    private static final int COUNT = 1;
    private static final int WORST = 2;
    private static final long DAY_OFFSET = 1_000_000L;

    private final Map<String, Integer> sourceIds = new HashMap<>();
    private final List<String> sourceNames = new ArrayList<>();
    // Primitive long keys: a boxed Long per reading was a fifth of the import's time (JFR, 200 MB export).
    private final Long2ObjectOpenHashMap<double[]> cells = new Long2ObjectOpenHashMap<>();
    private final TimedSamples timed = new TimedSamples();
    private long readings;
    private long duplicates;
    private long summaryDuplicates;
    private long superseded;
    private final List<String> passedOver = new ArrayList<>();

    public static DailyLedger empty() {
        return new DailyLedger();
    }

    /** The id of a source name (registered on first use); readers cache it to avoid map lookups per record. */
    public int sourceId(String name) {
        Integer id = sourceIds.get(name);
        if (id == null) {
            if (sourceNames.size() >= 65_535) {
                throw new IllegalStateException("more than 65535 sources");
            }
            id = sourceNames.size();
            sourceIds.put(name, id);
            sourceNames.add(name);
        }
        return id;
    }

    public String sourceName(int id) {
        return sourceNames.get(id);
    }

    public void add(LocalDate day, DailyMeasure m, String source, double value) {
        add(day.toEpochDay(), m, sourceId(source), value);
    }

    public void add(long epochDay, DailyMeasure m, int sourceId, double value) {
        requireFinite(m, value);
        long key = cellKey(epochDay, m.ordinal(), sourceId);
        double[] c = cells.get(key);
        if (c == null) {
            c = new double[] {0, 0, Double.NEGATIVE_INFINITY};
            cells.put(key, c);
        }
        c[SUM] += value;
        c[COUNT]++;
        c[WORST] = Math.max(c[WORST], value);
        readings++;
    }

    /**
     * A whole-day total from a day summary file (Garmin Connect's): the same day, measure and source given again
     * (a day in two overlapping exports, an export given both zipped and unzipped) counts once, the larger value
     * where they differ; a repeat of the same value counts as a dropped duplicate. A source given day summaries
     * takes no other day-level readings ({@link #add} would add to the same cell).
     */
    public void addDaySummary(long epochDay, DailyMeasure m, int sourceId, double value) {
        requireFinite(m, value);
        long key = cellKey(epochDay, m.ordinal(), sourceId);
        double[] c = cells.get(key);
        if (c == null) {
            cells.put(key, new double[] {value, 1, value});
            readings++;
            return;
        }
        if (value == c[SUM]) {
            summaryDuplicates++;
        }
        c[SUM] = Math.max(c[SUM], value);
        c[WORST] = c[SUM];
    }

    /**
     * A record with a start and an end (UTC seconds), dated by its start in its local offset. {@code primary}:
     * the record's own value, not an estimate derived from it (only those are counted as dropped duplicates).
     */
    public void addTimed(DailyMeasure m, int sourceId, long startUtc, long endUtc, int offsetSeconds, double value,
            boolean primary) {
        requireFinite(m, value);
        timed.add(m.ordinal(), sourceId, startUtc, endUtc, offsetSeconds, value, primary ? TimedSamples.PRIMARY : 0);
        readings++;
    }

    /**
     * A device's running total over a stretch, such as Samsung Health's day summary, which the phone rewrites as
     * the day goes on: the same kind, source, start and end given again (an export made while the day was still
     * counting, and a later one) counts once, with its largest value; otherwise as {@link #addTimed}.
     */
    public void addTimedSummary(DailyMeasure m, int sourceId, long startUtc, long endUtc, int offsetSeconds, double value) {
        requireFinite(m, value);
        timed.add(m.ordinal(), sourceId, startUtc, endUtc, offsetSeconds, value,
                (byte) (TimedSamples.PRIMARY | TimedSamples.SUMMARY));
        readings++;
    }

    /** A sleep stage: asleep stages give the night's sleep, in-bed stages its latency. */
    public void addSleep(int sourceId, boolean asleep, long startUtc, long endUtc, int offsetSeconds) {
        timed.add(asleep ? TimedSamples.ASLEEP : TimedSamples.IN_BED, sourceId, startUtc, endUtc, offsetSeconds, 0,
                TimedSamples.PRIMARY);
        readings++;
    }

    private static void requireFinite(DailyMeasure m, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(m.column() + " must be finite but was " + value);
        }
    }

    /** Whether a timed record can be held (starts 1970 to 2106, ends after it starts, lasts under 68 years). */
    public static boolean storable(long startUtc, long endUtc) {
        return TimedSamples.storable(startUtc, endUtc);
    }

    /** Day in the low bits, so HashMap's bins spread (a day-major key piles records into few bins). */
    static long cellKey(long epochDay, int measure, int source) {
        long day = epochDay + DAY_OFFSET;
        if (day < 0 || day >= (1L << 24)) {
            throw new IllegalArgumentException("date out of range: epoch day " + epochDay);
        }
        return ((long) measure << 40) | ((long) source << 24) | day;
    }

    private static long cellDay(long key) {
        return (key & 0xFF_FFFFL) - DAY_OFFSET;
    }

    private static int cellSource(long key) {
        return (int) ((key >>> 24) & 0xFFFF);
    }

    private static int cellMeasure(long key) {
        return (int) (key >>> 40);
    }

    /** Adds every reading of {@code other} (a ledger filled from another part of the same input). */
    public void addAll(DailyLedger other) {
        if (other == null || other == this) {
            throw new IllegalArgumentException("another ledger must be given");
        }
        int[] mySource = new int[other.sourceNames.size()];
        for (int id = 0; id < mySource.length; id++) {
            mySource[id] = sourceId(other.sourceNames.get(id));
        }
        // fastIterator: one reused entry and primitive keys, no boxed Long per cell.
        for (Long2ObjectMap.Entry<double[]> e : Long2ObjectMaps.fastIterable(other.cells)) {
            long key = e.getLongKey();
            long mine = cellKey(cellDay(key), cellMeasure(key), mySource[cellSource(key)]);
            double[] theirs = e.getValue();
            double[] c = cells.get(mine);
            if (c == null) {
                cells.put(mine, theirs.clone());
            } else {
                c[SUM] += theirs[SUM];
                c[COUNT] += theirs[COUNT];
                c[WORST] = Math.max(c[WORST], theirs[WORST]);
            }
        }
        timed.addAll(other.timed, mySource);
        readings += other.readings;
    }

    /**
     * Makes room for {@code samples} more timed samples at once: a caller about to merge several ledgers knows
     * their total, and growing step by step would copy the samples again at each step.
     */
    public void reserveTimed(long samples) {
        if (samples < 0 || samples > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("samples must be 0 to " + Integer.MAX_VALUE + " but was " + samples);
        }
        timed.reserve((int) samples);
    }

    /** How many readings were added. */
    public long readings() {
        return readings;
    }

    /** How many exact duplicate records (and repeated day summaries) the last {@link #resolve} dropped. */
    public long duplicates() {
        return duplicates;
    }

    /** How many running totals the last {@link #resolve} replaced by a larger one ({@link #addTimedSummary}). */
    public long superseded() {
        return superseded;
    }

    /** Says what a reader passed over on purpose (one line, shown with the import's other dropped records). */
    public void passedOver(String line) {
        passedOver.add(line);
    }

    /** The lines given to {@link #passedOver}, in order. */
    public List<String> passedOver() {
        return List.copyOf(passedOver);
    }

    /** One row per date with data, each measure from its chosen source (or, for timed samples, sources). */
    public DailyTable resolve(List<String> priority) {
        List<String> order = priority == null ? List.of() : List.copyOf(priority);
        int[] ranks = ranks(order);
        TimedResolution resolved = TimedResolution.of(timed, SourcePriority.order(sourceNames, order));
        duplicates = resolved.duplicates() + summaryDuplicates;
        superseded = resolved.superseded();
        Long2ObjectOpenHashMap<double[]> levels = resolved.levels();
        Long2ObjectOpenHashMap<double[]> timedTotals = resolved.totals();
        Long2ObjectOpenHashMap<double[]> sleep = sleepCells(resolved.nights(), ranks);
        long[] keys = sortedKeys(sleep, levels, timedTotals);
        List<DailyRow> rows = new ArrayList<>();
        DailyMeasure[] measures = DailyMeasure.values();
        int i = 0;
        while (i < keys.length) {
            long day = keys[i] >>> 32;
            EnumMap<DailyMeasure, Double> values = new EnumMap<>(DailyMeasure.class);
            TreeSet<String> used = new TreeSet<>();
            while (i < keys.length && keys[i] >>> 32 == day) {
                int measure = (int) ((keys[i] >>> 16) & 0xFFFF);
                DailyMeasure m = measures[measure];
                int bestSource = -1;
                double[] best = null;
                // Timed sources of the day form one candidate: their prorated values add up.
                int timedSource = -1;
                double[] timedSum = null;
                List<String> timedNames = new ArrayList<>();
                List<String> timedContributors = new ArrayList<>();
                for (; i < keys.length && keys[i] >>> 16 == ((day << 16) | measure); i++) {
                    int source = (int) (keys[i] & 0xFFFF);
                    long cellKey = cellKey(day - DAY_OFFSET, measure, source);
                    double[] t = timedTotals.get(cellKey);
                    if (t != null) {
                        timedSum = timedSum == null ? new double[] {0, 0, Double.NEGATIVE_INFINITY} : timedSum;
                        timedSum[SUM] += t[SUM];
                        timedSum[COUNT] += t[COUNT];
                        timedSum[WORST] = Math.max(timedSum[WORST], t[WORST]);
                        timedNames.add(sourceNames.get(source));
                        if (t[SUM] > 0) {
                            timedContributors.add(sourceNames.get(source));
                        }
                        if (timedSource < 0 || ranks[source] < ranks[timedSource]) {
                            timedSource = source;
                        }
                    }
                    double[] c = sleep.get(cellKey);
                    c = c != null ? c : levels.get(cellKey);
                    c = c != null ? c : cells.get(cellKey);
                    if (c != null && (best == null || better(m, source, c, bestSource, best, ranks))) {
                        bestSource = source;
                        best = c;
                    }
                }
                boolean timedWins = timedSum != null && (best == null || better(m, timedSource, timedSum, bestSource, best, ranks));
                double[] chosen = timedWins ? timedSum : best;
                values.put(m, switch (m.combine()) {
                    case TOTAL -> chosen[SUM];
                    case LEVEL -> chosen[SUM] / chosen[COUNT];
                    case WORST -> chosen[WORST];
                });
                if (timedWins) {
                    // A source wholly covered by a higher-priority one gave nothing: it is not named.
                    used.addAll(timedContributors.isEmpty() ? timedNames : timedContributors);
                } else {
                    used.add(sourceNames.get(bestSource));
                }
            }
            rows.add(DailyRow.of(LocalDate.ofEpochDay(day - DAY_OFFSET), values, String.join("; ", used)));
        }
        return DailyTable.of(rows);
    }

    /** Each source's position in the priority order (see {@link #rank}). */
    private int[] ranks(List<String> order) {
        int[] ranks = new int[sourceNames.size()];
        for (int id = 0; id < ranks.length; id++) {
            ranks[id] = rank(sourceNames.get(id), order);
        }
        return ranks;
    }

    /**
     * The sort keys of all cells by day, then measure, then source, so each (day, measure) run is one choice
     * among sources. A night's resolved sleep replaces a sleep cell another reader added for the same day and source.
     */
    @SafeVarargs
    private long[] sortedKeys(Long2ObjectOpenHashMap<double[]>... more) {
        LongOpenHashSet all = new LongOpenHashSet(cells.keySet());
        for (Long2ObjectOpenHashMap<double[]> m : more) {
            all.addAll(m.keySet());
        }
        long[] keys = new long[all.size()];
        int size = 0;
        for (long key : all) {
            keys[size++] = sortKey(key);
        }
        Arrays.sort(keys);
        return keys;
    }

    /** (day + offset) in the high half, then measure, then source: sorting gives the table's order. */
    private static long sortKey(long cellKey) {
        return ((cellDay(cellKey) + DAY_OFFSET) << 32) | ((long) cellMeasure(cellKey) << 16) | cellSource(cellKey);
    }

    /** Per night, sleep minutes and latency from the chosen source, as cells keyed like the others. */
    private Long2ObjectOpenHashMap<double[]> sleepCells(Long2ObjectOpenHashMap<long[]> nights, int[] ranks) {
        Long2ObjectOpenHashMap<double[]> out = new Long2ObjectOpenHashMap<>();
        long[] keys = nights.keySet().toLongArray();
        Arrays.sort(keys); // night-major, then source
        int i = 0;
        while (i < keys.length) {
            long night = keys[i] >>> 16;
            int bestSource = -1;
            long[] best = null;
            double[] bestCell = null;
            for (; i < keys.length && keys[i] >>> 16 == night; i++) {
                int source = (int) (keys[i] & 0xFFFF);
                long[] n = nights.get(keys[i]);
                if (n[TimedResolution.ASLEEP_SECONDS] > 0) {
                    double[] cell = {n[TimedResolution.ASLEEP_SECONDS], 1, n[TimedResolution.ASLEEP_SECONDS]};
                    if (best == null || better(DailyMeasure.SLEEP_MINUTES, source, cell, bestSource, bestCell, ranks)) {
                        bestSource = source;
                        best = n;
                        bestCell = cell;
                    }
                }
            }
            if (best == null) {
                continue;
            }
            long nightDay = night - TimedResolution.NIGHT_OFFSET;
            double minutes = best[TimedResolution.ASLEEP_SECONDS] / 60.0;
            out.put(cellKey(nightDay, DailyMeasure.SLEEP_MINUTES.ordinal(), bestSource), new double[] {minutes, 1, minutes});
            // Latency from the same source as the sleep: onset minus the start of the in-bed stretch holding it.
            if (best[TimedResolution.LATENCY_SECONDS] >= 0) {
                double latency = best[TimedResolution.LATENCY_SECONDS] / 60.0;
                out.put(cellKey(nightDay, DailyMeasure.SLEEP_LATENCY_MIN.ordinal(), bestSource),
                        new double[] {latency, 1, latency});
            }
        }
        return out;
    }

    /** Priority rank first, then the larger total (totals) or more readings (levels), then the name. */
    private boolean better(DailyMeasure m, int a, double[] ca, int b, double[] cb, int[] ranks) {
        if (ranks[a] != ranks[b]) {
            return ranks[a] < ranks[b];
        }
        double sa = m.combine() == DailyMeasure.Combine.TOTAL ? ca[SUM] : ca[COUNT];
        double sb = m.combine() == DailyMeasure.Combine.TOTAL ? cb[SUM] : cb[COUNT];
        if (sa != sb) {
            return sa > sb;
        }
        return sourceNames.get(a).compareTo(sourceNames.get(b)) < 0;
    }

    /** Position in the priority order; derived sources ("Watch (workout)") rank as their device ("Watch"). */
    static int rank(String source, List<String> order) {
        int cut = source.indexOf(" (");
        String device = cut > 0 ? source.substring(0, cut) : source;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).equalsIgnoreCase(device) || order.get(i).equalsIgnoreCase(source)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
