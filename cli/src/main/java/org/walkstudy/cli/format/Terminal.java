package org.walkstudy.cli.format;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The width text output may use: the COLUMNS variable when it holds a number, else the terminal's own width
 * when standard output is a terminal (asked of {@code stty}, as the JDK has no call for it), else 80 columns.
 * Output never relies on the terminal wrapping a line for it.
 */
public final class Terminal {
    /** The width when nothing says otherwise: a pipe, a file, a CI log. */
    public static final int DEFAULT_WIDTH = 80;
    /** Below this the layout stops narrowing (a table needs room for its rules). */
    public static final int MIN_WIDTH = 40;

    private Terminal() {
    }

    /** The width for this process's standard output. */
    public static int width() {
        return width(System.getenv("COLUMNS"), System.console() != null);
    }

    /** The width from a COLUMNS value (may be null) and whether output goes to a terminal. */
    static int width(String columns, boolean terminal) {
        if (columns != null && columns.strip().matches("\\d{1,5}")) {
            return Math.max(MIN_WIDTH, Integer.parseInt(columns.strip()));
        }
        if (terminal) {
            int asked = askStty();
            if (asked > 0) {
                return Math.max(MIN_WIDTH, asked);
            }
        }
        return DEFAULT_WIDTH;
    }

    private static int askStty() {
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return -1;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroy();
                return -1;
            }
            String[] rowsCols = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
            return rowsCols.length == 2 && rowsCols[1].matches("\\d{1,5}") ? Integer.parseInt(rowsCols[1]) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
