package org.walkstudy.analysis.personal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.walkstudy.core.input.InputException;

/**
 * The decimal mark of each column of one CSV file: the one given ({@code --decimal}), else the one the whole
 * column shows (a "72,5" anywhere makes it a comma column, a "72.5" a point column). A column that shows
 * both, or whose only commas could be thousands separators ("1,234"), is refused with its position: a
 * number is never guessed. Filled by one pass over the file before the rows are read.
 */
public final class ColumnDecimals {
    private static final int COMMA_LINE = 0;
    private static final int POINT_LINE = 1;
    private static final int AMBIGUOUS_LINE = 2;

    private final String file;
    private final Optional<DecimalMark> given;
    /** Per column: first line with comma evidence, with point evidence, with an ambiguous comma (0: none). */
    private final Map<String, long[]> lines = new HashMap<>();
    private final Map<String, String> ambiguousCells = new HashMap<>();

    private ColumnDecimals(String file, Optional<DecimalMark> given) {
        this.file = file;
        this.given = given == null ? Optional.empty() : given;
    }

    /** An empty scan; {@link #see} feeds it cell by cell. */
    public static ColumnDecimals scanning(String file, Optional<DecimalMark> given) {
        return new ColumnDecimals(file, given);
    }

    /** Notes what one cell says about its column. */
    public void see(String column, long line, String cell) {
        if (given.isPresent() || cell == null || cell.isBlank() || (cell.indexOf(',') < 0 && cell.indexOf('.') < 0)) {
            return;
        }
        String number = leadingNumber(cell);
        Optional<DecimalMark> e = DecimalMark.evidence(number);
        long[] l = lines.computeIfAbsent(column, c -> new long[3]);
        if (e.isPresent()) {
            int slot = e.get() == DecimalMark.COMMA ? COMMA_LINE : POINT_LINE;
            if (l[slot] == 0) {
                l[slot] = line;
            }
        } else if (number.indexOf(',') >= 0 && l[AMBIGUOUS_LINE] == 0) {
            l[AMBIGUOUS_LINE] = line;
            ambiguousCells.put(column, cell.strip());
        }
    }

    /** Fails (the whole file, not one row) when the column's decimal mark cannot be told. */
    public void check(String column) {
        if (given.isPresent()) {
            return;
        }
        long[] l = lines.get(column);
        if (l == null) {
            return;
        }
        if (l[COMMA_LINE] > 0 && l[POINT_LINE] > 0) {
            throw InputException.atCell(file, Math.max(l[COMMA_LINE], l[POINT_LINE]), column, "decimal commas (line "
                    + l[COMMA_LINE] + ") and decimal points (line " + l[POINT_LINE] + ") in one column: "
                    + "give --decimal , or --decimal . (nothing was guessed)");
        }
        if (l[AMBIGUOUS_LINE] > 0 && l[COMMA_LINE] == 0 && l[POINT_LINE] == 0) {
            String cell = ambiguousCells.get(column);
            throw InputException.atCell(file, l[AMBIGUOUS_LINE], column, "'" + cell + "' could be a decimal comma or a "
                    + "thousands separator and no other cell of the column tells: give --decimal , or --decimal .");
        }
    }

    /** The column's mark: the given one, else what the column shows, else a point. */
    public DecimalMark mark(String column) {
        if (given.isPresent()) {
            return given.get();
        }
        long[] l = lines.get(column);
        return l != null && l[COMMA_LINE] > 0 && l[POINT_LINE] == 0 ? DecimalMark.COMMA : DecimalMark.POINT;
    }

    /** A non-negative number in the column's decimal mark, or an error naming the cell. */
    public double number(long line, String column, String cell) {
        check(column);
        DecimalMark mark = mark(column);
        String c = cell.strip();
        Double v = null;
        if (mark == DecimalMark.POINT && c.indexOf(',') < 0) {
            try {
                v = Double.parseDouble(c);
            } catch (NumberFormatException e) {
                v = null;
            }
        } else {
            v = mark.parse(c);
        }
        if (v == null || !Double.isFinite(v) || v < 0) {
            throw InputException.atCell(file, line, column, "not a non-negative number (decimal mark '" + mark.symbol()
                    + "'): '" + cell + "'");
        }
        return v;
    }

    private static String leadingNumber(String cell) {
        String c = cell.strip();
        int end = 0;
        while (end < c.length() && "+-0123456789.,".indexOf(c.charAt(end)) >= 0) {
            end++;
        }
        return c.substring(0, end);
    }
}
