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
            assertEquals(List.of("forest-input-pain-md.png", "summary.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
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

    @Test
    void ownNumbersForAClaimsStudyChangeItsVerdict(@TempDir Path dir) throws Exception {
        // Synthetic numbers under Hori 2016's id (whose real results were not found): the verdict must follow.
        String header = CliRun.of("studies", "--template", "--format", "csv").out().strip();
        String[] cols = header.split(",");
        java.util.Map<String, String> row = new java.util.HashMap<>();
        row.put("study_id", "Hori2016_BMJOpen");
        row.put("authors", "\"Hori H, Ikenouchi-Sugita A, Yoshimura R, Nakamura J\"");
        row.put("year", "2016");
        row.put("journal", "BMJ Open 6(10):e011055");
        row.put("doi_or_pmid", "doi:10.1136/bmjopen-2016-011055; PMID 27797982; PMC5093382");
        row.put("design", "pre-post");
        row.put("outcome_domain", "sleep-latency");
        row.put("lower_is_better", "yes");
        row.put("data_kind", "reported");
        row.put("effect_measure", "md");
        row.put("effect", "-5");
        row.put("ci_lower", "-8");
        row.put("ci_upper", "-2");
        row.put("source_url", "https://example.org/synthetic");
        row.put("source_location", "synthetic test row");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cols.length; i++) {
            line.append(i == 0 ? "" : ",").append(row.getOrDefault(cols[i], ""));
        }
        Path file = dir.resolve("hori.csv");
        Files.writeString(file, header + "\n" + line + "\n");
        CliRun r = CliRun.of("claims", "--input", file.toString(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode claim6 = new ObjectMapper().readTree(r.out()).get(5);
        assertEquals("supported", claim6.get("verdict").asText());
        assertEquals("very low", claim6.get("certainty").asText(), "uncontrolled pre/post, single study");
    }
}
