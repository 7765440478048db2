package org.walkstudy.analysis.personal.fitbit;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The two time layouts of a Fitbit export, both local wall-clock times without an offset: {@code MM/dd/yy HH:mm:ss}
 * (minute series and weight: {@code "03/20/17 23:55:00"}) and ISO {@code yyyy-MM-ddTHH:mm:ss.SSS} (sleep logs:
 * {@code "2024-03-20T22:04:00.000"}). Two-digit years are 2000-2099: Fitbit's first tracker shipped in 2009.
 */
final class FitbitTime {
    private FitbitTime() {
    }

    /** {@code MM/dd/yy HH:mm:ss}, or null when the text is not one (the caller names the record). */
    static LocalDateTime slashed(String s) {
        if (s == null || s.length() != 17 || s.charAt(2) != '/' || s.charAt(5) != '/' || s.charAt(8) != ' '
                || s.charAt(11) != ':' || s.charAt(14) != ':') {
            return null;
        }
        int month = two(s, 0);
        int day = two(s, 3);
        int year = two(s, 6);
        int hour = two(s, 9);
        int minute = two(s, 12);
        int second = two(s, 15);
        if ((month | day | year | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(2000 + year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A weight log's {@code date} ({@code MM/dd/yy}) and {@code time} ({@code HH:mm:ss}), or null. */
    static LocalDateTime slashed(String date, String time) {
        return date == null || time == null ? null : slashed(date + " " + time);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.SSS]}, or null. */
    static LocalDateTime iso(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int two(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        return a < '0' || a > '9' || b < '0' || b > '9' ? -1 : (a - '0') * 10 + (b - '0');
    }
}
