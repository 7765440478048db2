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

/**
 * Collects readings by day, measure and source, then resolves overlapping devices into one value per day
 * and measure. The rule (docs/personal-data.md): per day and per measure, the value of one source only,
 * never a sum across sources, so a phone and a watch carried together are not double counted. That source
 * is the first in the priority order that has data that day, else the one with the largest total (totals)
 * or the most readings (levels), ties broken by name. Mutable: readers feed it record by record.
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
    /** Per night and source: asleep seconds, first in-bed start, first asleep start (epoch seconds). */
    private final Long2ObjectOpenHashMap<long[]> nights = new Long2ObjectOpenHashMap<>();
    private long readings;

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
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(m.column() + " must be finite but was " + value);
        }
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
     * A sleep stage for the night labelled {@code nightEpochDay}; asleep stages add their length, in-bed
     * stages only mark when the person went to bed (for latency).
     */
    public void addSleep(long nightEpochDay, int sourceId, boolean asleep, long startSecond, long endSecond) {
        if (endSecond < startSecond) {
            throw new IllegalArgumentException("sleep ends before it starts");
        }
        long key = ((nightEpochDay + DAY_OFFSET) << 16) | sourceId;
        long[] n = nights.get(key);
        if (n == null) {
            n = new long[] {0, Long.MAX_VALUE, Long.MAX_VALUE};
            nights.put(key, n);
        }
        if (asleep) {
            n[0] += endSecond - startSecond;
            n[2] = Math.min(n[2], startSecond);
        } else {
            n[1] = Math.min(n[1], startSecond);
        }
        readings++;
    }

    /** Day in the low bits, so HashMap's bins spread (a day-major key piles records into few bins). */
    private static long cellKey(long epochDay, int measure, int source) {
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
        for (Long2ObjectMap.Entry<long[]> e : Long2ObjectMaps.fastIterable(other.nights)) {
            long key = e.getLongKey();
            long mine = (key & ~0xFFFFL) | mySource[(int) (key & 0xFFFF)];
            long[] theirs = e.getValue();
            long[] n = nights.get(mine);
            if (n == null) {
                nights.put(mine, theirs.clone());
            } else {
                n[0] += theirs[0];
                n[1] = Math.min(n[1], theirs[1]);
                n[2] = Math.min(n[2], theirs[2]);
            }
        }
        readings += other.readings;
    }

    /** How many readings were added. */
    public long readings() {
        return readings;
    }

    /** One row per date with data, each measure from its chosen source. */
    public DailyTable resolve(List<String> priority) {
        int[] ranks = ranks(priority == null ? List.of() : List.copyOf(priority));
        Long2ObjectOpenHashMap<double[]> sleep = sleepCells(ranks);
        long[] keys = sortedKeys(sleep);
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
                for (; i < keys.length && keys[i] >>> 16 == ((day << 16) | measure); i++) {
                    int source = (int) (keys[i] & 0xFFFF);
                    long cellKey = cellKey(day - DAY_OFFSET, measure, source);
                    double[] c = sleep.get(cellKey);
                    if (c == null) {
                        c = cells.get(cellKey);
                    }
                    if (best == null || better(m, source, c, bestSource, best, ranks)) {
                        bestSource = source;
                        best = c;
                    }
                }
                values.put(m, switch (m.combine()) {
                    case TOTAL -> best[SUM];
                    case LEVEL -> best[SUM] / best[COUNT];
                    case WORST -> best[WORST];
                });
                used.add(sourceNames.get(bestSource));
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
     * The cells' sort keys by day, then measure, then source, so each (day, measure) run is one choice among
     * sources. A night's resolved sleep replaces a sleep cell another reader added for the same day and source.
     */
    private long[] sortedKeys(Long2ObjectOpenHashMap<double[]> sleep) {
        long[] keys = new long[cells.size() + sleep.size()];
        int size = 0;
        for (long key : cells.keySet()) {
            if (!sleep.containsKey(key)) {
                keys[size++] = sortKey(key);
            }
        }
        for (long key : sleep.keySet()) {
            keys[size++] = sortKey(key);
        }
        keys = Arrays.copyOf(keys, size);
        Arrays.sort(keys);
        return keys;
    }

    /** (day + offset) in the high half, then measure, then source: sorting gives the table's order. */
    private static long sortKey(long cellKey) {
        return ((cellDay(cellKey) + DAY_OFFSET) << 32) | ((long) cellMeasure(cellKey) << 16) | cellSource(cellKey);
    }

    /** Per night, sleep minutes and latency from the chosen source, as cells keyed like the others. */
    private Long2ObjectOpenHashMap<double[]> sleepCells(int[] ranks) {
        Long2ObjectOpenHashMap<double[]> out = new Long2ObjectOpenHashMap<>();
        long[] keys = nights.keySet().toLongArray();
        Arrays.sort(keys); // night-major, then source
        int i = 0;
        while (i < keys.length) {
            long night = keys[i] >>> 16;
            long firstInBed = Long.MAX_VALUE;
            int bestSource = -1;
            long[] best = null;
            double[] bestCell = null;
            for (; i < keys.length && keys[i] >>> 16 == night; i++) {
                int source = (int) (keys[i] & 0xFFFF);
                long[] n = nights.get(keys[i]);
                firstInBed = Math.min(firstInBed, n[1]);
                if (n[0] > 0) {
                    double[] cell = {n[0], 1, n[0]};
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
            long nightDay = night - DAY_OFFSET;
            double minutes = best[0] / 60.0;
            out.put(cellKey(nightDay, DailyMeasure.SLEEP_MINUTES.ordinal(), bestSource), new double[] {minutes, 1, minutes});
            // In-bed may come from another device (phone in-bed, watch asleep), so the earliest of any source.
            if (firstInBed != Long.MAX_VALUE && firstInBed <= best[2]) {
                double latency = (best[2] - firstInBed) / 60.0;
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
