package org.walkstudy.core.output;

/**
 * Text cells of every CSV walkstudy writes, made safe for spreadsheets: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula by Excel, LibreOffice
 * or Sheets, so it is prefixed with a single quote (OWASP, "CSV Injection"). Numbers are written as numbers
 * and never prefixed: only text a person or a device named can carry a formula.
 */
public final class SpreadsheetSafeText {
    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetSafeText() {
    }

    /** The text as a CSV cell may hold it: prefixed with {@code '} when a spreadsheet would run it. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return triggerAfterQuotes(text) ? "'" + text : text;
    }

    /** A value for a CSV printer: text guarded as {@link #cell(String)}, anything else (numbers) as it is. */
    public static Object value(Object value) {
        return value instanceof CharSequence s ? cell(s.toString()) : value;
    }

    /** The text walkstudy wrote, read back: the quote {@link #cell(String)} added is removed. */
    public static String read(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && triggerAfterQuotes(cell)) {
            return cell.substring(1);
        }
        return cell;
    }

    /** A trigger character first, or after leading quotes (so text that starts "'=" also reads back as written). */
    private static boolean triggerAfterQuotes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }
}
