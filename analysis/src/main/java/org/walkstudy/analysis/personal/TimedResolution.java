package org.walkstudy.analysis.personal;

import java.util.ArrayList;
import java.util.List;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;

/**
 * Resolves timed samples: exact duplicates (same kind, source, start, end and value) count once; totals of
 * overlapping sources are prorated by priority (the Health app's rule); levels go to their day as they are;
 * sleep is the union of a source's asleep intervals within the night's noon-to-noon window, with latency
 * from the same source's in-bed stretch that contains sleep onset. Immutable result.
 */
final class TimedResolution {
    static final long NIGHT_OFFSET = 1_000_000L;
    static final int ASLEEP_SECONDS = 0;
    static final int ONSET = 1;
    static final int LATENCY_SECONDS = 2;
    private static final long HALF_DAY = 43_200;
    private static final long DAY = 86_400;

    private final long duplicates;
    private final long superseded;
    private final Long2ObjectOpenHashMap<double[]> totals = new Long2ObjectOpenHashMap<>();
    private final Long2ObjectOpenHashMap<double[]> levels = new Long2ObjectOpenHashMap<>();
    /** Per (night + offset) << 16 | source: asleep seconds, onset (UTC seconds), latency seconds or -1. */
    private final Long2ObjectOpenHashMap<long[]> nights = new Long2ObjectOpenHashMap<>();

    /** The cell {@link #put} added to last, with its map and key. */
    private Long2ObjectOpenHashMap<double[]> lastCells;
    private long lastKey;
    private double[] lastCell;

    private TimedResolution(long duplicates, long superseded) {
        this.duplicates = duplicates;
        this.superseded = superseded;
    }

