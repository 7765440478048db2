package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million-row CSV diary imports in a JVM capped at 64 MB of heap: the reader streams the file and the daily
 * ledger keeps one cell per day and measure, so memory depends on the number of days, not on the rows.
 * The rows are SYNTHETIC (a fixed pattern over 1,000 days).
 */
class MillionRowDiaryTest {
    @Test
    void millionRowsImportWithBoundedMemory(@TempDir Path dir) throws Exception {
        Path diary = dir.resolve("synthetic-million-rows.csv");
        LocalDate start = LocalDate.of(2020, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(diary, StandardCharsets.UTF_8)) {
            w.write("date,steps,walk_minutes\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write(start.plusDays(i % 1000) + "," + (i % 97) + "," + (i % 7) + "\n");
            }
        }
        Path out = dir.resolve("daily.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                "org.walkstudy.cli.Main", "import", "--from", "csv", diary.toString(), "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "import did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        List<String> rows = Files.readAllLines(out);
        assertEquals(1 + 1000, rows.size(), "one row per day");
        // Day 0 collects rows 0, 1000, 2000, ...: steps are summed over its 1,000 rows.
        long expected = 0;
        for (int i = 0; i < 1_000_000; i += 1000) {
            expected += i % 97;
        }
        String day0 = rows.get(1);
        assertTrue(day0.startsWith("2020-01-01," + expected + ","), day0);
    }
}
