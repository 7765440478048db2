package org.walkstudy.analysis.personal;

import java.util.Arrays;

import it.unimi.dsi.fastutil.longs.LongArrays;

/**
 * Records with a start and an end (an export's step, distance, workout and sleep samples), kept in
 * parallel primitive arrays (24 bytes each) so that exact duplicates can be found and overlapping devices
 * resolved by time. A sample's kind is a measure (or a sleep stage) and a source; the sort key packs kind
 * and start so that one radix sort orders samples by kind, source, then start. Mutable: readers append.
 */
final class TimedSamples {
    /** Pseudo-measures after the {@link DailyMeasure}s: sleep stages. */
    static final int ASLEEP = 30;
    static final int IN_BED = 31;
    /** Sample flag: the record's own value (not an estimate derived from it), counted when it is a duplicate. */
    static final byte PRIMARY = 1;
    /** Sample flag: a running total its device rewrites (a day summary); a later, larger one supersedes it. */
    static final byte SUMMARY = 2;

    /** Groups this large are sorted on all cores. */
    private static final int PARALLEL_SORT = 1 << 16;
    private long[] keys = new long[1024];
    private int[] seconds = new int[1024];
    private int[] offsets = new int[1024];
    private double[] values = new double[1024];
    private byte[] flags = new byte[1024];
    private int size;

    /** Whether a start (UTC seconds) can be held: 1970 to 2106. */
    static boolean storable(long startUtc, long endUtc) {
        return startUtc >= 0 && startUtc <= 0xFFFF_FFFFL && endUtc >= startUtc && endUtc - startUtc <= Integer.MAX_VALUE;
    }

    void add(int measure, int source, long startUtc, long endUtc, int offsetSeconds, double value, byte flag) {
        if (!storable(startUtc, endUtc)) {
            throw new IllegalArgumentException("sample out of range: " + startUtc + ".." + endUtc);
        }
        grow(size + 1);
        keys[size] = key(measure, source, startUtc);
        seconds[size] = (int) (endUtc - startUtc);
        offsets[size] = offsetSeconds;
        values[size] = value;
        flags[size] = flag;
        size++;
    }

    /** Appends another store's samples, its source ids mapped to this ledger's (bulk copies, keys remapped). */
    void addAll(TimedSamples other, int[] sourceMap) {
        grow(size + other.size);
        System.arraycopy(other.seconds, 0, seconds, size, other.size);
        System.arraycopy(other.offsets, 0, offsets, size, other.size);
        System.arraycopy(other.values, 0, values, size, other.size);
        System.arraycopy(other.flags, 0, flags, size, other.size);
        for (int i = 0; i < other.size; i++) {
            long k = other.keys[i];
            keys[size + i] = key(measure(k), sourceMap[source(k)], start(k));
        }
        size += other.size;
    }

    /** Room for {@code more} samples beyond those held, allocated once. */
    void reserve(int more) {
        if (size + (long) more > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many samples");
        }
        if (size + more > keys.length) {
            resize(size + more);
        }
    }

    private void grow(int needed) {
        if (needed <= keys.length) {
            return;
        }
        resize(Math.max(needed, keys.length + (keys.length >> 1)));
    }

    private void resize(int n) {
        keys = Arrays.copyOf(keys, n);
        seconds = Arrays.copyOf(seconds, n);
        offsets = Arrays.copyOf(offsets, n);
        values = Arrays.copyOf(values, n);
        flags = Arrays.copyOf(flags, n);
    }

    int size() {
        return size;
    }

    static long key(int measure, int source, long startUtc) {
        return ((long) measure << 48) | ((long) source << 32) | startUtc;
    }

    static int measure(long key) {
        return (int) (key >>> 48);
    }

    static int source(long key) {
        return (int) ((key >>> 32) & 0xFFFF);
    }

    static long start(long key) {
        return key & 0xFFFF_FFFFL;
    }

