package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code walkstudy chart} end to end: engine -> chart input -> file, for --input and --dataset. */
class ChartCommandTest {
    private static final Path CASES = Path.of("..", "analysis", "src", "test", "resources", "metafor");

    private static String input(String name) {
        return CASES.resolve(name).resolve("input.csv").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"forest", "funnel", "cumulative", "leave1out"})
    void everyMetaChartRendersFromTheEngine(String kind, @TempDir Path dir) throws Exception {
        Path out = dir.resolve(kind + ".png");
        CliRun r = CliRun.of("chart", kind, "--input", input("bcg_rr_reml"), "--measure", "RR", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(out.toString(), r.out().strip(), "prints the path written");
        BufferedImage img = ImageIO.read(out.toFile());
        assertTrue(img.getWidth() > 300 && img.getHeight() > 200);
    }

    @Test
    void forestSvgCarriesEveryStudyAndIsDeterministic(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.svg");
        Path b = dir.resolve("b.svg");
        for (Path p : new Path[] {a, b}) {
            assertEquals(0, CliRun.of("chart", "forest", "--input", input("normand_md_reml"), "--measure", "MD",
                    "--common-effect", "--out", p.toString()).status());
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        String svg = Files.readString(a);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        xml.newDocumentBuilder().parse(a.toFile());
        for (String line : Files.readAllLines(CASES.resolve("normand_md_reml/input.csv")).subList(1, 10)) {
            String label = line.split(",")[0].replace('_', ' ');
            assertTrue(svg.contains(label), label);
        }
        assertTrue(svg.contains("Common-effect model"));
        assertTrue(svg.contains("Random-effects model"));
    }

    @Test
    void funnelWithTrimAndFillAndBubblePlotRender(@TempDir Path dir) {
        assertEquals(0, CliRun.of("chart", "funnel", "--input", input("hackshaw_gen_reml"), "--measure", "GEN",
                "--contours", "--trimfill", "--out", dir.resolve("f.pdf").toString()).status());
        CliRun bubble = CliRun.of("chart", "bubble", "--input", input("bcg_rr_reml_mods_ablat"), "--measure", "RR",
                "--mods", "ablat", "--out", dir.resolve("b.svg").toString());
        assertEquals(0, bubble.status(), bubble.err());
        CliRun noMods = CliRun.of("chart", "bubble", "--input", input("bcg_rr_reml"), "--measure", "RR",
                "--out", dir.resolve("c.svg").toString());
        assertEquals(1, noMods.status());
        assertTrue(noMods.err().contains("exactly one moderator"), noMods.err());
    }

    @Test
    void funnelPseudoLimitsFollowTheLevel(@TempDir Path dir) throws Exception {
        Path at90 = dir.resolve("f90.svg");
        Path at95 = dir.resolve("f95.svg");
        assertEquals(0, CliRun.of("chart", "funnel", "--input", input("hackshaw_gen_reml"), "--measure", "GEN",
                "--level", "90", "--out", at90.toString()).status());
        assertEquals(0, CliRun.of("chart", "funnel", "--input", input("hackshaw_gen_reml"), "--measure", "GEN",
                "--out", at95.toString()).status());
        assertTrue(Files.readString(at90).contains("90% pseudo confidence limits"));
        assertTrue(Files.readString(at95).contains("95% pseudo confidence limits"));
        assertNotEquals(Files.readString(at90).replace("90%", "95%"), Files.readString(at95),
                "the limits themselves move with the level, not only the legend");
    }

    @Test
    void bundledDatasetForestAndFunnel(@TempDir Path dir) throws Exception {
        Path forest = dir.resolve("forest.svg");
        CliRun r = CliRun.of("chart", "forest", "--dataset", "lbp-reviews", "--outcome", "pain", "--out", forest.toString());
        assertEquals(0, r.status(), r.err());
        String svg = Files.readString(forest);
        assertTrue(svg.contains("Pocovi NC et al. (2022)"));
        assertTrue(svg.contains("Not pooled"), "reviews are never re-pooled");
        CliRun funnel = CliRun.of("chart", "funnel", "--dataset", "lbp-cohorts", "--outcome", "chronic-lbp-incidence",
                "--out", dir.resolve("funnel.svg").toString());
        assertEquals(1, funnel.status(), "fewer than 10 independent primary studies: no funnel");
        assertTrue(funnel.err().contains("Cochrane Handbook 13.3.5.4"), funnel.err());
        assertFalse(Files.exists(dir.resolve("funnel.svg")));
    }

    @Test
    void widthScalesTheImage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("w.png");
        assertEquals(0, CliRun.of("chart", "forest", "--input", input("bcg_rr_reml"), "--measure", "RR", "--width", "2000",
                "--out", out.toString()).status());
        assertEquals(2000, ImageIO.read(out.toFile()).getWidth(), 1);
    }

    @Test
    void badRequestsFailClearlyAndWriteNothing(@TempDir Path dir) throws Exception {
        CliRun ext = CliRun.of("chart", "forest", "--input", input("bcg_rr_reml"), "--measure", "RR",
                "--out", dir.resolve("x.gif").toString());
        assertEquals(1, ext.status());
        assertTrue(ext.err().contains(".png, .svg or .pdf"), ext.err());
        CliRun both = CliRun.of("chart", "forest", "--input", input("bcg_rr_reml"), "--dataset", "lbp-reviews",
                "--out", dir.resolve("x.png").toString());
        assertEquals(2, both.status(), "--input and --dataset are exclusive");
        CliRun noOutcome = CliRun.of("chart", "forest", "--dataset", "lbp-reviews", "--out", dir.resolve("y.png").toString());
        assertEquals(1, noOutcome.status());
        CliRun badData = CliRun.of("chart", "forest", "--input", dir.resolve("missing.csv").toString(), "--measure", "GEN",
                "--out", dir.resolve("z.png").toString());
        assertEquals(1, badData.status());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no file, no temp file left behind");
        }
    }

    @Test
    void subgroupsGetTheirOwnHeadingsAndDiamonds(@TempDir Path dir) throws Exception {
        java.util.List<String> lines = Files.readAllLines(CASES.resolve("bcg_rr_reml/input.csv"));
        StringBuilder csv = new StringBuilder(lines.get(0) + ",era\n");
        for (String line : lines.subList(1, lines.size())) {
            int year = Integer.parseInt(line.substring(line.lastIndexOf(',') + 1).strip());
            csv.append(line).append(',').append(year < 1960 ? "before 1960" : "1960 on").append('\n');
        }
        Path input = dir.resolve("bcg-era.csv");
        Files.writeString(input, csv);
        Path out = dir.resolve("sub.svg");
        CliRun r = CliRun.of("chart", "forest", "--input", input.toString(), "--measure", "RR", "--subgroup", "era",
                "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("before 1960") && svg.contains("1960 on"));
        assertTrue(svg.contains("Subtotal"));
        assertTrue(svg.contains("Test for subgroup differences"));
    }

    @Test
    void anExistingChartIsReplacedOnlyWithForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.png");
        Files.writeString(out, "old");
        CliRun refused = CliRun.of("chart", "forest", "--input", input("bcg_rr_reml"), "--measure", "RR", "--out", out.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("old", Files.readString(out));
        assertEquals(0, CliRun.of("chart", "forest", "--input", input("bcg_rr_reml"), "--measure", "RR", "--out",
                out.toString(), "--force").status());
        assertTrue(ImageIO.read(out.toFile()).getWidth() > 0);
    }
}
