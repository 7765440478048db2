package org.walkstudy.analysis.personal.fitbit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The minute records of one steps or distance file, held (three numbers each; at most a month, 44,640 minutes)
 * until the file is read, because only the whole file tells in which clock its times are written
 * (docs/personal-data.md, "Fitbit"). Fitbit names each file after the local day D it starts on. A time before D
 * cannot be local: such a file is local days written in UTC, as exports have been seen writing intraday series
 * (a UTC+11 user's {@code steps-2023-02-26.json} starts at {@code 02/25/23 13:17:00}, local 00:17). East of UTC a
 * file starting on D is local time. West of UTC (or at UTC) the file cannot tell, and its times are read as UTC,
 * the clock every report of a real export found shows for these series. Mutable: reused for each file.
 */
final class MinuteSeries {
    private static final long DAY = 86_400;
    private long[] wallSeconds = new long[1024];
    private double[] values = new double[1024];
    private long[] lines = new long[1024];
    private int size;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE; // only tells whether any record was seen

    void clear() {
        size = 0;
        first = Long.MAX_VALUE;
        last = Long.MIN_VALUE;
    }

    /** Any record's time, kept or not (a zero minute still tells the file's span). */
    void seen(LocalDateTime wallClock) {
        long s = wallClock.toEpochSecond(ZoneOffset.UTC);
        first = Math.min(first, s);
        last = Math.max(last, s);
    }

    int size() {
        return size;
    }

    void add(LocalDateTime wallClock, double value, long line) {
        if (size == wallSeconds.length) {
            wallSeconds = Arrays.copyOf(wallSeconds, size * 2);
            values = Arrays.copyOf(values, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        wallSeconds[size] = wallClock.toEpochSecond(ZoneOffset.UTC);
        values[size] = value;
        lines[size] = line;
        size++;
    }

    LocalDateTime wallClock(int i) {
        return LocalDateTime.ofEpochSecond(wallSeconds[i], 0, ZoneOffset.UTC);
    }

    /** The time as UTC seconds, when the file is written in UTC. */
    long asUtc(int i) {
        return wallSeconds[i];
    }

    double value(int i) {
        return values[i];
    }

    long line(int i) {
        return lines[i];
    }

    /**
     * Whether the file's times are UTC: see the class comment. {@code fileDay}: the day in its name (null: none);
     * {@code eastOfUtc}: whether the zone is ahead of UTC on that day.
     */
    boolean writtenInUtc(LocalDate fileDay, boolean eastOfUtc) {
        if (first > last || fileDay == null) {
            return !eastOfUtc;
        }
        return first < fileDay.toEpochDay() * DAY || !eastOfUtc;
    }
}
