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
    WEIGHT("weight"),
    /** {@code steps_YYYY-MM-DD.csv} of the newer Takeout folder {@value #CSV_FOLDER}: {@code timestamp,steps,data source}. */
    STEPS_CSV("steps"),
    /** {@code distance_YYYY-MM-DD.csv} there: {@code timestamp,distance,data source}, metres. */
    DISTANCE_CSV("distance");

    /** The newer Takeout's folder of per-source CSV files (under Takeout/Fitbit or Takeout/Google Health). */
    static final String CSV_FOLDER = "Physical Activity_GoogleData";
    private static final Pattern CSV_NAME = Pattern.compile("(steps|distance)_\\d{4}-\\d{2}-\\d{2}\\.csv");

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
        if (m.matches()) {
            for (FitbitFile f : values()) {
                if (!f.csv() && f.prefix.equals(m.group(1))) {
                    return Optional.of(f);
                }
            }
            throw new IllegalStateException("pattern and kinds disagree: " + fileName);
        }
        Matcher c = CSV_NAME.matcher(fileName);
        if (c.matches()) {
            return Optional.of(c.group(1).equals("steps") ? STEPS_CSV : DISTANCE_CSV);
        }
        return Optional.empty();
    }

    /**
     * The kind of a file found in an export folder or zip by its path: a CSV counts only inside {@value #CSV_FOLDER}
     * (a name such as {@code steps_2024-05-01.csv} alone is too common to claim elsewhere).
     */
    static Optional<FitbitFile> inExport(String path) {
        String p = path.replace('\\', '/');
        return of(p.substring(p.lastIndexOf('/') + 1))
                .filter(k -> !k.csv() || p.contains("/" + CSV_FOLDER + "/") || p.startsWith(CSV_FOLDER + "/"));
    }

    /** Whether this is one of the newer Takeout's CSV files. */
    boolean csv() {
        return this == STEPS_CSV || this == DISTANCE_CSV;
    }
}
