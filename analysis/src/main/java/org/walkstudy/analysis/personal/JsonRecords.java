package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.io.InputStream;

import org.walkstudy.core.input.InputException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Streams an export file that is a JSON array of records (Fitbit's, Garmin Connect's daily summaries), one
 * record at a time with Jackson's streaming parser: a year of minute steps is 525,600 records, never held as a
 * tree. Malformed JSON fails the file with its line and column.
 */
public final class JsonRecords {
    /** An export's string is a date, a number or a short name; longer ones are refused before they are buffered. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000).maxNestingDepth(64).build())
            .build();

    /** Handles one record: the parser stands on its START_OBJECT; it must leave it on the matching END_OBJECT. */
    @FunctionalInterface
    public interface RecordHandler {
        void record(JsonParser p, long line) throws IOException;
    }

    private JsonRecords() {
    }

    /** Calls {@code handler} for each object of the top-level array. */
    public static void forEachRecord(InputStream in, String where, RecordHandler handler) {
        forEachRecord(in, where, "a Fitbit export file", handler);
    }

    /** Calls {@code handler} for each object of the top-level array; {@code what} names the file in errors. */
    public static void forEachRecord(InputStream in, String where, String what, RecordHandler handler) {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw InputException.atLine(where, line(p), "not " + what + ": expected a JSON array of records, found "
                        + (t == null ? "nothing" : p.getText()));
            }
            while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                handler.record(p, line(p));
            }
            if (t != JsonToken.END_ARRAY) {
                throw InputException.atLine(where, line(p), "expected a record ({...}) or the end of the array, found "
                        + (t == null ? "the end of the file" : p.getText()));
            }
            if (p.nextToken() != null) {
                throw InputException.atLine(where, line(p), "more after the end of the array");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw InputException.atCell(where, at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? null : String.valueOf(at.getColumnNr()), "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw InputException.inFile(where, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The scalar values of the named fields of the record the parser stands in (null where absent or not a
     * scalar), every other field skipped; the parser ends on the record's END_OBJECT.
     */
    public static String[] fields(JsonParser p, String... names) throws IOException {
        String[] values = new String[names.length];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            int i = 0;
            while (i < names.length && !names[i].equals(field)) {
                i++;
            }
            if (i < names.length) {
                values[i] = scalar(p);
            } else {
                p.skipChildren();
            }
        }
        return values;
    }

    /** The text of a string or number value, or null (after skipping it) for anything else. */
    public static String scalar(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    /** A number written as a JSON number or a string ({@code "value" : "12"}); NaN when it is neither. */
    public static double number(String text) {
        if (text == null || text.isEmpty() || text.length() > 40) {
            return Double.NaN;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return Double.NaN; // parseDouble would also take "NaN", "Infinity", " 12 " and "12d"
            }
        }
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static long line(JsonParser p) {
        return Math.max(0, p.currentTokenLocation().getLineNr());
    }
}
