package org.walkstudy.analysis.personal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.core.input.InputException;
import org.walkstudy.core.output.SpreadsheetSafeText;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The daily table: one row per date, columns exactly {@link #HEADER}, empty where unknown; immutable.
 * {@link #table()} gives it as a Tablesaw {@link Table} (a fresh one each call).
 */
public final class DailyTable {
    /** The column order of the daily CSV file. */
    public static final List<String> HEADER = List.of("date", "steps", "distance_km", "walk_minutes",
            "brisk_minutes", "weight_kg", "sleep_minutes", "sleep_latency_min", "pain_0_10", "back_pain", "sources");

    /** A daily CSV has one short line per day: 64 MB would be over a thousand years. */
    static final long MAX_BYTES = 64L << 20;

    private final List<DailyRow> rows;

    private DailyTable(List<DailyRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Rows must have distinct dates; they are kept in date order. */
    public static DailyTable of(List<DailyRow> rows) {
        if (rows == null) {
            throw new IllegalArgumentException("rows must be given");
        }
        List<DailyRow> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> a.date().compareTo(b.date()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw new IllegalArgumentException("two rows for " + sorted.get(i).date());
            }
        }
        return new DailyTable(sorted);
    }

    public List<DailyRow> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    /**
     * The table as a Tablesaw {@link Table}, for analysis. Built on demand: Tablesaw's class initialisation
     * scans the class path (about a second), which the import, whose speed is benchmarked, does not need.
     */
    public Table table() {
        return toTablesaw(rows);
    }

    private static Table toTablesaw(List<DailyRow> rows) {
        DateColumn date = DateColumn.create("date");
        EnumMap<DailyMeasure, DoubleColumn> numbers = new EnumMap<>(DailyMeasure.class);
        for (DailyMeasure m : DailyMeasure.values()) {
            if (m != DailyMeasure.BACK_PAIN) {
                numbers.put(m, DoubleColumn.create(m.column()));
            }
        }
        StringColumn backPain = StringColumn.create("back_pain");
        StringColumn sources = StringColumn.create("sources");
        for (DailyRow r : rows) {
            date.append(r.date());
            for (Map.Entry<DailyMeasure, DoubleColumn> c : numbers.entrySet()) {
                if (r.value(c.getKey()).isPresent()) {
                    c.getValue().append(r.value(c.getKey()).getAsDouble());
                } else {
                    c.getValue().appendMissing();
                }
            }
            backPain.append(r.backPain().map(BackPain::label).orElse(""));
            sources.append(r.sources());
        }
        Table t = Table.create("daily", date);
        numbers.values().forEach(t::addColumns);
        t.addColumns(backPain, sources);
        return t;
    }

    /**
     * The CSV text: header line, then one line per date; numbers without trailing zeros, unknowns empty.
     * Written with Commons CSV, so a source name with a comma, quote or line break is quoted and reads
     * back; a source name a spreadsheet would run as a formula is prefixed ({@link SpreadsheetSafeText}).
     */
    public void writeCsv(Appendable out) throws IOException {
        CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(HEADER.toArray(String[]::new))
                .get().print(out);
        DailyMeasure[] measures = DailyMeasure.values();
        for (DailyRow r : rows) {
            p.print(r.date().toString());
            for (DailyMeasure m : measures) {
                if (m == DailyMeasure.BACK_PAIN) {
                    p.print(r.backPain().map(BackPain::label).orElse(""));
                } else {
                    OptionalDouble v = r.value(m);
                    p.print(v.isPresent() ? format(v.getAsDouble()) : "");
                }
            }
            p.print(SpreadsheetSafeText.cell(r.sources()));
            p.println();
        }
        p.flush();
    }

    /** Three decimals are below any device's resolution (1 step, 1 m, 1 g, 1 s). */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v); // what the rounding below gives a whole number, without its cost
        }
        String shortest = Double.toString(v);
        if (shortest.indexOf('E') < 0) {
            return roundedToThousandths(shortest);
        }
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * {@code BigDecimal(plain).setScale(3, HALF_UP).stripTrailingZeros().toPlainString()} done on the digits of a
     * plain decimal ("-12.3456"), which is what it comes to without building three BigDecimals per cell.
     */
    private static String roundedToThousandths(String plain) {
        int dot = plain.indexOf('.');
        boolean cut = plain.length() - dot - 1 > 3;
        char[] d = (cut ? plain.substring(0, dot + 4) : plain).toCharArray();
        if (cut && plain.charAt(dot + 4) >= '5') {
            int k = d.length - 1;
            while (k >= 0 && (d[k] == '9' || d[k] == '.')) {
                if (d[k] == '9') {
                    d[k] = '0';
                }
                k--;
            }
            if (k >= 0 && d[k] != '-') {
                d[k]++;
            } else {
                String carried = "1" + new String(d, k + 1, d.length - k - 1);
                d = (k >= 0 ? "-" + carried : carried).toCharArray(); // 9.9995 -> 10.000
            }
        }
        int end = d.length;
        int point = d.length - (cut ? 4 : plain.length() - dot); // a carry adds a digit before the point, never after
        while (end > point + 1 && d[end - 1] == '0') {
            end--;
        }
        if (end == point + 1) {
            end = point;
        }
        String out = new String(d, 0, end);
        return out.equals("-0") ? "0" : out;
    }

    /** Reads a daily CSV (lines starting with # are comments); needs {@code date}, other columns optional. */
    public static DailyTable read(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw InputException.inFile(file.toString(), Files.isDirectory(file) ? "a folder, not a daily CSV file"
                    : "not a regular file (a device or a pipe such as /dev/zero is never read as a daily CSV)");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw InputException.inFile(file.toString(), (Files.size(file) >> 20) + " MB is larger than any daily CSV ("
                        + (MAX_BYTES >> 20) + " MB holds centuries of days): not read, so memory is never exhausted");
            }
        } catch (NoSuchFileException e) {
            throw InputException.inFile(file.toString(), "file not found");
        } catch (IOException e) {
            throw InputException.inFile(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw InputException.inFile(file.toString(), "file not found");
        } catch (IOException e) {
            throw InputException.inFile(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a daily CSV from a reader; {@code name} is the source named in errors. */
    public static DailyTable read(Reader reader, String name) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        BufferedReader in = new BufferedReader(reader);
        long skippedLines;
        try {
            CsvCells.skipByteOrderMark(in);
            skippedLines = CsvCells.skipLeadingComments(in);
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            if (!parser.getHeaderMap().containsKey("date")) {
                throw InputException.atLine(name, skippedLines + 1, "no 'date' column; expected the header " + String.join(",", HEADER));
            }
            List<DailyRow> rows = new ArrayList<>();
            List<LocalDate> seen = new ArrayList<>();
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber() + skippedLines;
                LocalDate date;
                try {
                    date = LocalDate.parse(rec.get("date"));
                } catch (DateTimeParseException e) {
                    throw InputException.atCell(name, line, "date", "not a date (YYYY-MM-DD): '" + rec.get("date") + "'");
                }
                EnumMap<DailyMeasure, Double> values = new EnumMap<>(DailyMeasure.class);
                for (DailyMeasure m : DailyMeasure.values()) {
                    if (!rec.isMapped(m.column()) || !rec.isSet(m.column()) || rec.get(m.column()).isBlank()) {
                        continue;
                    }
                    String cell = rec.get(m.column()).strip();
                    if (m == DailyMeasure.BACK_PAIN) {
                        values.put(m, (double) BackPain.ofLabel(cell).orElseThrow(() -> InputException.atCell(name, line,
                                m.column(), "not a severity (none, mild, moderate, severe, unspecified): '" + cell + "'")).code());
                        continue;
                    }
                    try {
                        double v = Double.parseDouble(cell);
                        if (!Double.isFinite(v) || v < 0) {
                            throw new NumberFormatException();
                        }
                        values.put(m, v);
                    } catch (NumberFormatException e) {
                        throw InputException.atCell(name, line, m.column(), "not a non-negative number: '" + cell + "'");
                    }
                }
                if (seen.contains(date)) {
                    throw InputException.atCell(name, line, "date", "date " + date + " appears twice");
                }
                seen.add(date);
                String sources = rec.isMapped("sources") && rec.isSet("sources") ? SpreadsheetSafeText.read(rec.get("sources")) : "";
                rows.add(DailyRow.of(date, values, sources));
            }
            if (rows.isEmpty()) {
                throw InputException.inFile(name, "no rows");
            }
            return of(rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
    }
}
