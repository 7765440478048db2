package org.walkstudy.analysis.personal.diary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
 * Reads a diary CSV: a date column plus any recognised field ({@link DiaryField}). A header may carry its
 * unit in parentheses ("weight (lb)"), a cell may carry it after the number ("5 km"); otherwise km, kg,
 * minutes. Pain is on a 0-10 scale. Several rows for one date add up (totals) or average (levels).
 */
public final class DiaryCsv {
    public static final String SOURCE = "diary";
    private static final Pattern HEADER_UNIT = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");
    private static final Pattern CELL_UNIT = Pattern.compile("^\\s*([-+0-9.,eE]+)\\s*([A-Za-z]+)\\s*$");

    private DiaryCsv() {
    }

    /** {@code columns}: field name (e.g. "weight") to header, for headers the reader does not recognise. */
    public static long read(Path file, Map<String, String> columns, DailyLedger ledger, SkippedRecords skipped) {
        return read(file, columns, Optional.empty(), ledger, skipped);
    }

    /** {@code decimal}: the numbers' decimal mark; empty: told from each whole column ({@link ColumnDecimals}). */
    public static long read(Path file, Map<String, String> columns, Optional<DecimalMark> decimal, DailyLedger ledger,
            SkippedRecords skipped) {
        return read(file, columns, decimal, ledger, skipped, new DiaryRowsSeen(1));
    }

    /** {@code seen}: rows of earlier diary files of the same import; a row one of them holds counts once. */
    public static long read(Path file, Map<String, String> columns, Optional<DecimalMark> decimal, DailyLedger ledger,
            SkippedRecords skipped, DiaryRowsSeen seen) {
        if (file == null || ledger == null || skipped == null) {
            throw new IllegalArgumentException("file, ledger and skipped must be given");
        }
        Map<String, String> explicit = columns == null ? Map.of() : columns;
        for (String field : explicit.keySet()) {
            if (DiaryField.byName(field).isEmpty()) {
                throw new IllegalArgumentException("--map: unknown field '" + field + "'; fields: "
                        + java.util.Arrays.stream(DiaryField.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
            }
        }
        String name = file.toString();
        int source = ledger.sourceId(SOURCE);
        long[] used = {0};
        EnumMap<DiaryField, String[]> layout = new EnumMap<>(DiaryField.class); // field -> {header, unit}
        List<String> header = CsvCells.read(file, decimal, (rec, line, decimals) -> {
            if (layout.isEmpty()) {
                layout.putAll(layout(rec.getParser().getHeaderNames(), explicit, name));
                layout.forEach((field, column) -> {
                    if (field != DiaryField.DATE) {
                        decimals.check(column[0]);
                    }
                });
            }
            try {
                LocalDate day = CsvCells.date(name, line, layout.get(DiaryField.DATE)[0], rec.get(layout.get(DiaryField.DATE)[0]));
                // Check the whole row first: a bad row is skipped whole, never half-imported.
                EnumMap<DailyMeasure, Double> row = new EnumMap<>(DailyMeasure.class);
                for (Map.Entry<DiaryField, String[]> f : layout.entrySet()) {
                    if (f.getKey() == DiaryField.DATE) {
                        continue;
                    }
                    String column = f.getValue()[0];
                    if (!rec.isSet(column) || rec.get(column).isBlank()) {
                        continue;
                    }
                    double v = value(f.getKey(), f.getValue()[1], rec.get(column), decimals, name, line, column);
                    row.put(f.getKey().measure().orElseThrow(), v);
                }
                if (!seen.inEarlierFile(day.toEpochDay(), row)) {
                    row.forEach((measure, v) -> ledger.add(day.toEpochDay(), measure, source, v));
                    used[0] += row.size();
                }
            } catch (InputException e) {
                skipped.skip(e);
            }
        });
        if (layout.isEmpty()) {
            layout(header, explicit, name); // an empty diary still gets its header checked
        }
        seen.endFile();
        return used[0];
    }

    private static double value(DiaryField field, String headerUnit, String cell, ColumnDecimals decimals, String file,
            long line, String column) {
        String unit = headerUnit;
        String number = cell;
        Matcher m = CELL_UNIT.matcher(cell);
        if (m.matches()) {
            number = m.group(1);
            unit = m.group(2);
        }
        double factor = field.factor(unit).orElseThrow(() -> InputException.atCell(file, line, column,
                "unit '" + cell + "' is not one of " + field.name().toLowerCase(Locale.ROOT) + "'s units"));
        double v = decimals.number(line, column, number) * factor;
        if (field.measure().orElseThrow() == DailyMeasure.PAIN_0_10 && v > 10) {
            throw InputException.atCell(file, line, column, "pain must be on a 0-10 scale but was " + cell);
        }
        PlausibleRange.daily(field.measure().orElseThrow(), v).ifPresent(problem -> {
            throw InputException.atCell(file, line, column, problem);
        });
        return v;
    }

    /** Whether the file is a diary CSV: a date column and at least one recognised field (as {@link DiaryField} names them). */
    public static boolean recognises(Path file) {
        List<String> header = org.walkstudy.analysis.personal.FileHead.csvHeader(file);
        java.util.Set<DiaryField> found = java.util.EnumSet.noneOf(DiaryField.class);
        for (String h : header) {
            Matcher m = HEADER_UNIT.matcher(h);
            String base = (m.matches() ? m.group(1) : h).strip().toLowerCase(Locale.ROOT);
            for (DiaryField f : DiaryField.values()) {
                if (f.headers().contains(base)) {
                    found.add(f);
                }
            }
        }
        return found.contains(DiaryField.DATE) && found.size() > 1;
    }

    private static Map<DiaryField, String[]> layout(List<String> header, Map<String, String> explicit, String file) {
        EnumMap<DiaryField, String[]> layout = new EnumMap<>(DiaryField.class);
        for (Map.Entry<String, String> e : explicit.entrySet()) {
            DiaryField f = DiaryField.byName(e.getKey()).orElseThrow();
            String column = header.stream().filter(h -> h.equalsIgnoreCase(e.getValue().strip())).findFirst()
                    .orElseThrow(() -> InputException.atLine(file, 1, "--map " + e.getKey() + "=" + e.getValue()
                            + ": no such column; columns: " + header));
            layout.put(f, new String[] {column, unitOf(f, column, file)});
        }
        for (String h : header) {
            Matcher m = HEADER_UNIT.matcher(h);
            String base = (m.matches() ? m.group(1) : h).strip().toLowerCase(Locale.ROOT);
            for (DiaryField f : DiaryField.values()) {
                if (!layout.containsKey(f) && f.headers().contains(base)) {
                    layout.put(f, new String[] {h, unitOf(f, h, file)});
                }
            }
        }
        if (!layout.containsKey(DiaryField.DATE)) {
            throw InputException.atLine(file, 1, "no date column (date or day; or --map date=COLUMN); columns: " + header);
        }
        if (layout.size() == 1) {
            throw InputException.atLine(file, 1, "no known field besides the date; columns: " + header
                    + "; name them with --map FIELD=COLUMN");
        }
        return layout;
    }

    private static String unitOf(DiaryField f, String header, String file) {
        Matcher m = HEADER_UNIT.matcher(header);
        String unit = m.matches() ? m.group(2).strip() : f.impliedUnit(header);
        if (f.factor(unit).isEmpty()) {
            throw InputException.atCell(file, 1, header, "unknown unit '" + unit + "' for " + f.name().toLowerCase(Locale.ROOT));
        }
        return unit;
    }
}
