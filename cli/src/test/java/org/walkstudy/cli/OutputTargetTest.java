package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --out/--force rule every writing command shares: inputs are never outputs, links count, sets are whole. */
class OutputTargetTest {
    private static final Path BCG = Path.of("..", "analysis", "src", "test", "resources", "metafor", "bcg_rr_reml",
            "input.csv");

    private static List<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void chartOutNamingItsInputIsRefusedEvenWithForce(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("bcg.svg"); // an input whose name has a chart extension
        Files.copy(BCG, input);
        byte[] before = Files.readAllBytes(input);
        CliRun r = CliRun.of("chart", "forest", "--input", input.toString(), "--measure", "RR", "--out",
                input.toString(), "--force");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("is one of this command's inputs"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void outReachingTheInputThroughALinkIsRefused(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("daily.csv");
        Files.writeString(input, "date,steps\n2024-01-01,5000\n");
        Path link = dir.resolve("out.csv");
        Files.createSymbolicLink(link, input);
        CliRun r = CliRun.of("import", "--from", "csv", input.toString(), "--out", link.toString(), "--force");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("is one of this command's inputs"), r.err());
        assertEquals("date,steps\n2024-01-01,5000\n", Files.readString(input));
    }

    @Test
    void aDanglingLinkAtOutNeedsForce(@TempDir Path dir) throws Exception {
        Path link = dir.resolve("forest.svg");
        Files.createSymbolicLink(link, dir.resolve("missing-target.svg"));
        CliRun refused = CliRun.of("chart", "forest", "--input", BCG.toString(), "--measure", "RR", "--out",
                link.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("is a link to a missing file: choose another name or add --force"),
                refused.err());
        assertTrue(Files.isSymbolicLink(link), "left as it was");
        assertFalse(Files.exists(dir.resolve("missing-target.svg")));

        CliRun forced = CliRun.of("chart", "forest", "--input", BCG.toString(), "--measure", "RR", "--out",
                link.toString(), "--force");
        assertEquals(0, forced.status(), forced.err());
        assertTrue(Files.isRegularFile(link, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link is replaced");
    }

    @Test
    void outIsRequiredWhereTheCommandWritesAFile(@TempDir Path dir) {
        CliRun r = CliRun.of("chart", "forest", "--input", BCG.toString(), "--measure", "RR");
        assertEquals(2, r.status(), "a usage error");
        assertTrue(r.err().contains("Missing required option: '--out=PATH'"), r.err());
        CliRun report = CliRun.of("report", "--family", "sleep");
        assertEquals(2, report.status());
    }

    @Test
    void summaryWritesAllFilesOrNone(@TempDir Path dir) throws Exception {
        Path studies = dir.resolve("mine.csv");
        Files.copy(OutputTargetTest.class.getResourceAsStream("/studies/two-trials.csv"), studies);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        // the forest plot's name is taken: summary.md must not appear either
        Files.writeString(out.resolve("forest-input-pain-md.png"), "mine");
        CliRun first = CliRun.of("summary", "--input", studies.toString(), "--format", "json", "--out", out.toString());
        assertEquals(1, first.status());
        assertTrue(first.err().contains("forest-input-pain-md.png exists: choose another name or add --force"),
                first.err());
        assertEquals(List.of("forest-input-pain-md.png"), names(out), "nothing written beside the taken file");
        assertEquals("mine", Files.readString(out.resolve("forest-input-pain-md.png")));

        CliRun forced = CliRun.of("summary", "--input", studies.toString(), "--format", "json", "--out",
                out.toString(), "--force");
        assertEquals(0, forced.status(), forced.err());
        assertEquals(List.of("forest-input-pain-md.png", "summary.md"), names(out), "no staging folder left");
        assertNotEquals("mine", Files.readString(out.resolve("forest-input-pain-md.png"), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void aSummaryIntoANewFolderThatFailsLeavesNoFolder(@TempDir Path dir) throws Exception {
        Path studies = dir.resolve("mine.csv");
        Files.copy(OutputTargetTest.class.getResourceAsStream("/studies/two-trials.csv"), studies);
        Path out = dir.resolve("new");
        // summary.md resolved inside a folder that is the input itself: refused before anything is created
        CliRun r = CliRun.of("summary", "--input", studies.toString(), "--out", studies.toString());
        assertNotEquals(0, r.status());
        assertFalse(Files.exists(out));
        assertEquals(List.of("mine.csv"), names(dir));
    }

    @Test
    void compareWritesBothChartsOrNeither(@TempDir Path dir) throws Exception {
        Path trend = dir.resolve("c.svg");
        Files.writeString(dir.resolve("c-forest.svg"), "mine");
        CliRun r = CliRun.of("compare", "--example", "--chart", trend.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("c-forest.svg exists"), r.err());
        assertFalse(Files.exists(trend), "the trend chart is not written without its forest plot");
        assertEquals(List.of("c-forest.svg"), names(dir));
    }
}
