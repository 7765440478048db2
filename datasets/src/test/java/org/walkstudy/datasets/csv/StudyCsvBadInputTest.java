package org.walkstudy.datasets.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.core.input.InputException;

/**
 * Bad study files (fixtures in src/test/resources/studycsv/, all synthetic): each fails with an InputException
 * naming the line and column where one applies, and nothing else escapes. Listed in docs/bad-inputs.md.
 */
class StudyCsvBadInputTest {
    private static InputException fails(String name) {
        return assertThrows(InputException.class, () -> {
            try (InputStream in = StudyCsvBadInputTest.class.getResourceAsStream("/studycsv/" + name)) {
                StudyCsvReader.read(name, in);
            }
        });
    }

    private static void assertCell(InputException e, long line, String column, String problemPart) {
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column().orElse(null), e.getMessage());
        assertTrue(e.problem().contains(problemPart), e.getMessage());
    }

    @Test
    void headerOnlyIsAnEmptyDataset() throws IOException {
        // Documented: the template header (walkstudy studies --template) is a valid, empty study file.
        try (InputStream in = StudyCsvBadInputTest.class.getResourceAsStream("/studycsv/header-only.csv")) {
            StudyDataset empty = StudyCsvReader.read("header-only.csv", in);
            assertEquals(0, empty.findings().size());
            assertEquals(0, empty.studies().size());
        }
    }

    @Test
    void duplicateColumnIsRejectedOnLineOne() {
        InputException e = fails("duplicate-column.csv");
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("duplicate name: \"sd_walk\""), e.getMessage());
    }

    @Test
    void quotedNewlineKeepsLineNumbersThoseOfTheFile() {
        // Row 1 spans lines 2 and 3 (a note with a line break); the bad cell is on line 4.
        assertCell(fails("quoted-newline.csv"), 4, "sd_walk", "'abc'");
    }

    @Test
    void semicolonDelimiterIsNamed() {
        InputException e = fails("semicolon.csv");
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("separated by ';'"), e.getMessage());
    }

    @Test
    void decimalCommaIsNamedWithItsCell() {
        assertCell(fails("decimal-comma.csv"), 2, "mean_walk", "decimal point");
    }

    @Test
    void utf16IsReportedAsNotUtf8() {
        assertTrue(fails("utf16.csv").problem().contains("not UTF-8"));
    }

    @Test
    void nanCellIsNotANumber() {
        assertCell(fails("nan.csv"), 2, "mean_walk", "'NaN'");
    }

    @Test
    void infinityCellIsNotANumber() {
        assertCell(fails("infinity.csv"), 2, "sd_walk", "'Infinity'");
    }

    @Test
    void numberPastDoubleRangeIsOutOfRange() {
        assertCell(fails("near-overflow.csv"), 2, "mean_walk", "out of range");
    }

    @Test
    void sampleSizeOfZeroIsRejected() {
        assertCell(fails("n-zero.csv"), 2, "n_walk", "must be >= 1");
    }

    @Test
    void sampleSizePastIntegerRangeIsRejected() {
        assertCell(fails("n-huge.csv"), 2, "n_walk", "out of range");
    }

    @Test
    void eventsAboveSampleSizeAreRejected() {
        assertCell(fails("events-above-n.csv"), 2, "events_walk", "must be <= n_walk");
    }

    @Test
    void negativeEventsAreRejected() {
        assertCell(fails("negative-events.csv"), 2, "events_walk", "must be >= 0");
    }

    @Test
    void tenMegabyteLineIsReadAndItsBadCellNamed(@TempDir Path dir) throws IOException {
        // A 10 MB extraction note on a row whose SD is bad: the reader copes with the line and still points at the cell.
        Path file = dir.resolve("long-line.csv");
        java.util.List<String> lines = new String(StudyCsvBadInputTest.class.getResourceAsStream("/studycsv/non-numeric.csv")
                .readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write(lines.get(0) + "\n");
            w.write(lines.get(2) + "x".repeat(10 << 20) + "\n"); // the last column, extraction_note, is empty there
        }
        InputException e = assertThrows(InputException.class, () -> StudyCsvReader.read(file));
        assertCell(e, 2, "sd_walk", "'1,2x'");
    }

    @Test
    void controlCharactersAndBinaryAreInputProblems() {
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0, 0, (byte) 0xff, (byte) 0xfe, '\n', 0};
        assertThrows(InputException.class, () -> StudyCsvReader.read("binary.csv", new ByteArrayInputStream(binary)));
    }
}
