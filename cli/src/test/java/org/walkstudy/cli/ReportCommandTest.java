package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.SyntheticPerson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code walkstudy report}: one page, self-contained, accessible, with the summary's own numbers. */
class ReportCommandTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    /** The example report, made once: a report run draws some twenty charts. */
    static String page;
    static Path pageFile;

    @BeforeAll
    static void makeTheExampleReport() throws Exception {
        pageFile = shared.resolve("report.html");
        CliRun r = CliRun.of("report", "--example", "--out", pageFile.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out(), "stdout stays clean");
        page = Files.readString(pageFile);
    }

    @Test
    void thePageIsWellFormedAndEverySvgParses() throws Exception {
        Document doc = parse(page);
        assertEquals("html", doc.getDocumentElement().getTagName());
        Matcher svg = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(page);
        int charts = 0;
        while (svg.find()) {
            Document chart = parse(svg.group());
            assertEquals("svg", chart.getDocumentElement().getLocalName());
            charts++;
        }
        assertTrue(charts >= 4, "forest and funnel plots plus the two personal charts: " + charts);
        assertFalse(page.contains("<?xml"), "no XML prolog inside the page");
        assertEquals(1, count(page, "<!DOCTYPE"), "only the page's own doctype");
    }

    @Test
    void headingsGoDownOneLevelAtATime() {
        Matcher h = Pattern.compile("<h([1-6])[ >]").matcher(page);
        int previous = 0;
        List<Integer> levels = new ArrayList<>();
        while (h.find()) {
            int level = Integer.parseInt(h.group(1));
            assertTrue(level <= previous + 1, "h" + level + " after h" + previous + " (headings " + levels + ")");
            levels.add(level);
            previous = level;
        }
        assertEquals(1, levels.get(0));
        assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one h1");
    }

    @Test
    void everyChartHasATextAlternativeAndEveryTableHeaders() throws Exception {
        Document doc = parse(page);
        NodeList svgs = doc.getElementsByTagNameNS("*", "svg");
        assertTrue(svgs.getLength() > 0);
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            assertEquals("img", svg.getAttribute("role"));
            assertFalse(svg.getAttribute("aria-label").isBlank(), "aria-label of chart " + i);
            assertEquals("figure", ((Element) svg.getParentNode()).getLocalName(), "charts sit in a figure");
        }
        NodeList tables = doc.getElementsByTagNameNS("*", "table");
        assertTrue(tables.getLength() > 5);
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            NodeList th = t.getElementsByTagNameNS("*", "th");
            assertTrue(th.getLength() > 0, "table " + i + " has header cells");
            for (int j = 0; j < th.getLength(); j++) {
                assertTrue(List.of("col", "row").contains(((Element) th.item(j)).getAttribute("scope")), "th scope");
            }
            assertEquals(1, t.getElementsByTagNameNS("*", "caption").getLength(), "table " + i + " has a caption");
        }
        assertTrue(page.contains("@media print"));
        assertTrue(page.contains("@media (max-width: 600px)"));
        assertTrue(page.contains("<html lang=\"en\">"));
    }

    @Test
    void nothingIsLoadedWhenThePageOpens() {
        String lower = page.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no scripts");
        assertFalse(lower.contains("@import"), "no imported stylesheets");
        assertFalse(lower.contains("<link"), "no linked stylesheets or fonts");
        assertFalse(lower.contains("<img"), "charts are inline SVG, not images");
        assertFalse(lower.contains("<iframe") || lower.contains("<object") || lower.contains("<embed"));
        assertFalse(Pattern.compile("\\bsrc\\s*=").matcher(lower).find(), "no src attribute at all");
        assertFalse(Pattern.compile("url\\(\\s*['\"]?(https?:|//)").matcher(lower).find(), "no remote url()");
        assertFalse(Pattern.compile("(xlink:)?href=\"(?!https?://|#)").matcher(lower).find(),
                "links are plain http(s) links the reader may follow, or anchors on the page");
        assertTrue(page.contains("<a href=\"http"), "sources are links");
    }

    @Test
    void theSummaryRowsShowTheNumbersOfSummaryJson() throws Exception {
        CliRun json = CliRun.of("summary", "--format", "json");
        assertEquals(0, json.status(), json.err());
        int rows = 0;
        for (JsonNode family : new ObjectMapper().readTree(json.out()).get("families")) {
            assertTrue(page.contains(escaped(family.get("title").asText())), family.get("title").asText());
            for (JsonNode outcome : family.get("outcomes")) {
                for (JsonNode row : outcome.get("rows")) {
                    String effect = escaped(row.get("effect").asText());
                    assertTrue(page.contains("<span class=\"effect\">" + effect + "</span>"), effect);
                    rows++;
                }
                for (JsonNode pool : outcome.get("pooled")) {
                    String estimate = String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", pool.get("estimate").asDouble(),
                            pool.get("ci_lb").asDouble(), pool.get("ci_ub").asDouble());
                    assertTrue(page.contains(estimate), "pooled " + estimate);
                }
            }
        }
        assertTrue(rows > 20, "rows checked: " + rows);
    }

    @Test
    void theClaimsAndTheMethodsAreThere() throws Exception {
        CliRun claims = CliRun.of("claims", "--format", "json");
        for (JsonNode c : new ObjectMapper().readTree(claims.out())) {
            assertTrue(page.contains(escaped(c.get("statement").asText())), c.get("statement").asText());
        }
        assertTrue(page.contains("Knapp-Hartung"));
        assertTrue(page.contains("REML"));
        assertTrue(page.contains(">Java</th><td>" + System.getProperty("java.version")), "the Java version");
        assertTrue(page.contains("<code>walkstudy report --example --out " + pageFile + "</code>"),
                "the exact command in the footer");
    }

    @Test
    void theExamplePersonIsMarkedSyntheticAndNotATrial() {
        assertTrue(page.contains("SYNTHETIC EXAMPLE"));
        assertTrue(page.contains(escaped(ComparisonReport.NOT_A_TRIAL)), "the one-person caveat");
        assertTrue(page.contains("id=\"personal\""));
        assertTrue(page.contains("Theil-Sen"));
        assertTrue(page.contains("moving-block bootstrap"));
    }

    @Test
    void theSameDataGivesTheSameComparisonAsCompare() throws Exception {
        CliRun compare = CliRun.of("compare", "--example", "--chart", dir.resolve("t.svg").toString());
        assertEquals(0, compare.status(), compare.err());
        for (String line : compare.out().split("\n")) {
            if (line.startsWith("Change ") || line.startsWith("Trend ")) {
                String value = line.substring(10).strip();
                assertTrue(page.contains(escaped(value)), value);
            }
        }
    }

    @Test
    void ownStudiesArePooledWithTheirHeterogeneity() throws Exception {
        Path studies = dir.resolve("mine.csv");
        Files.copy(ReportCommandTest.class.getResourceAsStream("/studies/two-trials.csv"), studies);
        Path out = dir.resolve("mine.html");
        CliRun r = CliRun.of("report", "--input", studies.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        String mine = Files.readString(out);
        parse(mine);
        JsonNode summary = new ObjectMapper().readTree(CliRun.of("summary", "--family", "none", "--input", studies.toString(),
                "--format", "json").out());
        summary = summary.get("families");
        JsonNode pool = summary.get(0).get("outcomes").get(0).get("pooled").get(0);
        assertTrue(mine.contains("<caption>Pooled results and heterogeneity: pain</caption>"));
        assertTrue(mine.contains(String.format(Locale.ROOT, "<td>%.2f (%.2f to %.2f)</td>", pool.get("estimate").asDouble(),
                pool.get("ci_lb").asDouble(), pool.get("ci_ub").asDouble())), "pooled estimate with CI");
        assertTrue(mine.contains(String.format(Locale.ROOT, "<td>%.0f%%</td>", pool.get("I2").asDouble())), "I²");
        assertTrue(mine.contains("REML, Wald z"), "two studies: no Knapp-Hartung");
        for (JsonNode row : summary.get(0).get("outcomes").get(0).get("rows")) {
            assertTrue(mine.contains(escaped(row.get("effect").asText())), row.get("effect").asText());
        }
        assertTrue(mine.contains("Random-effects model (REML)"), "the forest plot shows the pool");
    }

    @Test
    void badStudyFileIsOneLineWithItsPlace() throws Exception {
        Path studies = dir.resolve("bad.csv");
        Files.writeString(studies, "study_id,authors\nx,y\n");
        Path out = dir.resolve("bad.html");
        CliRun r = CliRun.of("report", "--input", studies.toString(), "--out", out.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.csv"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theFileIsReadableByAll() throws Exception {
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(pageFile)));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "keep me");
        CliRun r = CliRun.of("report", "--family", "sleep", "--out", out.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("exists") && r.err().contains("--force"), r.err());
        assertEquals("keep me", Files.readString(out));

        CliRun forced = CliRun.of("report", "--family", "sleep", "--out", out.toString(), "--force");
        assertEquals(0, forced.status(), forced.err());
        String sleep = Files.readString(out);
        assertTrue(sleep.startsWith("<!DOCTYPE html>"));
        assertFalse(sleep.contains("id=\"family-lbp\""), "--family keeps one family");
        assertFalse(sleep.contains("id=\"personal\""), "no personal section without --data");
    }

    @Test
    void ownDailyDataGivesTheComparisonWithoutTheSyntheticLabel() throws Exception {
        Path daily = dir.resolve("daily.csv");
        try (InputStream in = ReportCommandTest.class.getResourceAsStream(SyntheticPerson.RESOURCE)) {
            Files.copy(in, daily);
        }
        Path out = dir.resolve("mine.html");
        CliRun r = CliRun.of("report", "--family", "sleep", "--data", daily.toString(), "--protocol", "steps-10000",
                "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        String mine = Files.readString(out);
        parse(mine);
        assertTrue(mine.contains("<h2 id=\"personal\">Your walks against a protocol</h2>"));
        assertTrue(mine.contains("steps-10000"));
        assertTrue(mine.contains(escaped(ComparisonReport.NOT_A_TRIAL)));
        // sleep latency has no published result in minutes with a CI: the person's chart, and a sentence instead of a forest
        assertEquals(1, count(mine.substring(mine.indexOf("id=\"personal\"")), "<svg "), "the person's chart");
        assertTrue(mine.contains("No published sleep-latency result in min with a CI was found"));
    }

    @Test
    void aFolderIsNotAReportFile() {
        CliRun r = CliRun.of("report", "--out", dir.toString(), "--force");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("is a folder"), r.err());
    }

    @Test
    void badDailyDataIsOneLineAndWritesNothing() throws Exception {
        Path daily = dir.resolve("daily.csv");
        Files.writeString(daily, "date,steps\nyesterday,12\n");
        Path out = dir.resolve("report.html");
        CliRun r = CliRun.of("report", "--data", daily.toString(), "--out", out.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("daily.csv"), r.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("daily.csv"), files.map(f -> f.getFileName().toString()).toList(), "no temp file left");
        }
    }

    @Test
    void dataAndExampleTogetherIsAUsageError() {
        CliRun r = CliRun.of("report", "--example", "--data", "x.csv", "--out", dir.resolve("r.html").toString());
        assertEquals(2, r.status());
        CliRun missing = CliRun.of("report", "--example");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("--out"), missing.err());
    }

    @Test
    void helpListsReport() {
        assertTrue(CliRun.of("--help").out().contains("report"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
