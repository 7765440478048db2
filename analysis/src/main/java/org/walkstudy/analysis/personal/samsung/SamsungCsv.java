package org.walkstudy.analysis.personal.samsung;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.walkstudy.analysis.personal.RecordTimes;
import org.walkstudy.core.input.InputException;

/**
 * Cells of one Samsung Health CSV: its type from the metadata line, columns found by their last name part
 * ({@code com.samsung.health.exercise.start_time} and {@code start_time} alike), times and offsets read with
 * the file's position in every error.
 */
final class SamsungCsv {
    static final String PREFIX = "com.samsung.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS][.SS][.S]");
    private static final Pattern OFFSET = Pattern.compile("UTC([+-])(\\d{2}):?(\\d{2})");

    private SamsungCsv() {
    }

    /** The type on the metadata line ("com.samsung.shealth.exercise"), or empty when the file has none. Never throws. */
    static Optional<String> type(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] head = raw.readNBytes(4096);
            String text = new String(head, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int end = 0;
            while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String type = text.substring(0, end).strip();
            return type.startsWith(PREFIX) && end < text.length() && type.matches("[a-z0-9_.]+") ? Optional.of(type) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The type, or an error naming the file when its first line is not a Samsung Health metadata line. */
    static String requireType(Path file) {
        if (!Files.exists(file)) {
            throw InputException.inFile(file.toString(), "file not found");
        }
        return type(file).orElseThrow(() -> InputException.atLine(file.toString(), 1, "not a Samsung Health CSV: the "
                + "first line is not its metadata line (such as 'com.samsung.shealth.exercise,6320001,17')"));
    }

    /** The header column whose name is {@code shortName} or ends with "." + it, or null. */
    static String column(List<String> header, String shortName) {
        for (String h : header) {
            if (h != null && (h.equals(shortName) || h.endsWith("." + shortName))) {
                return h;
            }
        }
        return null;
    }

    /** The cell of a column, or "" when the column or the cell is missing. */
    static String cell(CSVRecord rec, String column) {
        return column == null || !rec.isSet(column) ? "" : rec.get(column).strip();
    }

    /** A time as Samsung writes it, "yyyy-MM-dd HH:mm:ss.SSS" in UTC, as epoch seconds. */
    static long utcSeconds(String file, long line, String column, String cell) {
        try {
            return LocalDateTime.parse(cell.strip(), TIME).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw InputException.atCell(file, line, column, "not a time 'yyyy-MM-dd HH:mm:ss.SSS': '" + cell + "'");
        }
    }

    /** "UTC+0100" as seconds; an offset not in use on Earth (-12:00 to +14:00) is refused. */
    static int offsetSeconds(String file, long line, String column, String cell) {
        Matcher m = OFFSET.matcher(cell.strip());
        if (m.matches()) {
            int minutes = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
            long seconds = (m.group(1).equals("-") ? -60L : 60L) * minutes;
            if (Integer.parseInt(m.group(3)) < 60 && RecordTimes.validOffset(seconds)) {
                return (int) seconds;
            }
        }
        throw InputException.atCell(file, line, column, "not a UTC offset 'UTC+hhmm' from -1200 to +1400: '" + cell + "'");
    }

    /** A day summary's date: epoch milliseconds of the day's start (UTC) or a written date. */
    static LocalDate day(String file, long line, String column, String cell) {
        String c = cell.strip();
        try {
            if (!c.isEmpty() && c.chars().allMatch(Character::isDigit) && c.length() <= 15) {
                return java.time.Instant.ofEpochMilli(Long.parseLong(c)).atOffset(ZoneOffset.UTC).toLocalDate();
            }
            return LocalDate.parse(c.length() > 10 ? c.substring(0, 10) : c);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw InputException.atCell(file, line, column, "not a day (epoch milliseconds or yyyy-MM-dd): '" + cell + "'");
        }
    }

    /** Reads the device names of a device_profile file: deviceuuid to name (else model). */
    static java.util.Map<String, String> deviceNames(Path file) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            in.readLine(); // metadata line
            org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                    .setSkipHeaderRecord(true).setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
            try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.builder().setReader(in).setFormat(format).get()) {
                List<String> header = p.getHeaderNames();
                String uuid = column(header, "deviceuuid");
                String name = column(header, "name");
                String model = column(header, "model");
                for (CSVRecord r : p) {
                    String id = cell(r, uuid);
                    String label = cell(r, name).isEmpty() ? cell(r, model) : cell(r, name);
                    if (!id.isEmpty() && !label.isEmpty() && names.size() < 10_000) {
                        names.put(id, label.replaceAll("\\p{Cntrl}", " "));
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw InputException.inFile(file.toString(), "file not found");
        } catch (IOException | RuntimeException e) {
            return names; // device names only make labels nicer; the records are read without them
        }
        return names;
    }
}
