package org.walkstudy.analysis.personal.fitbit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a Fitbit export walkstudy reads, told by name: {@code TYPE-YYYY-MM-DD.json} in the "Global
 * Export Data" folder (older account exports: {@code user-site-export}; Google Takeout: {@code Takeout/Fitbit/
 * Global Export Data}), each holding a month (sleep, weight, active minutes) or a day to a month (minute series)
 * of records.
 */
enum FitbitFile {
    STEPS("steps"),
    DISTANCE("distance"),
    VERY_ACTIVE_MINUTES("very_active_minutes"),
    MODERATELY_ACTIVE_MINUTES("moderately_active_minutes"),
    SLEEP("sleep"),
    WEIGHT("weight");

    private static final Pattern NAME = Pattern.compile(
            "(steps|distance|very_active_minutes|moderately_active_minutes|sleep|weight)-\\d{4}-\\d{2}-\\d{2}\\.json");
    private static final Pattern DAY = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2})\\.json$");
    private final String prefix;

    FitbitFile(String prefix) {
        this.prefix = prefix;
    }

    /** The day in a file's name ({@code steps-2024-03-30.json}: 2024-03-30), or null when it is not a date. */
    static java.time.LocalDate day(String fileName) {
        Matcher m = DAY.matcher(fileName);
        if (!m.find()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(m.group(1));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The kind of a file by its name (the last part of a path or zip entry name). */
    static Optional<FitbitFile> of(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (FitbitFile f : values()) {
            if (f.prefix.equals(m.group(1))) {
                return Optional.of(f);
            }
        }
        throw new IllegalStateException("pattern and kinds disagree: " + fileName);
    }
}
