package org.walkstudy.analysis.personal.diary;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;

import org.walkstudy.analysis.personal.DailyMeasure;

/**
 * Diary rows already read from earlier files of one import. A row (its date and every value) that an earlier
 * file holds too is the same entry exported twice (a month's diary and the whole year's) and counts once; rows
 * repeated within one file still add up, since a diary may log two equal walks on one day.
 */
public final class DiaryRowsSeen {
    private final Set<String> earlier = new HashSet<>();
    private final Set<String> current = new HashSet<>();
    private long dropped;

    /** Whether the row is in an earlier file (then it is counted as dropped); else it is remembered for later files. */
    boolean inEarlierFile(long epochDay, EnumMap<DailyMeasure, Double> row) {
        String key = epochDay + " " + row;
        if (earlier.contains(key)) {
            dropped++;
            return true;
        }
        current.add(key);
        return false;
    }

    /** Ends a file: its rows count as earlier for the next one. */
    void endFile() {
        earlier.addAll(current);
        current.clear();
    }

    /** How many rows were dropped as already read from an earlier file. */
    public long dropped() {
        return dropped;
    }
}
