package org.walkstudy.analysis.personal.fitbit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.analysis.personal.CsvCells;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.PlausibleRange;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * The newer Takeout's {@code Physical Activity_GoogleData/steps_*.csv} and {@code distance_*.csv}
 * ({@code timestamp,steps,data source}; docs/personal-data.md, "Fitbit"): each row a minute from its UTC
 * timestamp, under the device or app its {@code data source} names. They hold the same tracker minutes as the
 * Global Export Data JSON, so a local day the JSON files hold is taken from them and its CSV rows are passed
 * over (said in the import's dropped lines, never counted twice). Rows Fitbit took in from Health Connect
 * ({@code data source} ending in "Health Connect") are other apps' records and are passed over too.
 */
final class PhysicalActivityCsv {
    private static final String HEALTH_CONNECT = "health connect";
    private static final double M_PER_KM = 1000;
    private final DailyLedger ledger;
    private final SkippedRecords skipped;
    private final ZoneId zone;
    private final long notAfter;
    private final LongOpenHashSet jsonStepDays;
    private final LongOpenHashSet jsonDistanceDays;
    /** Local days with steps from these files (the active-minutes rule asks whether a tracker was worn). */
    private final LongOpenHashSet stepDays = new LongOpenHashSet();
    private final LongOpenHashSet twinDays = new LongOpenHashSet();
    private final Map<String, Integer> sources = new HashMap<>();
    private long used;
    private long twinRows;
    private long healthConnectRows;

    PhysicalActivityCsv(DailyLedger ledger, SkippedRecords skipped, ZoneId zone, long notAfter,
            LongOpenHashSet jsonStepDays, LongOpenHashSet jsonDistanceDays) {
        this.ledger = ledger;
        this.skipped = skipped;
        this.zone = zone;
        this.notAfter = notAfter;
        this.jsonStepDays = jsonStepDays;
        this.jsonDistanceDays = jsonDistanceDays;
    }

    long used() {
        return used;
    }

    boolean hasSteps(long day) {
        return stepDays.contains(day);
    }

    /** Reads one file; must come after every JSON file of the export (FitbitExport orders them so). */
    void read(FitbitFile kind, InputStream in, String where) {
        boolean steps = kind == FitbitFile.STEPS_CSV;
        String valueColumn = steps ? "steps" : "distance";
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try {
            BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            CsvCells.skipByteOrderMark(text);
            try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
                List<String> header = parser.getHeaderNames();
                if (header.equals(List.of("no data"))) {
                    return; // Fitbit's file for a type the account has but holds nothing of
                }
                if (!header.contains("timestamp") || !header.contains(valueColumn)) {
                    throw InputException.atLine(where, 1, "a Fitbit " + valueColumn + " CSV needs the columns timestamp and "
                            + valueColumn + " (and data source); columns: " + header);
                }
                boolean named = header.contains("data source");
                for (CSVRecord r : parser) {
                    row(r, parser.getCurrentLineNumber(), where, steps, valueColumn, named);
                }
            }
        } catch (IOException e) {
            throw InputException.inFile(where, "cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw InputException.inFile(where, "not a readable CSV file: " + e.getMessage(), e);
        }
    }

    private void row(CSVRecord r, long line, String where, boolean steps, String valueColumn, boolean named) {
        String source = named && r.isSet("data source") ? r.get("data source").strip() : "";
        if (source.toLowerCase(Locale.ROOT).endsWith(HEALTH_CONNECT)) {
            healthConnectRows++;
            return;
        }
        String cell = r.isSet(valueColumn) ? r.get(valueColumn) : "";
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v) || v < 0) {
            bad(where, line, valueColumn, "not a number >= 0: '" + cell + "'");
            return;
        }
        String time = r.isSet("timestamp") ? r.get("timestamp") : "";
        long start;
        try {
            start = OffsetDateTime.parse(time).toEpochSecond();
        } catch (DateTimeParseException e) {
            bad(where, line, "timestamp", "not a time with its UTC offset such as 2024-03-10T07:00:00Z: '" + time + "'");
            return;
        }
        if (start + 60 > notAfter || !DailyLedger.storable(start, start + 60)) {
            bad(where, line, "timestamp", start + 60 > notAfter ? "in the future: " + time : "before 1970: " + time);
            return;
        }
        int offset = zone.getRules().getOffset(Instant.ofEpochSecond(start)).getTotalSeconds();
        long day = Math.floorDiv(start + offset, 86_400L);
        if ((steps ? jsonStepDays : jsonDistanceDays).contains(day)) {
            twinRows++;
            twinDays.add(day);
            return;
        }
        if (v == 0) {
            return; // adds nothing, and must not hide another device's minute (as in the JSON files)
        }
        Optional<String> problem = steps ? PlausibleRange.steps(v, 60) : v / M_PER_KM > FitbitRecords.MAX_KM_PER_MINUTE
                ? Optional.of(FitbitRecords.fmt(v) + " m in one minute is faster than 60 km/h: not on foot") : Optional.empty();
        if (problem.isPresent()) {
            bad(where, line, valueColumn, problem.get());
            return;
        }
        int id = sources.computeIfAbsent(source, s -> ledger.sourceId(s.isEmpty() ? FitbitRecords.SOURCE
                : s.replaceAll("\\p{Cntrl}", " ")));
        if (steps) {
            ledger.addTimed(DailyMeasure.STEPS, id, start, start + 60, offset, v, true);
            stepDays.add(day);
        } else {
            ledger.addTimed(DailyMeasure.DISTANCE_KM, id, start, start + 60, offset, v / M_PER_KM, true);
        }
        used++;
    }

    /** Says what was passed over on purpose. */
    void finish() {
        if (twinRows > 0) {
            ledger.passedOver(twinRows + " Fitbit CSV row(s) (" + FitbitFile.CSV_FOLDER + ") on " + twinDays.size()
                    + " day(s) the Global Export Data JSON files also hold: those days are read from the JSON, once");
        }
        if (healthConnectRows > 0) {
            ledger.passedOver(healthConnectRows + " Fitbit CSV row(s) whose data source is Health Connect (other apps' "
                    + "records Fitbit took in; a Health Connect import reads them): not counted");
        }
    }

    private void bad(String where, long line, String field, String problem) {
        skipped.skip(InputException.atCell(where, line, field, problem));
    }
}
