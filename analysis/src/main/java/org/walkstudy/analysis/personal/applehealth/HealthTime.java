package org.walkstudy.analysis.personal.applehealth;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Apple Health timestamps ("2014-09-13 10:27:54 +0100") parsed from bytes without a formatter: the export
 * has millions of them. Yields the wall-clock seconds in the record's own UTC offset, or in a chosen zone.
 */
final class HealthTime {
    static final long INVALID = Long.MIN_VALUE;
    /** The UTC offsets in use on Earth run from -12:00 (Baker Island) to +14:00 (Line Islands). */
    static final int MIN_OFFSET = -12 * 3600;
    static final int MAX_OFFSET = 14 * 3600;
    private static final int NO_OFFSET = Integer.MIN_VALUE;
    /** Days from 1970 to each year's 1 January, and its leap-ness, for the years exports hold. */
    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 300;
    private static final long[] YEAR_START = new long[YEARS];
    private static final boolean[] LEAP = new boolean[YEARS];
    private static final int[] MONTH_START = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    private static final int[] LEAP_MONTH_START = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335};

    static {
        for (int k = 0; k < YEARS; k++) {
            YEAR_START[k] = hinnantEpochDay(FIRST_YEAR + k, 1, 1);
            LEAP[k] = monthLength(FIRST_YEAR + k, 2) == 29;
        }
    }

    private final ZoneRules zone;

    private HealthTime(ZoneRules zone) {
        this.zone = zone;
    }

    /** {@code zone} null: keep the offset written in each record. */
    static HealthTime in(ZoneId zone) {
        return new HealthTime(zone == null ? null : zone.getRules());
    }

    /**
     * Local wall-clock seconds since 1970-01-01T00:00 (in the record's offset or the zone), or INVALID; a
     * time without a valid UTC offset is INVALID even when a zone is given.
     */
    long localSeconds(byte[] b, int from, int to) {
        long utc = parse(b, from, to);
        if (utc == INVALID) {
            return INVALID;
        }
        return utc + offsetAt(b, from, to, utc);
    }

    /** Local minus UTC seconds for this time: its written offset, or the zone's at that instant. */
    int offsetAt(byte[] b, int from, int to, long utc) {
        if (zone != null) {
            return zone.getOffset(Instant.ofEpochSecond(utc)).getTotalSeconds();
        }
        return writtenOffset(b, from, to);
    }

    /** Seconds since the epoch (UTC) or INVALID; used for durations. */
    static long utcSeconds(byte[] b, int from, int to) {
        return parse(b, from, to);
    }

    private static long parse(byte[] b, int from, int to) {
        if (to - from < 19) {
            return INVALID;
        }
        int y = digits(b, from, 4);
        int mo = digits(b, from + 5, 2);
        int d = digits(b, from + 8, 2);
        int h = digits(b, from + 11, 2);
        int mi = digits(b, from + 14, 2);
        int s = digits(b, from + 17, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60
                || b[from + 4] != '-' || b[from + 7] != '-' || (b[from + 10] != ' ' && b[from + 10] != 'T')
                || b[from + 13] != ':' || b[from + 16] != ':' || d > monthLength(y, mo)) {
            return INVALID;
        }
        long local = epochDay(y, mo, d) * 86_400L + h * 3600L + mi * 60L + s;
        int offset = writtenOffset(b, from, to);
        return offset == NO_OFFSET ? INVALID : local - offset;
    }

    /** The "+hhmm" after the time as seconds, or NO_OFFSET when missing or not one used on Earth. */
    private static int writtenOffset(byte[] b, int from, int to) {
        int k = from + 19;
        while (k < to && b[k] == ' ') {
            k++;
        }
        if (k + 5 > to || (b[k] != '+' && b[k] != '-')) {
            return NO_OFFSET;
        }
        int oh = digits(b, k + 1, 2);
        int om = digits(b, k + 3, 2);
        if (oh < 0 || om < 0 || om > 59) {
            return NO_OFFSET;
        }
        int offset = (oh * 3600 + om * 60) * (b[k] == '-' ? -1 : 1);
        if (offset < MIN_OFFSET || offset > MAX_OFFSET) {
            return NO_OFFSET; // +1900 is no place on Earth
        }
        return offset;
    }

    private static int digits(byte[] b, int at, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int c = b[at + k] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    private static int monthLength(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 for a proleptic Gregorian date; years 1900-2199 from tables (no division per record). */
    static long epochDay(int y, int m, int d) {
        if (y >= FIRST_YEAR && y < FIRST_YEAR + YEARS) {
            return YEAR_START[y - FIRST_YEAR] + (LEAP[y - FIRST_YEAR] ? LEAP_MONTH_START : MONTH_START)[m - 1] + d - 1;
        }
        return hinnantEpochDay(y, m, d);
    }

    /** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date algorithms"). */
    static long hinnantEpochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
