package org.walkstudy.analysis.personal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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
        for (Map.Entry<Long, double[]> e : other.cells.entrySet()) {
            long key = e.getKey();
            long mine = cellKey(cellDay(key), cellMeasure(key), sourceId(other.sourceNames.get(cellSource(key))));
            double[] c = cells.get(mine);
            if (c == null) {
                cells.put(mine, e.getValue().clone());
            } else {
                c[SUM] += e.getValue()[SUM];
                c[COUNT] += e.getValue()[COUNT];
                c[WORST] = Math.max(c[WORST], e.getValue()[WORST]);
            }
        }
        for (Map.Entry<Long, long[]> e : other.nights.entrySet()) {
            long key = e.getKey();
            int source = sourceId(other.sourceNames.get((int) (key & 0xFFFF)));
            long mine = (key & ~0xFFFFL) | source;
            long[] n = nights.get(mine);
            if (n == null) {
                nights.put(mine, e.getValue().clone());
            } else {
                n[0] += e.getValue()[0];
                n[1] = Math.min(n[1], e.getValue()[1]);
                n[2] = Math.min(n[2], e.getValue()[2]);
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
        List<String> order = priority == null ? List.of() : List.copyOf(priority);
        HashMap<Long, double[]> all = new HashMap<>(cells);
        addSleepCells(all, order);
        // day -> measure -> source -> cell
        TreeMap<Long, EnumMap<DailyMeasure, Map<Integer, double[]>>> byDay = new TreeMap<>();
        for (Map.Entry<Long, double[]> e : all.entrySet()) {
            long key = e.getKey();
            long day = cellDay(key);
            DailyMeasure m = DailyMeasure.values()[cellMeasure(key)];
            int source = cellSource(key);
            byDay.computeIfAbsent(day, d -> new EnumMap<>(DailyMeasure.class))
                    .computeIfAbsent(m, x -> new HashMap<>()).put(source, e.getValue());
        }
        List<DailyRow> rows = new ArrayList<>();
        for (Map.Entry<Long, EnumMap<DailyMeasure, Map<Integer, double[]>>> day : byDay.entrySet()) {
            EnumMap<DailyMeasure, Double> values = new EnumMap<>(DailyMeasure.class);
            TreeSet<String> used = new TreeSet<>();
            for (Map.Entry<DailyMeasure, Map<Integer, double[]>> m : day.getValue().entrySet()) {
                int source = choose(m.getKey(), m.getValue(), order);
                double[] c = m.getValue().get(source);
                values.put(m.getKey(), switch (m.getKey().combine()) {
                    case TOTAL -> c[SUM];
                    case LEVEL -> c[SUM] / c[COUNT];
                    case WORST -> c[WORST];
                });
                used.add(sourceNames.get(source));
            }
            rows.add(DailyRow.of(LocalDate.ofEpochDay(day.getKey()), values, String.join("; ", used)));
        }
        return DailyTable.of(rows);
    }

    private void addSleepCells(HashMap<Long, double[]> all, List<String> order) {
        TreeMap<Long, Map<Integer, long[]>> byNight = new TreeMap<>();
        for (Map.Entry<Long, long[]> e : nights.entrySet()) {
            byNight.computeIfAbsent((e.getKey() >>> 16) - DAY_OFFSET, d -> new HashMap<>())
                    .put((int) (e.getKey() & 0xFFFF), e.getValue());
        }
        for (Map.Entry<Long, Map<Integer, long[]>> night : byNight.entrySet()) {
            Map<Integer, double[]> asleep = new HashMap<>();
            long firstInBed = Long.MAX_VALUE;
            for (Map.Entry<Integer, long[]> s : night.getValue().entrySet()) {
                firstInBed = Math.min(firstInBed, s.getValue()[1]);
                if (s.getValue()[0] > 0) {
                    asleep.put(s.getKey(), new double[] {s.getValue()[0], 1, s.getValue()[0]});
                }
            }
            if (asleep.isEmpty()) {
                continue;
            }
            int source = choose(DailyMeasure.SLEEP_MINUTES, asleep, order);
            long[] n = night.getValue().get(source);
            double minutes = n[0] / 60.0;
            all.put(cellKey(night.getKey(), DailyMeasure.SLEEP_MINUTES.ordinal(), source),
                    new double[] {minutes, 1, minutes});
            // In-bed may come from another device (phone in-bed, watch asleep), so the earliest of any source.
            if (firstInBed != Long.MAX_VALUE && firstInBed <= n[2]) {
                double latency = (n[2] - firstInBed) / 60.0;
                all.put(cellKey(night.getKey(), DailyMeasure.SLEEP_LATENCY_MIN.ordinal(), source),
                        new double[] {latency, 1, latency});
            }
        }
    }

    private int choose(DailyMeasure m, Map<Integer, double[]> candidates, List<String> order) {
        int best = -1;
        for (Map.Entry<Integer, double[]> e : candidates.entrySet()) {
            if (best < 0 || better(m, e.getKey(), e.getValue(), best, candidates.get(best), order)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private boolean better(DailyMeasure m, int a, double[] ca, int b, double[] cb, List<String> order) {
        int ra = rank(sourceNames.get(a), order);
        int rb = rank(sourceNames.get(b), order);
        if (ra != rb) {
            return ra < rb;
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
