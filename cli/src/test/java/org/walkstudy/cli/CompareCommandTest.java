package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code walkstudy compare} and {@code report --data} on short histories, without an outcome, and their file access. */
class CompareCommandTest {
    /** The analysis module's fixtures (tests run in the module folder). */
    static final Path FIXTURES = Path.of("..", "analysis", "src", "test", "resources", "org", "walkstudy", "analysis",
            "personal", "compare");

    @TempDir
    Path dir;

    @Test
    void twentyOneDaysCompareWithAThirdAsBaseline() throws IOException {
        CliRun r = CliRun.of("compare", "--data", FIXTURES.resolve("synthetic-21-days.csv").toString(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("2024-03-10", j.get("baseline").get("to").asText());
        assertEquals("2024-03-24", j.get("period").get("to").asText());
        assertEquals(58 / 14.0 - 41 / 7.0, j.get("mean_difference").get("estimate").asDouble(), 1e-12);
    }

    @Test
    void withoutAnOutcomeColumnAdherenceAndDoseStandAlone() throws IOException {
        Path data = FIXTURES.resolve("synthetic-no-outcome.csv");
        CliRun r = CliRun.of("compare", "--data", data.toString(), "--chart", dir.resolve("me.png").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("No change in pain can be estimated: the data has no pain_0_10 values"), r.out());
        assertTrue(r.out().contains("of prescribed sessions on average"), r.out());
        assertTrue(Files.size(dir.resolve("me.png")) > 0);
        CliRun j = CliRun.of("compare", "--data", data.toString(), "--format", "json");
        JsonNode n = new ObjectMapper().readTree(j.out());
        assertTrue(n.get("mean_difference").isNull());
        assertTrue(n.get("change_note").asText().startsWith("No change in pain"));
    }

    @Test
    void aWeekWithoutDataIsNoDataNotZeroPercent() throws IOException {
        Path daily = dir.resolve("gap.csv");
        StringBuilder sb = new StringBuilder("date,walk_minutes,pain_0_10\n");
        for (java.time.LocalDate d = java.time.LocalDate.of(2024, 1, 1); d.isBefore(java.time.LocalDate.of(2024, 2, 12));
                d = d.plusDays(1)) {
            if (d.getMonthValue() == 2 || d.getDayOfMonth() < 22 || d.getDayOfMonth() > 28) { // 01-22..28: no data
                sb.append(d).append(",40,4\n");
            }
        }
        Files.writeString(daily, sb);
        CliRun r = CliRun.of("compare", "--data", daily.toString(), "--baseline", "2024-01-01..2024-01-14",
                "--period", "2024-01-15..2024-02-11", "--protocol", "article-30min");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2024-01-22") && l.contains("no data")), r.out());
        assertTrue(r.out().contains("100% of prescribed sessions on average"), r.out());
        assertTrue(r.out().contains("3 of 4 weeks with data"), r.out());
    }

    @Test
    void chartsAndTheReportOfPersonalDataAreOwnerOnly() throws IOException {
        Path data = FIXTURES.resolve("synthetic-21-days.csv");
        CliRun c = CliRun.of("compare", "--data", data.toString(), "--chart", dir.resolve("me.svg").toString());
        assertEquals(0, c.status(), c.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("me.svg"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("me-forest.svg"))));
        Path page = dir.resolve("me.html");
        CliRun r = CliRun.of("report", "--family", "sleep", "--data", data.toString(), "--baseline", "2024-03-04..2024-03-08",
                "--period", "2024-03-09..2024-03-24", "--out", page.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
        String html = Files.readString(page);
        assertTrue(html.contains("2024-03-04..2024-03-08"), "the report takes --baseline");
        assertTrue(html.contains("2024-03-09..2024-03-24"), "and --period");
    }
}
