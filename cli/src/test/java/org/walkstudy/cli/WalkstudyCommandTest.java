package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class WalkstudyCommandTest {
    @Test
    void helpListsTheSubcommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Usage: walkstudy"), r.out());
        assertTrue(r.out().contains("studies"));
        assertTrue(r.out().contains("summary"));
    }

    @Test
    void versionNamesTheProjectVersion() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("(?s)walkstudy \\d+\\.\\d+\\.\\d+.*"), r.out());
    }

    @Test
    void unknownOptionIsAUsageErrorWithStatus2() {
        CliRun r = CliRun.of("studies", "--no-such-option");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--no-such-option"), r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertEquals(2, CliRun.of().status());
        assertEquals(2, CliRun.of("frobnicate").status());
    }

    @Test
    void studiesListsTheBundledWalkBackTrial() {
        CliRun r = CliRun.of("studies");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("study"), r.out());
        assertTrue(r.out().contains("Pocovi2024_WalkBack"));
        assertTrue(r.out().contains("701"), "351 + 350 randomised");
        r.out().lines().forEach(l -> assertTrue(l.length() <= 80, "fits 80 columns: " + l));
        assertTrue(CliRun.of("studies", "--wide").out().contains("Pocovi NC et al. (2024)"), "--wide shows it all");
    }

    @Test
    void studiesAsJsonIsMachineReadable() throws Exception {
        CliRun r = CliRun.of("studies", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertTrue(rows.isArray());
        JsonNode walkback = null;
        for (JsonNode row : rows) {
            if (row.get("study").asText().equals("Pocovi2024_WalkBack")) {
                walkback = row;
            }
        }
        assertNotNull(walkback);
        assertEquals("rct", walkback.get("design").asText());
        assertEquals(701, walkback.get("n").asInt());
    }

    @Test
    void templateHeaderReadsBackAsAnEmptyStudyFile(@TempDir Path dir) throws Exception {
        CliRun template = CliRun.of("studies", "--template", "--format", "csv");
        assertEquals(0, template.status());
        assertTrue(template.out().startsWith("study_id,authors,year,"), template.out());
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, template.out());
        CliRun r = CliRun.of("studies", "--input", file.toString(), "--format", "csv");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void badInputFileFailsWithOneLineNamingFileLineAndColumn(@TempDir Path dir) throws Exception {
        CliRun template = CliRun.of("studies", "--template", "--format", "csv");
        Path file = dir.resolve("bad.csv");
        int columns = template.out().strip().split(",").length;
        Files.writeString(file, template.out() + "S1,Author A,twenty" + ",".repeat(columns - 3) + "\n");
        CliRun r = CliRun.of("studies", "--input", file.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(file + ":2 column 'year'"), r.err());
        assertFalse(r.err().contains("at org."), "no stack trace without --debug");
    }

    @Test
    void debugShowsTheStackTrace(@TempDir Path dir) {
        CliRun r = CliRun.of("studies", "--debug", "--input", dir.resolve("missing.csv").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no such file"), r.err());
        assertTrue(r.err().contains("at org.walkstudy"), r.err());
    }

    @Test
    void unknownFamilyIsReported() {
        CliRun r = CliRun.of("studies", "--family", "diet");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("unknown family 'diet'"), r.err());
    }

    @Test
    void aDeviceAsMetaOrStudyInputIsOneLineNotAnOutOfMemoryTrace() {
        for (String[] args : new String[][] {{"meta", "--input", "/dev/zero", "--measure", "GEN"},
                {"studies", "--input", "/dev/zero"}}) {
            CliRun r = CliRun.of(args);
            assertEquals(1, r.status(), r.err());
            assertEquals("walkstudy: /dev/zero: not a regular file (a device or a pipe such as /dev/zero cannot be read)",
                    r.err().strip(), String.join(" ", args));
        }
    }
}
