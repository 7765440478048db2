package org.walkstudy.analysis.personal.strava;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.zip.ZipException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.analysis.personal.BriskRule;
import org.walkstudy.analysis.personal.CompressedInput;
import org.walkstudy.analysis.personal.CsvCells;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.ExportReader;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.PlausibleRange;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.garmin.FitWalks;
import org.walkstudy.analysis.personal.gpx.ActivityWalk;
import org.walkstudy.analysis.personal.gpx.GpxImport;
import org.walkstudy.analysis.personal.gpx.GpxWalks;
import org.walkstudy.analysis.personal.gpx.Walk;
import org.walkstudy.analysis.personal.tcx.TcxWalks;
import org.walkstudy.core.input.InputException;

/**
 * A Strava bulk export (a folder or the export zip): activities.csv lists every activity; walks and hikes (by
 * {@code Activity Type}) are kept, each read from its file in activities/ (.gpx, .tcx, .fit, each also .gz)
 * with the GPX, TCX and FIT readers, under the device the file names, else "Strava". An activity without a
 * file (entered by hand) counts from the CSV: its elapsed time as walk minutes, its distance, and as brisk
 * when its average speed over the elapsed time is brisk. A named file that is missing or cannot be read is
 * reported, and the activity counts from the CSV. Other activity types are left out (not errors).
 */
public final class StravaReader implements ExportReader {
    public static final String SOURCE = "Strava";
    /** Activity types kept: Strava's names for walking and hiking. */
    static final Set<String> WALKING_TYPES = Set.of("walk", "hike");
    /** Strava writes dates in UTC as "Jan 5, 2019, 3:01:22 PM" (older exports without the second comma). */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d, yyyy[,] h:mm:ss a").toFormatter(Locale.ENGLISH);

