package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PersonalCommandsTest {
    @TempDir
    Path dir;

    static final String EXPORT = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ATTLIST Record\n  type CDATA #REQUIRED\n]>\n"
            + "<HealthData locale=\"en\">\n"
            + " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Phone\" unit=\"count\" startDate=\"2024-01-01 10:00:00 +0000\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"120\"/>\n"
            + " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Phone\" unit=\"count\" startDate=\"2024-01-02 10:00:00 +0000\" endDate=\"2024-01-02 10:01:00 +0000\" value=\"x\"/>\n"
            + " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Watch\" unit=\"count\" startDate=\"2024-01-01 10:00:00 +0000\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"100\"/>\n"
            + "</HealthData>\n";

    Path export() throws IOException {
        Path f = dir.resolve("export.xml");
        Files.writeString(f, EXPORT);
        return f;
    }

    @Test
    void helpListsImportAndCompare() {
        CliRun r = CliRun.of("--help");
        assertTrue(r.out().contains("import"));
        assertTrue(r.out().contains("compare"));
    }

    @Test
    void importWithoutFromRecognisesEachFileInAFolderAndSaysWhatItUsed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("Downloads"));
        Files.writeString(folder.resolve("export.xml"), EXPORT);
        Files.writeString(folder.resolve("diary.csv"), "date,pain (0-10)\n2024-01-01,3\n");
        Files.writeString(folder.resolve("notes.txt"), "walk more\n");
        Path out = dir.resolve("daily.csv");
        CliRun r = CliRun.of("import", folder.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("read " + folder.resolve("export.xml") + " as apple-health: 4 readings used"), r.err());
        assertTrue(r.err().contains("read " + folder.resolve("diary.csv") + " as csv: 1 reading used"), r.err());
        assertTrue(r.err().contains("not used: " + folder.resolve("notes.txt") + ": not a format walkstudy reads"), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(1).startsWith("2024-01-01,100,") && lines.get(1).contains(",3,"), lines.get(1));
        CliRun bad = CliRun.of("import", "--from", "nonsense", folder.toString(), "--out", out.toString(), "--force");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("formats: auto, apple-health"), bad.err());
    }

    @Test
    void importWritesAnOwnerOnlyDailyCsvAndSummarisesSkippedRecords() throws IOException {
        Path out = dir.resolve("daily.csv");
        CliRun r = CliRun.of("import", "--from", "apple-health", export().toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out(), "stdout stays clean");
        List<String> lines = Files.readAllLines(out);
        assertEquals("date,steps,distance_km,walk_minutes,brisk_minutes,weight_kg,sleep_minutes,sleep_latency_min,pain_0_10,back_pain,sources",
                lines.get(0));
        // Phone and watch cover the same minute: the watch counts (watches before phones), the phone's steps not on top.
        assertTrue(lines.get(1).startsWith("2024-01-01,100,"), lines.get(1));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(r.err().contains("skipped 1 bad record"), r.err());
        assertTrue(r.err().contains("export.xml:8 column '2'"), r.err());
        assertFalse(r.err().contains("SLF4J"), r.err());
        assertTrue(r.err().matches("(?s)walkstudy: wrote \\d+ days? .*"), r.err());
    }

    @Test
    void importRefusesToOverwriteWithoutForce() throws IOException {
        Path out = dir.resolve("daily.csv");
        Files.writeString(out, "keep me");
        CliRun r = CliRun.of("import", "--from", "apple-health", export().toString(), "--out", out.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("--force"), r.err());
        assertEquals("keep me", Files.readString(out));
        assertEquals(0, CliRun.of("import", "--from", "apple-health", export().toString(), "--out", out.toString(), "--force").status());
        assertTrue(Files.readString(out).startsWith("date,"));
    }

    @Test
    void strictImportFailsWithPositionNoStackTraceAndNoFile() throws IOException {
        Path out = dir.resolve("daily.csv");
        CliRun r = CliRun.of("import", "--from", "apple-health", export().toString(), "--out", out.toString(), "--strict");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("walkstudy: " + dir.resolve("export.xml") + ":8 column '2'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing half-written");
        }
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        assertEquals(2, CliRun.of("import", "--from", "polar", export().toString(), "--out", "x.csv").status());
        assertEquals(2, CliRun.of("import", "--from", "gpx", export().toString(), "--out", "x.csv", "--tz", "Mars/Olympus").status());
        assertEquals(2, CliRun.of("compare").status());
        assertEquals(2, CliRun.of("compare", "--example", "--protocol", "nope").status());
    }

    @Test
    void diaryImportThenCompare() throws IOException {
        Path diary = dir.resolve("diary.csv");
        StringBuilder sb = new StringBuilder("Tag,Schmerz,Gehminuten\n");
        for (int d = 1; d <= 28; d++) {
            sb.append(String.format("2024-02-%02d,%d,%d%n", d, d <= 7 ? 6 : 3, d <= 7 ? 0 : 35));
        }
        Files.writeString(diary, sb);
        Path out = dir.resolve("daily.csv");
        CliRun imp = CliRun.of("import", "--from", "csv", diary.toString(), "--out", out.toString(),
                "--map", "date=Tag", "--map", "pain=Schmerz", "--map", "walk_minutes=Gehminuten");
        assertEquals(0, imp.status(), imp.err());
        assertTrue(imp.err().startsWith("walkstudy: wrote 28 days (2024-02-01 to 2024-02-28) to " + out + " from 56 readings"),
                imp.err());
        CliRun cmp = CliRun.of("compare", "--data", out.toString(), "--protocol", "walkback", "--outcome", "pain",
                "--baseline", "2024-02-01..2024-02-07", "--period", "2024-02-08..2024-02-28", "--format", "json");
        assertEquals(0, cmp.status(), cmp.err());
        JsonNode j = new ObjectMapper().readTree(cmp.out());
        assertEquals(-3.0, j.get("mean_difference").get("estimate").asDouble(), 1e-12); // 3 - 6
        assertEquals(1.0, j.get("mean_adherence").asDouble(), 1e-12); // 35 min every day >= 5 x 30 a week
        assertFalse(j.get("synthetic_example").asBoolean());
    }

    @Test
    void exampleIsLabelledSyntheticAndSaysItIsNotATrial() throws IOException {
        CliRun r = CliRun.of("compare", "--example", "--chart", dir.resolve("example.svg").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("SYNTHETIC EXAMPLE"), r.out());
        assertTrue(r.out().contains("not a trial"));
        assertTrue(r.out().contains("Theil-Sen"));
        CliRun j = CliRun.of("compare", "--example", "--protocol", "steps-10000", "--format", "json");
        assertEquals(0, j.status(), j.err());
        JsonNode n = new ObjectMapper().readTree(j.out());
        assertTrue(n.get("synthetic_example").asBoolean());
        assertEquals("sleep-latency", n.get("outcome").get("id").asText());
    }

    @Test
    void chartOptionWritesThePersonsChartAndAForestWithoutThePerson() throws IOException {
        CliRun r = CliRun.of("compare", "--example", "--format", "json", "--chart", dir.resolve("c.svg").toString());
        assertEquals(0, r.status(), r.err());
        new ObjectMapper().readTree(r.out()); // stdout stays clean JSON; the paths go to stderr
        assertTrue(r.err().contains("c.svg") && r.err().contains("c-forest.svg"), r.err());
        String trend = Files.readString(dir.resolve("c.svg"));
        assertTrue(trend.contains("SYNTHETIC EXAMPLE"));
        assertTrue(trend.contains("target per walk (ramped, see note)"));
        assertTrue(trend.contains("Your own change (not a trial&apos;s effect)") || trend.contains("Your own change (not a trial's effect)"));
        String forest = Files.readString(dir.resolve("c-forest.svg"));
        assertFalse(forest.contains("SYNTHETIC EXAMPLE person ("), "the person's change is not a row of the forest");
        // The worst-pain MD comes from the 2025 exploratory analysis of WalkBack (its own study since issue 12).
        assertTrue(forest.contains("Pocovi NC et al. (2025)"), "WalkBack's pain MD is in the same 0-10 units");
    }

    @Test
    void chartWithAnUnknownExtensionFailsBeforeWriting() {
        CliRun r = CliRun.of("compare", "--example", "--chart", dir.resolve("c.bmp").toString());
        assertEquals(1, r.status());
        assertFalse(Files.exists(dir.resolve("c.bmp")));
    }

    @Test
    void unwritableOutputFolderFailsWithOneLineNamingTheFile() throws IOException {
        // A "folder" that is a regular file cannot hold the output (chmod does not stop root, this does).
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path out = notAFolder.resolve("daily.csv");
        CliRun r = CliRun.of("import", "--from", "apple-health", export().toString(), "--out", out.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("walkstudy:")).count(), r.err());
        assertTrue(r.err().contains("not-a-folder"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void missingInputFileIsNamed() {
        CliRun r = CliRun.of("import", "--from", "gpx", dir.resolve("nowhere.gpx").toString(), "--out",
                dir.resolve("daily.csv").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("nowhere.gpx") && r.err().contains("file not found"), r.err());
        assertFalse(Files.exists(dir.resolve("daily.csv")));
    }
}
