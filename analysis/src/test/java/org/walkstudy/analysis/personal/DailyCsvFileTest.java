package org.walkstudy.analysis.personal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.core.input.InputException;

class DailyCsvFileTest {
    @TempDir
    Path dir;

    static DailyTable table() {
        return DailyTable.of(List.of(
                DailyRow.of(LocalDate.of(2024, 1, 2), Map.of(DailyMeasure.STEPS, 8123.0, DailyMeasure.DISTANCE_KM, 5.25), "phone, watch"),
                DailyRow.of(LocalDate.of(2024, 1, 1), Map.of(DailyMeasure.BACK_PAIN, 2.0), "phone")));
    }

    @Test
    void writesTheExactHeaderEmptyUnknownsAndOwnerOnlyPermissions() throws IOException {
        Path out = dir.resolve("daily.csv");
        DailyCsvFile.write(table(), out, false);
        List<String> lines = Files.readAllLines(out);
        assertEquals("date,steps,distance_km,walk_minutes,brisk_minutes,weight_kg,sleep_minutes,sleep_latency_min,pain_0_10,back_pain,sources",
                lines.get(0));
        assertEquals("2024-01-01,,,,,,,,,moderate,phone", lines.get(1));
        assertEquals("2024-01-02,8123,5.25,,,,,,,,\"phone, watch\"", lines.get(2));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void refusesToOverwriteUnlessForced() throws IOException {
        Path out = dir.resolve("daily.csv");
        Files.writeString(out, "mine");
        assertThrows(FileAlreadyExistsException.class, () -> DailyCsvFile.write(table(), out, false));
        assertEquals("mine", Files.readString(out));
        DailyCsvFile.write(table(), out, true);
        assertTrue(Files.readString(out).startsWith("date,"));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        Path out = dir.resolve("daily.csv");
        DailyCsvFile.write(table(), out, false);
        assertEquals(table().rows(), DailyTable.read(out).rows());
    }

    @Test
    void badCellsAreReportedWithLineAndColumn() {
        String csv = "# comment\ndate,steps\n2024-01-01,12\n2024-01-02,lots\n";
        InputException e = assertThrows(InputException.class, () -> DailyTable.read(new StringReader(csv), "d.csv"));
        assertEquals(4, e.line());
        assertEquals("steps", e.column().orElseThrow());
    }

    @Test
    void tablesawViewHasTheSameRows() {
        assertEquals(2, table().table().rowCount());
        assertEquals(LocalDate.of(2024, 1, 1), table().table().dateColumn("date").get(0));
        assertTrue(table().table().doubleColumn("steps").isMissing(0));
    }

    @Test
    void aDeviceNameWithLineBreaksOrAFormulaIsWrittenSoItReadsBackAndNeverRuns() throws IOException {
        DailyTable t = DailyTable.of(List.of(
                DailyRow.of(LocalDate.of(2024, 1, 1), Map.of(DailyMeasure.STEPS, 10.0), "Ann's\rWatch"),
                DailyRow.of(LocalDate.of(2024, 1, 2), Map.of(DailyMeasure.STEPS, 20.0), "=HYPERLINK(\"http://x\",\"y\")"),
                DailyRow.of(LocalDate.of(2024, 1, 3), Map.of(DailyMeasure.STEPS, 30.0), "@phone\nline")));
        Path out = dir.resolve("daily.csv");
        DailyCsvFile.write(t, out, false);
        String text = Files.readString(out);
        assertTrue(text.contains("\"Ann's\rWatch\""), "a carriage return is quoted: " + text);
        assertTrue(text.contains(",\"'=HYPERLINK("), "a formula is prefixed so a spreadsheet shows it as text: " + text);
        assertTrue(text.contains(",\"'@phone\nline\""), text);
        assertEquals(t.rows(), DailyTable.read(out).rows());
    }

    @Test
    void aDeviceAFolderOrAHugeFileAsDailyDataIsOneClearLine() throws IOException {
        InputException device = assertThrows(InputException.class, () -> DailyTable.read(Path.of("/dev/zero")));
        assertTrue(device.getMessage().contains("not a regular file"), device.getMessage());
        InputException folder = assertThrows(InputException.class, () -> DailyTable.read(dir));
        assertTrue(folder.getMessage().contains("a folder"), folder.getMessage());
        Path huge = dir.resolve("huge.csv");
        try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), DailyTable.MAX_BYTES); // sparse: no disk used
        }
        InputException big = assertThrows(InputException.class, () -> DailyTable.read(huge));
        assertTrue(big.getMessage().contains("larger than any daily CSV"), big.getMessage());
    }
}
