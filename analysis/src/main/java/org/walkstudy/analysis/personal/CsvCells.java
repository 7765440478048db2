package org.walkstudy.analysis.personal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.core.input.InputException;

/** Shared CSV plumbing of the diary and Google Fit readers: open with a header, parse numbers and dates with positions. */
public final class CsvCells {
    private CsvCells() {
    }

    /** A record with its 1-based line number. */
    public interface RowSink {
        void row(CSVRecord record, long line);
    }

    /** Reads the file's header, then each row; returns the header. */
    public static List<String> read(Path file, RowSink sink) {
        String name = file.toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long comments = skipLeadingComments(in);
            try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
                List<String> header = parser.getHeaderNames();
                for (CSVRecord r : parser) {
                    sink.row(r, parser.getCurrentLineNumber() + comments);
                }
                return header;
            }
        } catch (NoSuchFileException e) {
            throw InputException.inFile(name, "file not found");
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw InputException.inFile(name, "not a readable CSV file: " + e.getMessage(), e);
        }
    }

    /**
     * Skips comment (#) and blank lines before the header, which commons-csv would otherwise take for the
     * header; returns how many, so record line numbers can be those of the file.
     */
    public static long skipLeadingComments(BufferedReader in) throws IOException {
        long n = 0;
        while (true) {
            in.mark(1 << 16);
            String line = in.readLine();
            if (line == null || !(line.startsWith("#") || line.isBlank())) {
                in.reset();
                return n;
            }
            n++;
        }
    }

    public static double number(String file, long line, String column, String cell) {
        try {
            double v = Double.parseDouble(cell.strip().replace(",", ""));
            if (Double.isFinite(v) && v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with its position
        }
        throw InputException.atCell(file, line, column, "not a non-negative number: '" + cell + "'");
    }

    public static LocalDate date(String file, long line, String column, String cell) {
        String c = cell.strip();
        try {
            return LocalDate.parse(c.length() > 10 && c.charAt(10) == ' ' ? c.substring(0, 10) : c.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw InputException.atCell(file, line, column, "not a date (YYYY-MM-DD): '" + cell + "'");
        }
    }
}
