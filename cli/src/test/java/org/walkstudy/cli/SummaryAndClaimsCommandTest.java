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
    void summaryAnswersFirstOnOneScreenAndFullListsEverything() {
        CliRun r = CliRun.of("summary");
        assertEquals(0, r.status(), r.err());
        String flat = r.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("Walking probably reduces the risk of recurrence compared with no treatment (HR 0.72, "
                + "0.60 to 0.85; median 208 vs 112 days to recurrence, from a summary of the paper; 1 study, 701 participants; "
                + "moderate certainty)."), "WalkBack in GRADE's words, as printed, with its arms' medians and their source kind");
        assertTrue(flat.contains("Walking or running probably reduces pain slightly compared with minimal or no "
                + "intervention (SMD -0.23, -0.35 to -0.10, small; 1 review, 2,362 participants"), "claim 1");
        assertTrue(r.out().lines().count() <= 80, "one screen: " + r.out().lines().count() + " lines");
        r.out().lines().forEach(l -> assertTrue(l.length() <= 80, "80 columns when not a terminal: " + l));
        assertTrue(r.out().contains("walkstudy summary --full"), "the closing line says where the rest is");
        assertFalse(r.out().contains("favours walking"), "statements, not 'favours' labels");

        CliRun full = CliRun.of("summary", "--full");
        assertEquals(0, full.status(), full.err());
        for (String family : List.of("(lbp)", "(weight)", "(sleep)")) {
            assertTrue(full.out().contains(family), family);
        }
        assertTrue(full.out().contains("One study, not a body of evidence"));
        full.out().lines().forEach(l -> assertTrue(l.length() <= 80, "--full fits too: " + l));
        assertTrue(full.out().contains("Nothing here is pooled by walkstudy"), "no pooling described where none was done");
    }

    @Test
    void summaryMarkdownIsTheSameOneScreenView() {
        CliRun md = CliRun.of("summary", "--format", "markdown");
        assertEquals(0, md.status(), md.err());
        assertTrue(md.out().startsWith("# What the studies behind the article's walking claims show"));
        assertTrue(md.out().contains("| Outcome | Effect (95% CI) | Participants (studies) | Certainty | What it means |"));
    }

    @Test
    void summaryJsonCarriesTheStatementsBesideEveryRowWithItsSources() throws Exception {
        CliRun r = CliRun.of("summary", "--family", "lbp", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode statements = root.get("statements");
        assertTrue(statements.size() >= 10, "one per claim or part");
        JsonNode first = statements.get(0);
        assertEquals("1", first.get("label").asText());
        assertTrue(first.get("statement").asText().startsWith("Walking or running probably reduces pain"));
        assertEquals("moderate", first.get("certainty").asText());
        assertTrue(root.get("families").get(0).get("summary_of_findings").size() > 0);
        JsonNode families = root.get("families");
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
        CliRun r = CliRun.of("summary", "--input", studies.toString(), "--family", "none", "--format", "json", "--out",
                out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode pooled = new ObjectMapper().readTree(r.out()).get("families").get(0).get("outcomes").get(0).get("pooled").get(0);
        double w1 = 1 / (4.0 / 40 + 4.0 / 40);
        double w2 = 1 / (4.0 / 60 + 4.0 / 60);
        assertEquals((w1 * -1.0 + w2 * -0.9) / (w1 + w2), pooled.get("estimate").asDouble(), 1e-10);
        assertEquals(2, pooled.get("k").asInt());
        assertTrue(Files.readString(out.resolve("summary.md")).contains("| Outcome | Effect (95% CI) |"));
        try (var files = Files.list(out)) {
            assertEquals(List.of("forest-input-pain-md.png", "summary.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(1, CliRun.of("summary", "--input", studies.toString(), "--family", "none", "--out",
                out.toString()).status(), "refuses to overwrite without --force");
    }

    @Test
    void claimsListsTenVerdicts() throws Exception {
        CliRun r = CliRun.of("claims", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode claims = new ObjectMapper().readTree(r.out());
        assertEquals(10, claims.size());
        assertEquals("supported", claims.get(9).get("verdict").asText(), "WalkBack HR 0.72 (0.60 to 0.85)");
        assertEquals("unverified", claims.get(6).get("verdict").asText(), "7.7 kg in 11 women has no primary source");
        String text = CliRun.of("claims").out();
        assertTrue(text.contains("Verdict rules"));
        text.lines().forEach(l -> assertTrue(l.length() <= 80, "claims fit 80 columns: " + l));
        assertTrue(claims.get(0).get("evidence_statements").get(0).get("statement").asText()
                .startsWith("Walking or running probably reduces pain"), "the same statements as summary");
    }

    @Test
    void inputMeansTheSameInSummaryAndClaimsAndItsHelpSaysSo() throws Exception {
        for (String command : List.of("summary", "claims", "studies")) {
            String help = CliRun.of(command, "--help").out().replaceAll("\\s+", " ");
            assertTrue(help.contains("added to the bundled studies; add --family none to use only yours"), command);
        }
        CliRun none = CliRun.of("summary", "--family", "none");
        assertEquals(1, none.status());
        assertTrue(none.err().contains("--family none leaves no studies"), none.err());
    }

    @Test
    void aStudyIdClashNamesTheYearNotAJavaType(@TempDir Path dir) throws Exception {
        List<String> fixture = Files.readAllLines(Path.of(SummaryAndClaimsCommandTest.class
                .getResource("/studies/two-trials.csv").toURI()));
        String header = fixture.get(0);
        String row = fixture.get(1);
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, header + "\n" + row + "\n");
        Files.writeString(b, header + "\n" + row.replace(",2020,", ",2013,") + "\n");
        CliRun r = CliRun.of("claims", "--input", a + "," + b);
        assertEquals(1, r.status());
        assertTrue(r.err().contains("2013") && r.err().contains("2020"), r.err());
        assertFalse(r.err().contains("Optional"), "no Java internals: " + r.err());
    }

    @Test
    void studiesTemplateIsTheHeaderAndDescribeTheColumns() {
        String template = CliRun.of("studies", "--template").out();
        assertEquals(1, template.lines().count(), "redirect it to a file: the CSV header only");
        assertTrue(template.startsWith("study_id,"));
        String described = CliRun.of("studies", "--describe").out();
        assertTrue(described.startsWith("column"), described);
        described.lines().forEach(l -> assertTrue(l.length() <= 80, l));
    }

    @Test
    void aTwoHundredCharacterCitationStaysInsideEightyColumns(@TempDir Path dir) throws Exception {
        List<String> fixture = Files.readAllLines(Path.of(SummaryAndClaimsCommandTest.class
                .getResource("/studies/two-trials.csv").toURI()));
        String header = fixture.get(0);
        String row = fixture.get(1);
        String authors = "Verylongfirstauthorname AB; " + "Coauthor CD; ".repeat(14) + "Last EF";
        assertTrue(authors.length() >= 200);
        Path file = dir.resolve("long.csv");
        Files.writeString(file, header + "\n" + row.replace("Synthetic A", "\"" + authors + "\"") + "\n");
        for (String[] args : List.of(new String[] {"studies", "--input", file.toString()},
                new String[] {"summary", "--input", file.toString()},
                new String[] {"summary", "--full", "--input", file.toString(), "--family", "none"})) {
            CliRun r = CliRun.of(args);
            assertEquals(0, r.status(), r.err());
            r.out().lines().forEach(l -> assertTrue(l.length() <= 80, String.join(" ", args) + ": " + l));
        }
    }

    @Test
    void datasetsListsTheIdsThatChartTakes() {
        CliRun r = CliRun.of("datasets");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("lbp-walkback"));
        assertTrue(r.out().contains("chart --dataset ID --outcome OUTCOME"));
        r.out().lines().forEach(l -> assertTrue(l.length() <= 80, l));
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