    long key(int i) {
        return keys[i];
    }

    long end(int i) {
        return start(keys[i]) + seconds[i];
    }

    int offset(int i) {
        return offsets[i];
    }

    double value(int i) {
        return values[i];
    }

    boolean primary(int i) {
        return (flags[i] & PRIMARY) != 0;
    }

    /** Sample indexes ordered by kind, source, start, then end and value (so exact duplicates are neighbours). */
    int[] sorted() {
        int[] perm = byKindAndSource();
        int i = 0;
        while (i < size) {
            long group = keys[perm[i]] >>> 32;
            int j = i + 1;
            boolean ascending = true;
            while (j < size && keys[perm[j]] >>> 32 == group) {
                ascending &= keys[perm[j]] >= keys[perm[j - 1]];
                j++;
            }
            // Samples a reader added in time order need no sort (a day file, a synthetic export); an Apple export
            // writes a type's records roughly in the order they were saved, so its groups usually do.
            if (!ascending && j - i >= PARALLEL_SORT) {
                LongArrays.parallelRadixSortIndirect(perm, keys, i, j, true);
            } else if (!ascending) {
                LongArrays.radixSortIndirect(perm, keys, i, j, true);
            }
            i = j;
        }
        sortRunsOfEqualKeys(perm);
        return perm;
    }

    /**
     * Sample indexes stably ordered by kind and source (the key's upper half): a counting sort, two passes over
     * the samples, as a store holds few kinds and sources but many samples.
     */
    private int[] byKindAndSource() {
        int kinds = 0;
        int sources = 0;
        for (int i = 0; i < size; i++) {
            kinds = Math.max(kinds, measure(keys[i]) + 1);
            sources = Math.max(sources, source(keys[i]) + 1);
        }
        // Counts per (kind, source), then where each group starts: kinds and sources are numbered from 0, and
        // there are at most 32 kinds, so the table is small (and at most 8 MB for 65,536 sources).
        int[] next = new int[kinds * sources];
        for (int i = 0; i < size; i++) {
            next[group(keys[i], sources)]++;
        }
        for (int g = 0, start = 0; g < next.length; g++) {
            int count = next[g];
            next[g] = start;
            start += count;
        }
        int[] perm = new int[size];
        for (int i = 0; i < size; i++) {
            perm[next[group(keys[i], sources)]++] = i;
        }
        return perm;
    }

    private static int group(long key, int sources) {
        return measure(key) * sources + source(key);
    }

    private void sortRunsOfEqualKeys(int[] perm) {
        // Within a run of equal keys (same kind, source and start), order by end and value: runs are short.
        int i = 0;
        while (i < size) {
            int j = i + 1;
            while (j < size && keys[perm[j]] == keys[perm[i]]) {
                j++;
            }
            if (j - i > 1) {
                sortRun(perm, i, j);
            }
            i = j;
        }
    }

    private void sortRun(int[] perm, int from, int to) {
        for (int a = from + 1; a < to; a++) {
            int x = perm[a];
            int b = a - 1;
            while (b >= from && compareTail(perm[b], x) > 0) {
                perm[b + 1] = perm[b];
                b--;
            }
            perm[b + 1] = x;
        }
    }

    private int compareTail(int a, int b) {
        int c = Integer.compare(seconds[a], seconds[b]);
        return c != 0 ? c : Double.compare(values[a], values[b]);
    }

    /** Both are summaries of the same kind, source, start and end: one supersedes the other. */
    boolean sameSummary(int a, int b) {
        return keys[a] == keys[b] && seconds[a] == seconds[b] && (flags[a] & flags[b] & SUMMARY) != 0;
    }

    /** Same kind, source, start, end and value. */
    boolean sameRecord(int a, int b) {
        return keys[a] == keys[b] && seconds[a] == seconds[b] && Double.compare(values[a], values[b]) == 0;
    }
}
