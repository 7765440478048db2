package org.walkstudy.analysis.personal.diary;

import java.util.EnumMap;
import java.util.Map;

import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;

import org.walkstudy.analysis.personal.DailyMeasure;

/**
 * Diary rows already read from earlier files of one import. A row (its date and every value) that an earlier
 * file holds too is the same entry exported twice (a month's diary and the whole year's) and counts once; rows
 * repeated within one file still add up, since a diary may log two equal walks on one day.
 *
 * <p>Rows are remembered only while a later diary file is still to come, as two independent 64-bit hashes
 * (16 bytes a row, whatever its width): a million-row diary alone keeps nothing, and two rows are taken for the
 * same only when both hashes agree (a chance of about 1 in 10^25 for a million rows).
 */
public final class DiaryRowsSeen {
    private final Long2LongOpenHashMap earlier = new Long2LongOpenHashMap();
    private final Long2LongOpenHashMap current = new Long2LongOpenHashMap();
    private int filesLeft;
    private long dropped;

    /** For an import of {@code diaryFiles} diary files. */
    public DiaryRowsSeen(int diaryFiles) {
        if (diaryFiles < 0) {
            throw new IllegalArgumentException("diaryFiles must be >= 0 but was " + diaryFiles);
        }
        this.filesLeft = diaryFiles;
    }

    /** Whether the row is in an earlier file (then it is counted as dropped); else it is remembered for later files. */
    boolean inEarlierFile(long epochDay, EnumMap<DailyMeasure, Double> row) {
        long h1 = hash(epochDay, row, 0x9E3779B97F4A7C15L);
        long h2 = hash(epochDay, row, 0xC2B2AE3D27D4EB4FL);
        if (!earlier.isEmpty() && earlier.containsKey(h1) && earlier.get(h1) == h2) {
            dropped++;
            return true;
        }
        if (filesLeft > 1) {
            current.putIfAbsent(h1, h2);
        }
        return false;
    }

    /** Ends a file: its rows count as earlier for the next one. */
    void endFile() {
        current.forEach(earlier::putIfAbsent);
        current.clear();
        filesLeft = Math.max(0, filesLeft - 1);
    }

    /** How many rows were dropped as already read from an earlier file. */
    public long dropped() {
        return dropped;
    }

    /** A seeded 64-bit hash of the row (SplitMix64's finaliser over its date and each measure's exact value bits). */
    private static long hash(long epochDay, EnumMap<DailyMeasure, Double> row, long seed) {
        long h = mix(seed ^ epochDay);
        for (Map.Entry<DailyMeasure, Double> e : row.entrySet()) {
            h = mix(h ^ e.getKey().ordinal());
            h = mix(h ^ Double.doubleToLongBits(e.getValue()));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