    @Override
    public boolean recognises(Path path) {
        try {
            if (Files.isDirectory(path)) {
                Path csv = path.resolve(StravaFiles.CSV);
                return Files.isRegularFile(csv) && looksLikeHeader(CompressedInput.head(csv, 512));
            }
            if (!Files.isRegularFile(path)) {
                return false;
            }
            byte[] head = CompressedInput.head(path, 4);
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
                return false;
            }
            try (StravaFiles files = StravaFiles.of(path)) {
                if (files == null) {
                    return false;
                }
                try (InputStream in = files.open(StravaFiles.CSV).orElse(InputStream.nullInputStream())) {
                    return looksLikeHeader(in.readNBytes(512));
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean looksLikeHeader(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.startsWith("Activity ID,") && text.contains("Activity Type");
    }

    @Override
    public long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress) {
        String name = path.toString();
        try (StravaFiles files = open(path)) {
            Optional<InputStream> csv = files.open(StravaFiles.CSV);
            if (csv.isEmpty()) {
                throw InputException.inFile(name, "no " + StravaFiles.CSV + " in the folder: not a Strava bulk export");
            }
            try (InputStream in = csv.get()) {
                return new Export(files, options, ledger, skipped).read(in);
            }
        } catch (NoSuchFileException e) {
            throw InputException.inFile(name, "file not found");
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
    }

    private static StravaFiles open(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        try {
            StravaFiles files = StravaFiles.of(path);
            if (files == null) {
                throw InputException.inFile(path.toString(), "no " + StravaFiles.CSV + " in the zip: not a Strava bulk export");
            }
            return files;
        } catch (ZipException e) {
            throw InputException.inFile(path.toString(), "not a Strava export folder or zip: " + e.getMessage(), e);
        }
    }

    /** One export being read. */
    private static final class Export {
        private final StravaFiles files;
        private final ImportOptions options;
        private final DailyLedger ledger;
        private final SkippedRecords skipped;
        private final String csvName;
        private Columns columns;

        Export(StravaFiles files, ImportOptions options, DailyLedger ledger, SkippedRecords skipped) {
            this.files = files;
            this.options = options;
            this.ledger = ledger;
            this.skipped = skipped;
            this.csvName = files.name(StravaFiles.CSV);
        }

        long read(InputStream in) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            CsvCells.skipByteOrderMark(reader);
            long used = 0;
            try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
                for (CSVRecord row : parser) {
                    long line = parser.getCurrentLineNumber();
                    if (columns == null) {
                        columns = Columns.of(row, csvName);
                        continue;
                    }
                    try {
                        used += activity(row, line);
                    } catch (InputException e) {
                        skipped.skip(e);
                    }
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw InputException.inFile(csvName, "not a valid CSV file: " + e.getMessage(), e);
            }
            if (columns == null) {
                throw InputException.inFile(csvName, "empty: no header");
            }
            return used;
        }

        private long activity(CSVRecord row, long line) throws IOException {
            String type = columns.cell(row, columns.type).strip();
            if (!WALKING_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                return 0;
            }
            Instant start = date(columns.cell(row, columns.date), line);
            String file = columns.filename < 0 ? "" : columns.cell(row, columns.filename).strip();
            if (!file.isEmpty()) {
                Optional<List<ActivityWalk>> walks = fromFile(file, start, row, line);
                if (walks.isPresent()) {
                    long used = 0;
                    for (ActivityWalk w : walks.get()) {
                        used += GpxImport.addActivity(w, SOURCE, options.zone().orElse(null), ledger, skipped, files.name(file));
                    }
                    return used;
                }
            }
            return fromCsv(row, line, start);
        }

        /** The walks the activity's file holds, or empty when it is missing or unreadable (reported). */
        private Optional<List<ActivityWalk>> fromFile(String file, Instant start, CSVRecord row, long line) throws IOException {
            String name = files.name(file);
            Optional<InputStream> opened = files.open(file);
            if (opened.isEmpty()) {
                skipped.skip(InputException.atCell(csvName, line, "Filename", file
                        + " is not in the export: the activity counts from the CSV's elapsed time and distance"));
                return Optional.empty();
            }
            try (InputStream raw = opened.get(); InputStream in = CompressedInput.gunzipped(new BufferedInputStream(raw, 1 << 16))) {
                String lower = file.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
                if (lower.endsWith(".gpx")) {
                    List<ActivityWalk> walks = new ArrayList<>();
                    OptionalDouble elapsed = number(row, columns.elapsed, line, "Elapsed Time");
                    List<Walk> read = GpxWalks.read(in, name, skipped);
                    for (Walk w : read) {
                        // GPX walks carry no end: the CSV's elapsed time gives it for a file of one walk, else
                        // each walk's moving time.
                        double csvSeconds = read.size() == 1 ? elapsed.orElse(0) : 0;
                        long seconds = Math.round(Math.max(csvSeconds, w.movingMinutes() * 60));
                        walks.add(new ActivityWalk(w, w.start().plusSeconds(seconds), Optional.empty(), OptionalInt.empty(),
                                OptionalDouble.empty()));
                    }
                    return Optional.of(walks);
                }
                if (lower.endsWith(".tcx")) {
                    return Optional.of(TcxWalks.read(in, name, skipped));
                }
                if (lower.endsWith(".fit")) {
                    return Optional.of(FitWalks.read(in, name, skipped));
                }
                skipped.skip(InputException.atCell(csvName, line, "Filename", file
                        + " is not a GPX, TCX or FIT file: the activity counts from the CSV's elapsed time and distance"));
                return Optional.empty();
            } catch (InputException e) {
                skipped.skip(InputException.inFile(e.source(), e.problem() + " (the activity counts from "
                        + StravaFiles.CSV + " instead)", e));
                return Optional.empty();
            } catch (IOException e) {
                skipped.skip(InputException.inFile(name, "cannot read: " + e.getMessage()
                        + " (the activity counts from " + StravaFiles.CSV + " instead)", e));
                return Optional.empty();
            }
        }

        /**
         * The activity from the CSV alone: walk minutes = elapsed time, distance, and brisk minutes = all of it
         * when the average speed over the elapsed time is brisk (as for Apple Health workouts).
         */
        private long fromCsv(CSVRecord row, long line, Instant start) {
            OptionalDouble elapsed = number(row, columns.elapsed, line, "Elapsed Time");
            if (elapsed.isEmpty()) {
                throw InputException.atCell(csvName, line, "Elapsed Time", "empty: the walk has no file and no time");
            }
            long seconds = Math.round(elapsed.getAsDouble());
            long begin = start.getEpochSecond();
            if (!DailyLedger.storable(begin, begin + seconds) || seconds > 24 * 3600) {
                throw InputException.atCell(csvName, line, "Elapsed Time", seconds + " s from " + start
                        + " cannot be one walk (outside 1970-2106 or longer than a day)");
            }
            if (start.isAfter(Instant.now())) {
                throw InputException.atCell(csvName, line, "Activity Date", start + " is in the future");
            }
            OptionalDouble km = number(row, columns.distance, line, "Distance");
            if (km.isPresent()) {
                km = OptionalDouble.of(km.getAsDouble() * columns.distanceToKm);
            }
            double kmh = km.isPresent() && seconds > 0 ? km.getAsDouble() / (seconds / 3600.0) : 0;
            Optional<String> tooFast = PlausibleRange.walkingSpeedKmh(kmh);
            if (tooFast.isPresent()) {
                throw InputException.atCell(csvName, line, "Distance", tooFast.get() + ", skipped");
            }
            int source = ledger.sourceId(SOURCE);
            int offset = GpxImport.offsetSeconds(start, options.zone().orElse(null), 0);
            double minutes = seconds / 60.0;
            ledger.addTimed(DailyMeasure.WALK_MINUTES, source, begin, begin + seconds, offset, minutes, true);
            if (km.isPresent()) {
                ledger.addTimed(DailyMeasure.DISTANCE_KM, source, begin, begin + seconds, offset, km.getAsDouble(), true);
                ledger.addTimed(DailyMeasure.BRISK_MINUTES, source, begin, begin + seconds, offset,
                        BriskRule.isBriskSpeed(kmh) ? minutes : 0, false);
            }
            return 1;
        }

        private Instant date(String cell, long line) {
            try {
                return LocalDateTime.parse(cell.strip(), DATE).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw InputException.atCell(csvName, line, "Activity Date", "'" + cell
                        + "' is not a Strava date such as \"Jan 5, 2019, 3:01:22 PM\"");
            }
        }

        private OptionalDouble number(CSVRecord row, int column, long line, String header) {
            String cell = column < 0 ? "" : columns.cell(row, column).strip();
            if (cell.isEmpty()) {
                return OptionalDouble.empty();
            }
            try {
                double v = Double.parseDouble(cell);
                if (Double.isFinite(v) && v >= 0) {
                    return OptionalDouble.of(v);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw InputException.atCell(csvName, line, header, "'" + cell + "' is not a number >= 0 (a decimal point, no "
                    + "thousands separator)");
        }
    }

    /**
     * Where the needed columns are. A full export has two Distance columns, the first in the athlete's display
     * unit (km or miles) and the second in metres: the metres one is read. With one Distance column it is read
     * as km.
     */
    private record Columns(int date, int type, int elapsed, int distance, double distanceToKm, int filename) {
        static Columns of(CSVRecord header, String csvName) {
            List<String> names = header.stream().map(String::strip).toList();
            int date = required(names, "Activity Date", csvName);
            int type = required(names, "Activity Type", csvName);
            int elapsed = names.indexOf("Elapsed Time");
            int firstDistance = names.indexOf("Distance");
            int lastDistance = names.lastIndexOf("Distance");
            boolean metres = lastDistance != firstDistance;
            return new Columns(date, type, elapsed, lastDistance, metres ? 0.001 : 1, names.indexOf("Filename"));
        }

        private static int required(List<String> names, String column, String csvName) {
            int i = names.indexOf(column);
            if (i < 0) {
                throw InputException.atLine(csvName, 1, "no '" + column + "' column: not a Strava activities.csv");
            }
            return i;
        }

        String cell(CSVRecord row, int column) {
            return column >= 0 && column < row.size() ? row.get(column) : "";
        }
    }
}
