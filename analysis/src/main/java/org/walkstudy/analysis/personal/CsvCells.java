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
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.core.input.InputException;

/** Shared CSV plumbing of the diary and Google Fit readers: open with a header (a byte-order mark skipped), parse dates with positions. */
public final class CsvCells {
    private CsvCells() {
    }

    /** A record with its 1-based line number, and the decimal marks of the file's columns. */
    public interface RowSink {
        void row(CSVRecord record, long line, ColumnDecimals decimals);
    }

    /**
     * Reads the file's header, then each row; returns the header. A first pass notes each column's decimal
     * mark ({@link ColumnDecimals}) unless {@code decimal} gives it.
     */
    public static List<String> read(Path file, Optional<DecimalMark> decimal, RowSink sink) {
        return read(file, decimal, 0, sink);
    }

    /**
     * As {@link #read(Path, Optional, RowSink)}, after {@code preamble} lines that come before the header (Samsung
     * Health writes a metadata line there); line numbers stay those of the file.
     */
    public static List<String> read(Path file, Optional<DecimalMark> decimal, int preamble, RowSink sink) {
        String name = file.toString();
        ColumnDecimals decimals = ColumnDecimals.scanning(name, decimal);
        if (decimal == null || decimal.isEmpty()) {
            pass(file, preamble, (rec, line, d) -> {
                for (Map.Entry<String, String> cell : rec.toMap().entrySet()) {
                    decimals.see(cell.getKey(), line, cell.getValue());
                }
            }, decimals);
        }
        return pass(file, preamble, sink, decimals);
    }

    private static List<String> pass(Path file, int preamble, RowSink sink, ColumnDecimals decimals) {
        String name = file.toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipByteOrderMark(in);
            for (int i = 0; i < preamble; i++) {
                in.readLine();
            }
            long comments = preamble + skipLeadingComments(in);
            try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
                List<String> header = parser.getHeaderNames();
                for (CSVRecord r : parser) {
                    sink.row(r, parser.getCurrentLineNumber() + comments, decimals);
                }
                return header;
            }
        } catch (NoSuchFileException e) {
            throw InputException.inFile(name, "file not found");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw InputException.inFile(name, "not UTF-8 text (save the file as UTF-8)", e);
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw InputException.inFile(name, "not a readable CSV file: " + e.getMessage(), e);
        }
    }

    /** Skips a UTF-8 byte-order mark (Excel's "CSV UTF-8" writes one), which would otherwise be part of the first column's name. */
    public static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        int first = in.read();
        if (first != '\uFEFF') {
            in.reset();
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

    public static LocalDate date(String file, long line, String column, String cell) {
        String c = cell.strip();
        try {
            return LocalDate.parse(c.length() > 10 && c.charAt(10) == ' ' ? c.substring(0, 10) : c.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw InputException.atCell(file, line, column, "not a date (YYYY-MM-DD): '" + cell + "'");
        }
    }
}
