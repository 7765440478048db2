package org.walkstudy.core.input;

import java.util.Optional;

/**
 * A problem in an input file: every reader in walkstudy throws this and nothing else for bad input,
 * so the CLI can print one clear line ("file:line:column: message") and exit non-zero.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;
    private final String column;
    private final String problem;

    private InputException(String source, long line, String column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem with the file as a whole (empty, unreadable, wrong format). */
    public static InputException inFile(String source, String problem) {
        return new InputException(source, 0, null, problem, null);
    }

    public static InputException inFile(String source, String problem, Throwable cause) {
        return new InputException(source, 0, null, problem, cause);
    }

    /** A problem on a line (1-based) without a particular column. */
    public static InputException atLine(String source, long line, String problem) {
        return new InputException(source, line, null, problem, null);
    }

    /** A problem in one cell: line (1-based) and column (header name or 1-based position). */
    public static InputException atCell(String source, long line, String column, String problem) {
        return new InputException(source, line, column, problem, null);
    }

    public static InputException atCell(String source, long line, String column, String problem, Throwable cause) {
        return new InputException(source, line, column, problem, cause);
    }

    private static String format(String source, long line, String column, String problem) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (column != null) {
            sb.append(" column '").append(column).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }
}