    /** {@code priority}: each source id's position in the priority order, 0 first. */
    static TimedResolution of(TimedSamples samples, int[] priority) {
        int[] perm = samples.sorted();
        int[] kept = new int[perm.length];
        int n = 0;
        long dups = 0;
        long superseded = 0;
        for (int k : perm) {
            if (n > 0 && samples.sameRecord(kept[n - 1], k)) {
                dups += samples.primary(k) ? 1 : 0;
                continue;
            }
            if (n > 0 && samples.sameSummary(kept[n - 1], k)) {
                kept[n - 1] = k; // sorted by value within the same start and end: the larger replaces the smaller
                superseded++;
                continue;
            }
            kept[n++] = k;
        }
        // Each measure's samples resolve on their own (their cells carry the measure), so the groups run on all
        // cores; asleep then in-bed stay in one task, as latency reads the nights the asleep stages made.
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int measure = TimedSamples.measure(samples.key(kept[i]));
            int j = i;
            while (j < n && TimedSamples.measure(samples.key(kept[j])) == measure) {
                j++;
            }
            boolean sleep = measure == TimedSamples.ASLEEP || measure == TimedSamples.IN_BED;
            if (sleep && !groups.isEmpty() && groups.get(groups.size() - 1)[2] == TimedSamples.ASLEEP) {
                groups.get(groups.size() - 1)[1] = j; // in-bed joins the asleep task that precedes it
            } else {
                groups.add(new int[] {i, j, measure});
            }
            i = j;
        }
        int kept0 = n;
        List<TimedResolution> parts = groups.parallelStream().map(g -> {
            TimedResolution part = new TimedResolution(0, 0);
            part.resolve(samples, kept, g[0], Math.min(g[1], kept0), priority);
            return part;
        }).toList();
        TimedResolution r = new TimedResolution(dups, superseded);
        for (TimedResolution part : parts) {
            r.totals.putAll(part.totals);
            r.levels.putAll(part.levels);
            r.nights.putAll(part.nights);
        }
        return r;
    }

    /** Resolves the sorted samples kept[from, to): one measure, or asleep followed by in-bed stages. */
    private void resolve(TimedSamples samples, int[] kept, int from, int to, int[] priority) {
        DailyMeasure[] measures = DailyMeasure.values();
        int i = from;
        while (i < to) {
            int measure = TimedSamples.measure(samples.key(kept[i]));
            int j = i;
            while (j < to && TimedSamples.measure(samples.key(kept[j])) == measure) {
                j++;
            }
            if (measure == TimedSamples.ASLEEP) {
                asleep(samples, kept, i, j);
            } else if (measure == TimedSamples.IN_BED) {
                inBed(samples, kept, i, j);
            } else if (measures[measure].combine() == DailyMeasure.Combine.TOTAL) {
                overlap(samples, kept, i, j, measure, priority);
            } else {
                for (int k = i; k < j; k++) {
                    put(levels, samples, kept[k], measure, samples.value(kept[k]));
                }
            }
            i = j;
        }
    }

    long duplicates() {
        return duplicates;
    }

    /** How many day summaries a larger one of the same kind, source and day replaced. */
    long superseded() {
        return superseded;
    }

    Long2ObjectOpenHashMap<double[]> totals() {
        return totals;
    }

    Long2ObjectOpenHashMap<double[]> levels() {
        return levels;
    }

    Long2ObjectOpenHashMap<long[]> nights() {
        return nights;
    }

    private void put(Long2ObjectOpenHashMap<double[]> cells, TimedSamples samples, int k, int measure, double value) {
        long day = Math.floorDiv(TimedSamples.start(samples.key(k)) + samples.offset(k), DAY);
        long key = DailyLedger.cellKey(day, measure, TimedSamples.source(samples.key(k)));
        // Samples come in time order, so most fall in the cell the previous one did: no lookup for them.
        double[] c = cells == lastCells && key == lastKey ? lastCell : cells.get(key);
        if (c == null) {
            c = new double[] {0, 0, Double.NEGATIVE_INFINITY};
            cells.put(key, c);
        }
        lastCells = cells;
        lastKey = key;
        lastCell = c;
        c[0] += value;
        c[1]++;
        c[2] = Math.max(c[2], value);
    }

    /** Sources in priority order; each counts for the time no higher-priority source covers. */
    private void overlap(TimedSamples samples, int[] kept, int from, int to, int measure, int[] priority) {
        List<int[]> segments = segments(samples, kept, from, to);
        segments.sort((a, b) -> Integer.compare(priority[a[2]], priority[b[2]]));
        Intervals covered = Intervals.NONE;
        for (int[] seg : segments) {
            long[] cs = covered.starts;
            long[] ce = covered.ends;
            int cn = covered.count;
            int p = 0;
            for (int x = seg[0]; x < seg[1]; x++) {
                int k = kept[x];
                long s = TimedSamples.start(samples.key(k));
                long e = samples.end(k);
                while (p < cn && ce[p] <= s) {
                    p++; // starts only grow within a source: the first interval that may overlap moves forward
                }
                double share;
                if (e == s) {
                    share = p < cn && cs[p] <= s ? 0 : 1;
                } else {
                    long c = 0;
                    for (int q = p; q < cn && cs[q] < e; q++) {
                        c += Math.min(e, ce[q]) - Math.max(s, cs[q]);
                    }
                    share = (double) (e - s - c) / (e - s);
                }
                put(totals, samples, k, measure, samples.value(k) * share);
            }
            covered = Intervals.merged(covered, union(samples, kept, seg[0], seg[1]));
        }
    }

    /** Runs of one source in [from, to): {first, end, source}. */
    private static List<int[]> segments(TimedSamples samples, int[] kept, int from, int to) {
        List<int[]> segments = new ArrayList<>();
        int a = from;
        while (a < to) {
            int source = TimedSamples.source(samples.key(kept[a]));
            int b = a;
            while (b < to && TimedSamples.source(samples.key(kept[b])) == source) {
                b++;
            }
            segments.add(new int[] {a, b, source});
            a = b;
        }
        return segments;
    }

    /** The union of samples sorted by start, as disjoint intervals. */
    private static Intervals union(TimedSamples samples, int[] kept, int from, int to) {
        long[] starts = new long[to - from];
        long[] ends = new long[to - from];
        int n = 0;
        for (int x = from; x < to; x++) {
            n = Intervals.append(starts, ends, n, TimedSamples.start(samples.key(kept[x])), samples.end(kept[x]));
        }
        return new Intervals(starts, ends, n);
    }

    /** Disjoint intervals sorted by start, in the first {@code count} places of the arrays. */
    private record Intervals(long[] starts, long[] ends, int count) {
        static final Intervals NONE = new Intervals(new long[0], new long[0], 0);

        /** Two sets of intervals merged into one set of disjoint intervals. */
        static Intervals merged(Intervals a, Intervals b) {
            long[] rs = new long[a.count + b.count];
            long[] re = new long[a.count + b.count];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < a.count || j < b.count) {
                long s;
                long e;
                if (j >= b.count || (i < a.count && a.starts[i] <= b.starts[j])) {
                    s = a.starts[i];
                    e = a.ends[i++];
                } else {
                    s = b.starts[j];
                    e = b.ends[j++];
                }
                n = append(rs, re, n, s, e);
            }
            return new Intervals(rs, re, n);
        }

        /** Adds [s, e) after n intervals (s no earlier than their starts), joining the last one if they touch; returns the count. */
        static int append(long[] starts, long[] ends, int n, long s, long e) {
            if (n > 0 && s <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], e);
                return n;
            }
            starts[n] = s;
            ends[n] = e;
            return n + 1;
        }
    }

    /** The night a stage belongs to (noon to noon, labelled with the morning's date) and its clipped interval. */
    private static long[] clipped(TimedSamples samples, int k) {
        long s = TimedSamples.start(samples.key(k));
        long e = samples.end(k);
        int off = samples.offset(k);
        long night = Math.floorDiv(s + off + HALF_DAY, DAY);
        long windowStart = night * DAY - HALF_DAY - off;
        long windowEnd = night * DAY + HALF_DAY - off;
        return new long[] {night, Math.max(s, windowStart), Math.min(e, windowEnd)};
    }

    private static long nightKey(long night, int source) {
        return ((night + NIGHT_OFFSET) << 16) | source;
    }

    /** Per source and night: the union of asleep intervals within the window, and when sleep began. */
    private void asleep(TimedSamples samples, int[] kept, int from, int to) {
        long key = -1;
        long[] n = null;
        long ms = 0;
        long me = Long.MIN_VALUE;
        for (int x = from; x < to; x++) {
            int k = kept[x];
            long[] c = clipped(samples, k);
            if (c[2] <= c[1]) {
                continue;
            }
            long nk = nightKey(c[0], TimedSamples.source(samples.key(k)));
            if (nk != key) {
                if (n != null) {
                    n[ASLEEP_SECONDS] += me - ms;
                }
                key = nk;
                n = nights.computeIfAbsent(nk, z -> new long[] {0, Long.MAX_VALUE, -1});
                ms = c[1];
                me = c[2];
            } else if (c[1] <= me) {
                me = Math.max(me, c[2]);
            } else {
                n[ASLEEP_SECONDS] += me - ms;
                ms = c[1];
                me = c[2];
            }
            n[ONSET] = Math.min(n[ONSET], c[1]);
        }
        if (n != null) {
            n[ASLEEP_SECONDS] += me - ms;
        }
    }

    /** Latency: sleep onset minus the start of the same source's in-bed stretch (union) that contains it. */
    private void inBed(TimedSamples samples, int[] kept, int from, int to) {
        long key = -1;
        long ms = 0;
        long me = Long.MIN_VALUE;
        for (int x = from; x <= to; x++) {
            long nk = -1;
            long[] c = null;
            if (x < to) {
                c = clipped(samples, kept[x]);
                if (c[2] < c[1]) {
                    continue;
                }
                nk = nightKey(c[0], TimedSamples.source(samples.key(kept[x])));
                if (nk == key && c[1] <= me) {
                    me = Math.max(me, c[2]);
                    continue;
                }
            }
            if (key >= 0) {
                long[] n = nights.get(key);
                if (n != null && n[LATENCY_SECONDS] < 0 && ms <= n[ONSET] && n[ONSET] < Math.max(me, ms + 1)) {
                    n[LATENCY_SECONDS] = n[ONSET] - ms;
                }
            }
            if (c != null) {
                key = nk;
                ms = c[1];
                me = c[2];
            }
        }
    }
}
