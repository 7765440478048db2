package org.walkstudy.cli.format;

import java.io.PrintWriter;

import org.walkstudy.analysis.personal.ProgressListener;

/**
 * A one-line progress bar on stderr: bytes done, rate and time left, redrawn at most 5 times a second so
 * drawing never slows the import. Shown only for large inputs or when a person is watching (a console).
 */
public final class ProgressBar implements ProgressListener {
    /** Inputs smaller than this finish before a bar would help. */
    public static final long MIN_BYTES = 8L << 20;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final long startNanos;
    private long lastDraw;
    private long lastTotal = Long.MIN_VALUE;
    private boolean drawn;

    private ProgressBar(PrintWriter err) {
        this.err = err;
        this.startNanos = System.nanoTime();
    }

    /** A bar when the inputs are large or a console is attached, else a listener that does nothing. */
    public static ProgressListener forInput(PrintWriter err, long inputBytes) {
        if (err == null) {
            throw new IllegalArgumentException("stderr writer must be given");
        }
        return inputBytes >= MIN_BYTES || stderrIsTerminal() ? new ProgressBar(err) : ProgressListener.NONE;
    }

    /** Java 17 cannot ask isatty(2); on Linux /proc tells where fd 2 points, elsewhere a console is the best guess. */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void bytesRead(long done, long total) {
        long now = System.nanoTime();
        if (total != lastTotal && drawn) {
            err.println();
        }
        if (total == lastTotal && now - lastDraw < REDRAW_NANOS && done < total) {
            return;
        }
        lastTotal = total;
        lastDraw = now;
        drawn = true;
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder("\r");
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * done / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ")
                    .append(padLeft(Long.toString(Math.min(100, 100 * done / total)), 3)).append("% ");
        }
        line.append(mb(done));
        if (total > 0) {
            line.append(" of ").append(mb(total));
        }
        line.append("  ").append(Math.round(rate / (1 << 20))).append(" MB/s");
        if (total > 0 && rate > 0) {
            long left = (long) Math.max(0, (total - done) / rate);
            line.append("  ").append(left / 60).append(':').append(left % 60 < 10 ? "0" : "").append(left % 60).append(" left");
        }
        err.print(line);
        err.flush();
    }

    /** Ends the bar's line. */
    public static void finish(ProgressListener listener) {
        if (listener instanceof ProgressBar bar && bar.drawn) {
            bar.err.println();
            bar.err.flush();
        }
    }

    /*
     * Plain integer formatting rather than String.format: the formatter loads the locale data providers, which
     * cost a measurable part of a short import's start-up (BENCHMARKS.md).
     */
    static String mb(long bytes) {
        long tenths = Math.round(bytes * 10.0 / (1 << 20));
        return tenths / 10 + "." + tenths % 10 + " MB";
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
