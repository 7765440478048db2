package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chart forest --labels "A,B"} names the arms in the column headers and the favours labels. */
class ChartLabelsTest {
    private static final Path NORMAND = Path.of("..", "analysis", "src", "test", "resources", "metafor",
            "normand_md_reml", "input.csv");

    @Test
    void armNamesReplaceWalkingAndControl(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.svg");
        CliRun r = CliRun.of("chart", "forest", "--input", NORMAND.toString(), "--measure", "MD", "--labels",
                "Stroke unit,General ward", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains(">Stroke unit<"), "the group header of the first arm");
        assertTrue(svg.contains(">General ward<"), "the group header of the second arm");
        assertTrue(svg.contains("Favours Stroke unit"));
        assertFalse(svg.contains(">Walking<"));
        assertFalse(svg.contains(">Control<"));
    }

    @Test
    void labelsNeedTwoNames(@TempDir Path dir) {
        CliRun r = CliRun.of("chart", "forest", "--input", NORMAND.toString(), "--measure", "MD", "--labels", "Only",
                "--out", dir.resolve("f.svg").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--labels needs two arm names"), r.err());
    }
}
