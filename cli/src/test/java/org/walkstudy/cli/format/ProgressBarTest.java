package org.walkstudy.cli.format;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.personal.ProgressListener;

class ProgressBarTest {
    private static final long MB = 1 << 20;

    @Test
    void megabytesHaveOneDecimal() {
        assertEquals("0.0 MB", ProgressBar.mb(0));
        assertEquals("1.5 MB", ProgressBar.mb(3 * MB / 2));
        assertEquals("200.1 MB", ProgressBar.mb(209_808_016));
        assertEquals("0.1 MB", ProgressBar.mb(MB / 10));
    }

    @Test
    void aLargeInputDrawsPercentSizeRateAndTimeLeft() {
        StringWriter text = new StringWriter();
        ProgressListener bar = ProgressBar.forInput(new PrintWriter(text), 100 * MB);
        bar.bytesRead(50 * MB, 100 * MB);
        String line = text.toString();
        assertTrue(line.startsWith("\r[" + "#".repeat(15) + " ".repeat(15) + "]  50% 50.0 MB of 100.0 MB  "), line);
        assertTrue(line.matches("(?s).* \\d+ MB/s  \\d+:\\d\\d left"), line);
        ProgressBar.finish(bar);
        assertTrue(text.toString().endsWith("left" + System.lineSeparator()), text.toString());
    }

    @Test
    void theEndIsDrawnEvenWithinTheRedrawInterval() {
        StringWriter text = new StringWriter();
        ProgressListener bar = ProgressBar.forInput(new PrintWriter(text), 100 * MB);
        bar.bytesRead(MB, 100 * MB);
        bar.bytesRead(100 * MB, 100 * MB);
        assertTrue(text.toString().contains("] 100% 100.0 MB of 100.0 MB"), text.toString());
    }
}
