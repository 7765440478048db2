package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.verdict.ClaimAssessment;
import org.walkstudy.analysis.verdict.Verdict;
import org.walkstudy.cli.command.ClaimsCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SummaryAndClaimsCommandTest {
    @Test
    void summaryPrintsTheThreeFamilies() {
        CliRun r = CliRun.of("summary");
        assertEquals(0, r.status(), r.err());
        for (String family : List.of("(lbp)", "(weight)", "(sleep)")) {
            assertTrue(r.out().contains(family), family);
        }
        assertTrue(r.out().replaceAll("\\s+", " ").contains("HR 0.72 (0.6 to 0.85)"), "WalkBack's printed hazard ratio");
        assertTrue(r.out().contains("One study, not a body of evidence"));
    }

    @Test
    void summaryJsonCarriesEveryRowWithItsSources() throws Exception {
        CliRun r = CliRun.of("summary", "--family", "lbp", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode families = new ObjectMapper().readTree(r.out());
        assertEquals(1, families.size());
        assertEquals("lbp", families.get(0).get("family").asText());
        for (JsonNode outcome : families.get(0).get("outcomes")) {
            for (JsonNode row : outcome.get("rows")) {
                assertTrue(row.get("sources").size() > 0, row.toString());
                assertTrue(row.get("sources").get(0).asText().startsWith("http"), row.toString());
            }
        }
    }

    @Test
    void summaryOfOwnFileMatchesItsNumbersAndWritesMarkdownAtomically(@TempDir Path dir) throws Exception {
        Path studies = dir.resolve("mine.csv");
        Files.copy(SummaryAndClaimsCommandTest.class.getResourceAsStream("/studies/two-trials.csv"), studies);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("summary", "--input", studies.toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode pooled = new ObjectMapper().readTree(r.out()).get(0).get("outcomes").get(0).get("pooled").get(0);
        double w1 = 1 / (4.0 / 40 + 4.0 / 40);
        double w2 = 1 / (4.0 / 60 + 4.0 / 60);
        assertEquals((w1 * -1.0 + w2 * -0.9) / (w1 + w2), pooled.get("estimate").asDouble(), 1e-10);
        assertEquals(2, pooled.get("k").asInt());
        assertTrue(Files.readString(out.resolve("summary.md")).contains("| Outcome | Effect (95% CI) |"));
        try (var files = Files.list(out)) {
            assertEquals(List.of("summary.md"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(1, CliRun.of("summary", "--input", studies.toString(), "--out", out.toString()).status(),
                "refuses to overwrite without --force");
    }

    @Test
    void claimsListsTenVerdicts() throws Exception {
        CliRun r = CliRun.of("claims", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode claims = new ObjectMapper().readTree(r.out());
        assertEquals(10, claims.size());
        assertEquals("supported", claims.get(9).get("verdict").asText(), "WalkBack HR 0.72 (0.60 to 0.85)");
        assertEquals("unverified", claims.get(6).get("verdict").asText(), "7.7 kg in 11 women has no primary source");
        assertTrue(CliRun.of("claims").out().contains("Verdict rules"));
    }

    @Test
    void noClaimIsSupportedByNumbersItDoesNotHave() {
        for (ClaimAssessment a : ClaimsCommand.assessBundled()) {
            if (a.verdict() == Verdict.SUPPORTED || a.verdict() == Verdict.MIXED) {
                var key = a.key().orElseThrow();
                assertTrue(a.claim().evidenceStudyIds().contains(key.finding().studyId()), "claim " + a.claim().number());
                assertTrue(a.claim().covers(key.finding().outcome().domain(), key.finding().comparison()));
                assertTrue(key.hasCi() && key.excludesNoEffect(), "claim " + a.claim().number());
                assertTrue(key.finding().poolable());
            } else {
                assertTrue(a.verdict() != Verdict.UNVERIFIED || a.usable().isEmpty());
            }
        }
    }
}
