package org.walkstudy.datasets.csv;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.walkstudy.core.input.InputException;
import org.walkstudy.core.validation.InvalidValueException;

/** Typed access to one row of a study file; every failure names the file, line and column. */
final class StudyRow {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

    private final String source;
    private final long line;
    private final CSVRecord record;
    private final Map<String, Integer> header;

    StudyRow(String source, long line, CSVRecord record, Map<String, Integer> header) {
        this.source = source;
        this.line = line;
        this.record = record;
        this.header = header;
    }

    long line() {
        return line;
    }

    String text(StudyColumn column) {
        Integer index = header.get(column.header());
        if (index == null || index >= record.size()) {
            return "";
        }
        return record.get(index).strip();
    }

    boolean has(StudyColumn column) {
        return !text(column).isEmpty();
    }

    String required(StudyColumn column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw error(column, "is required but empty");
        }
        return value;
    }

    OptionalDouble decimal(StudyColumn column) {
        String value = text(column);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw error(column, "not a number: '" + value + "'"
                    + (value.matches("-?[0-9]+,[0-9]+") ? " (use a decimal point, not a comma)" : ""));
        }
        double d = Double.parseDouble(value);
        if (!Double.isFinite(d)) {
            throw error(column, "number out of range: '" + value + "'");
        }
        return OptionalDouble.of(d);
    }

    double requiredDecimal(StudyColumn column) {
        OptionalDouble d = decimal(column);
        if (d.isEmpty()) {
            throw error(column, "is required for this data_kind but empty");
        }
        return d.getAsDouble();
    }

    OptionalInt integer(StudyColumn column) {
        String value = text(column);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!INTEGER.matcher(value).matches()) {
            throw error(column, "not a whole number: '" + value + "'");
        }
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw error(column, "whole number out of range: '" + value + "'");
        }
    }

    int requiredInteger(StudyColumn column) {
        OptionalInt i = integer(column);
        if (i.isEmpty()) {
            throw error(column, "is required for this data_kind but empty");
        }
        return i.getAsInt();
    }

    boolean yesNo(StudyColumn column) {
        String value = required(column).toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "yes", "true", "y", "1" -> true;
            case "no", "false", "n", "0" -> false;
            default -> throw error(column, "must be yes or no but was '" + value + "'");
        };
    }

    Optional<Boolean> optionalYesNo(StudyColumn column) {
        return has(column) ? Optional.of(yesNo(column)) : Optional.empty();
    }

    /**
     * Runs a model factory and turns its {@link InvalidValueException} into an input error at the column the
     * field came from ({@code fallback} when the field is not a column of the file).
     */
    <T> T build(StudyColumn fallback, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            StudyColumn column = columnOf(e.field()).orElse(fallback);
            throw InputException.atCell(source, line, column.header(), e.reason(), e);
        }
    }

    private static Optional<StudyColumn> columnOf(String field) {
        for (StudyColumn c : StudyColumn.values()) {
            if (c.header().equals(field)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    InputException error(StudyColumn column, String problem) {
        return InputException.atCell(source, line, column.header(), problem);
    }
}
