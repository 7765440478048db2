package org.walkstudy.analysis.personal.googlefit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.walkstudy.analysis.personal.ColumnDecimals;
import org.walkstudy.analysis.personal.CsvCells;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DecimalMark;
import org.walkstudy.analysis.personal.PlausibleRange;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/**
 * Google Fit Takeout "Daily activity metrics": the summary file ({@code Daily activity metrics.csv}, one row
 * per {@code Date}) or the per-day files ({@code YYYY-MM-DD.csv}, rows per interval with {@code Start time}),
 * whose date comes from the file name. Heart Minutes become brisk minutes: Google awards them for
 * moderate activity, which for walking it defines as a cadence of 100 steps/min or more.
 */
public final class GoogleFitDailyMetrics {
    public static final String SOURCE = "Google Fit";
    /** Label of the per-day files ({@code YYYY-MM-DD.csv}) of a Takeout: the same days as its summary file. */
    public static final String PER_DAY_SOURCE = SOURCE + " (per-day files)";
    private static final Pattern DAY_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.csv$");
    /** Column, measure, factor to walkstudy's unit. */
    private static final List<Map.Entry<String, Map.Entry<DailyMeasure, Double>>> COLUMNS = List.of(
            Map.entry("Step count", Map.entry(DailyMeasure.STEPS, 1.0)),
            Map.entry("Distance (m)", Map.entry(DailyMeasure.DISTANCE_KM, 0.001)),
            Map.entry("Walking duration (ms)", Map.entry(DailyMeasure.WALK_MINUTES, 1 / 60_000.0)),
            Map.entry("Heart Minutes", Map.entry(DailyMeasure.BRISK_MINUTES, 1.0)),
            Map.entry("Average weight (kg)", Map.entry(DailyMeasure.WEIGHT_KG, 1.0)));

    private GoogleFitDailyMetrics() {
    }

    /** Whether the file is a per-day file of a Takeout ({@code YYYY-MM-DD.csv}) rather than the summary. */
    public static boolean isPerDayFile(Path file) {
        return file.getFileName() != null && DAY_FILE.matcher(file.getFileName().toString()).find();
    }

    /**
     * Whether the file is a Google Fit daily activity metrics CSV: a summary with a {@code Date} column, or a
     * per-day file named by its date, holding at least one of the metric columns read here.
     */
    public static boolean recognises(Path file) {
        List<String> header = org.walkstudy.analysis.personal.FileHead.csvHeader(file);
        boolean dated = header.contains("Date") || (isPerDayFile(file) && header.contains("Start time"));
        return dated && COLUMNS.stream().anyMatch(c -> header.contains(c.getKey()));
    }

    /** Adds the file's days to the ledger; returns the number of values used. */
    public static long read(Path file, DailyLedger ledger, SkippedRecords skipped) {
        return read(file, Optional.empty(), ledger, skipped, SOURCE);
    }

    /**
     * {@code decimal}: the numbers' decimal mark; empty: told from each whole column ({@link ColumnDecimals}).
     * {@code source}: the label of this file's readings ({@link #SOURCE} or a derived label such as
     * {@link #PER_DAY_SOURCE}), so that a summary and per-day files of the same days are two sources of which
     * one counts per day, never their sum.
     */
    public static long read(Path file, Optional<DecimalMark> decimal, DailyLedger ledger, SkippedRecords skipped,
            String sourceLabel) {
        if (file == null || ledger == null || skipped == null) {
            throw new IllegalArgumentException("file, ledger and skipped must be given");
        }
        String name = file.toString();
        Matcher m = DAY_FILE.matcher(file.getFileName().toString());
        LocalDate fileDay = m.find() ? LocalDate.parse(m.group(1)) : null;
        int source = ledger.sourceId(sourceLabel);
        long[] used = {0};
        boolean[] checked = {false};
        List<String> header = CsvCells.read(file, decimal, (rec, line, decimals) -> {
            if (!rec.isMapped("Date") && fileDay == null) {
                throw InputException.inFile(name, "no 'Date' column and no date in the file name: "
                        + "not a Google Fit daily activity metrics file");
            }
            if (!checked[0]) {
                COLUMNS.forEach(c -> decimals.check(c.getKey()));
                checked[0] = true;
            }
            try {
                LocalDate day = rec.isMapped("Date") ? CsvCells.date(name, line, "Date", rec.get("Date")) : fileDay;
                // Check the whole row first: a bad row is skipped whole, never half-imported.
                EnumMap<DailyMeasure, Double> row = new EnumMap<>(DailyMeasure.class);
                for (Map.Entry<String, Map.Entry<DailyMeasure, Double>> c : COLUMNS) {
                    if (rec.isMapped(c.getKey()) && rec.isSet(c.getKey()) && !rec.get(c.getKey()).isBlank()) {
                        double v = decimals.number(line, c.getKey(), rec.get(c.getKey())) * c.getValue().getValue();
                        PlausibleRange.daily(c.getValue().getKey(), v).ifPresent(problem -> {
                            throw InputException.atCell(name, line, c.getKey(), problem);
                        });
                        row.put(c.getValue().getKey(), v);
                    }
                }
                row.forEach((measure, v) -> ledger.add(day.toEpochDay(), measure, source, v));
                used[0] += row.size();
            } catch (InputException e) {
                skipped.skip(e);
            }
        });
        if (COLUMNS.stream().noneMatch(c -> header.contains(c.getKey()))) {
            throw InputException.atLine(name, 1, "none of the columns " + COLUMNS.stream().map(Map.Entry::getKey).toList()
                    + ": not a Google Fit daily activity metrics file");
        }
        return used[0];
    }
}
