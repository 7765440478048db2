package org.walkstudy.analysis.personal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The decimal mark of a number written in a CSV cell: a point ("72.5") or a comma ("72,5", as German,
 * French or Spanish spreadsheets write it). A comma is never dropped: it is a decimal mark, a thousands
 * separator in a strict grouping ("12,345.6" with a point column), or the cell is refused.
 */
public enum DecimalMark {
    POINT('.', ','),
    COMMA(',', '.');

    private static final Pattern DIGITS_AND_MARKS = Pattern.compile("[+-]?[0-9][0-9.,]*");

    private final char mark;
    private final char grouping;

    DecimalMark(char mark, char grouping) {
        this.mark = mark;
        this.grouping = grouping;
    }

    /** The mark for {@code --decimal}: "." or ",". */
    public static DecimalMark of(String text) {
        String t = text == null ? "" : text.strip();
        for (DecimalMark m : values()) {
            if (t.equals(String.valueOf(m.mark))) {
                return m;
            }
        }
        throw new IllegalArgumentException("--decimal must be '.' or ',' but was '" + text + "'");
    }

    public char symbol() {
        return mark;
    }

    /**
     * What a cell alone says about its column's decimal mark: empty when it cannot tell ("72", "1,234",
     * "1.234": a comma or point followed by exactly three digits may be a thousands separator).
     */
    public static Optional<DecimalMark> evidence(String cell) {
        String c = cell.strip();
        if (!DIGITS_AND_MARKS.matcher(c).matches()) {
            return Optional.empty();
        }
        int comma = c.lastIndexOf(',');
        int point = c.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            return Optional.of(comma > point ? COMMA : POINT); // the last mark is the decimal one: "1.234,5"
        }
        int at = Math.max(comma, point);
        if (at < 0) {
            return Optional.empty();
        }
        char m = c.charAt(at);
        boolean single = c.indexOf(m) == at;
        if (!single) {
            return Optional.of(m == ',' ? POINT : COMMA); // "1,234,567": grouping, so the other is the decimal mark
        }
        boolean threeAfter = c.length() - at - 1 == 3;
        if (threeAfter) {
            return Optional.empty();
        }
        return Optional.of(m == ',' ? COMMA : POINT);
    }

    /**
     * The number in {@code text} read with this mark, grouping separators accepted only in groups of three
     * ("12,345.6" or "12.345,6"); null when it is not such a number.
     */
    public Double parse(String text) {
        String c = text.strip();
        if (!DIGITS_AND_MARKS.matcher(c).matches()) {
            return null;
        }
        int decimal = c.indexOf(mark);
        if (decimal >= 0 && c.indexOf(mark, decimal + 1) >= 0) {
            return null;
        }
        String whole = decimal < 0 ? c : c.substring(0, decimal);
        String fraction = decimal < 0 ? "" : c.substring(decimal + 1);
        if (fraction.indexOf(grouping) >= 0 || !groupedInThrees(whole)) {
            return null;
        }
        String plain = whole.replace(String.valueOf(grouping), "") + (fraction.isEmpty() ? "" : "." + fraction);
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean groupedInThrees(String whole) {
        int g = whole.indexOf(grouping);
        if (g < 0) {
            return true;
        }
        String digits = whole.startsWith("+") || whole.startsWith("-") ? whole.substring(1) : whole;
        String[] groups = digits.split(Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
