package org.walkstudy.analysis.personal.compare;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** An inclusive range of dates, written FROM..TO on the command line. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        if (from == null || to == null) {
            throw new IllegalArgumentException("both ends of a date range must be given");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    /** Parses "2024-01-01..2024-01-28". */
    public static DateRange parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a date range must be given as FROM..TO");
        }
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("date range '" + text + "' is not FROM..TO (e.g. 2024-01-01..2024-01-28)");
        }
        try {
            return new DateRange(LocalDate.parse(text.substring(0, dots).strip()), LocalDate.parse(text.substring(dots + 2).strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date range '" + text + "': dates must be YYYY-MM-DD");
        }
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
