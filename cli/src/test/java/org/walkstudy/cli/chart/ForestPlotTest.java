package org.walkstudy.cli.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Layout and content of the forest plot. */
class ForestPlotTest {
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private static double stringWidth(String s) {
        return new Font("SansSerif", Font.PLAIN, 12).getStringBounds(s, FRC).getWidth();
    }

    private static Map<String, Rectangle2D> boxes(ChartImage img) {
        return img.texts().stream().collect(Collectors.toMap(TextBox::text, TextBox::bounds, (a, b) -> a));
    }

    @Test
    void labelColumnHoldsTheLongestLabelAt3And100Studies() {
        for (ForestPlot.Input in : List.of(Fixtures.forest3(), Fixtures.forestMany(100), Fixtures.forestBcg())) {
            ForestPlot.Layout l = ForestPlot.layout(in);
            double longest = in.allRows().stream().mapToDouble(r -> stringWidth(r.label())).max().orElseThrow();
            assertTrue(l.labelColumnWidth() >= longest, l.labelColumnWidth() + " < " + longest);
            assertEquals(longest, l.longestLabelWidth(), 1e-6);
            assertTrue(l.plotLeft() >= 20 + l.labelColumnWidth(), "plot starts inside the label column");
            // every study label ends before the plot panel starts
            ChartImage img = ForestPlot.render(in);
            Map<String, Rectangle2D> boxes = boxes(img);
            for (ForestPlot.Row r : in.allRows()) {
                assertTrue(boxes.get(r.label()).getMaxX() <= l.plotLeft(), r.label());
            }
        }
    }

    @Test
    void heightFollowsTheNumberOfStudies() {
        ForestPlot.Layout three = ForestPlot.layout(Fixtures.forest3());
        ForestPlot.Layout hundred = ForestPlot.layout(Fixtures.forestMany(100));
        ForestPlot.Layout hundredAgain = ForestPlot.layout(Fixtures.forestMany(100));
        assertEquals(hundred, hundredAgain);
        assertTrue(hundred.height() > three.height() + 97 * three.rowHeight() - 40);
        assertEquals(100 + 3, hundred.lines(), "studies, a blank row, the diamond and its prediction interval");
        assertTrue(three.height() < 400, "3 studies need no more than a small chart: " + three.height());
        // the widest label widens the chart
        assertTrue(hundred.labelColumnWidth() > three.labelColumnWidth());
    }

    @Test
    void armColumnsAreShownAndSizedToTheirTexts() {
        ForestPlot.Input in = Fixtures.forestBcg();
        ForestPlot.Layout l = ForestPlot.layout(in);
        assertEquals(4, l.armColumnWidths().size());
        Map<String, Rectangle2D> boxes = boxes(ForestPlot.render(in));
        assertTrue(boxes.containsKey("88391"), "TPT Madras arm total");
        assertTrue(boxes.containsKey("Walking") && boxes.containsKey("Control"), "arm group headers");
        assertTrue(boxes.containsKey("0.49 [0.34, 0.70]"), "pooled RR back-transformed");
        assertTrue(boxes.containsKey("[0.15, 1.55]"), "prediction interval");
        assertTrue(boxes.containsKey("10.2%"), "weights");
        assertTrue(boxes.containsKey("Heterogeneity: \u03c4\u00b2 = 0.3132; I\u00b2 = 92.2%; Q = 152.23, df = 12, p < 0.001"));
    }

    @Test
    void ratioMeasuresUseALogAxisWithBackTransformedTicks() {
        Map<String, Rectangle2D> boxes = boxes(ForestPlot.render(Fixtures.forestBcg()));
        for (String tick : List.of("0.1", "0.5", "1", "2")) {
            assertTrue(boxes.containsKey(tick), "tick " + tick);
        }
        assertTrue(boxes.containsKey("Risk ratio (log scale)"));
        // log axis: 0.5 -> 1 is as wide as 1 -> 2
        double half = boxes.get("0.5").getCenterX();
        double one = boxes.get("1").getCenterX();
        double two = boxes.get("2").getCenterX();
        assertEquals(one - half, two - one, 0.01);
    }

    @Test
    void favoursLabelsFollowTheOutcomesDirection() {
        // BCG: fewer cases is better, so walking (treatment) is favoured left of RR 1
        Map<String, Rectangle2D> lower = boxes(ForestPlot.render(Fixtures.forestBcg()));
        assertTrue(lower.get("\u2190 Favours walking").getMaxX() < lower.get("Favours control \u2192").getMinX());
        Map<String, Rectangle2D> higher = boxes(ForestPlot.render(Fixtures.forest3()));
        assertTrue(higher.get("\u2190 Favours control").getMaxX() < higher.get("Favours walking \u2192").getMinX());
        // and they sit either side of the null line (RR 1)
        double one = lower.get("1").getCenterX();
        assertTrue(lower.get("\u2190 Favours walking").getMaxX() < one && lower.get("Favours control \u2192").getMinX() > one);
    }

    @Test
    void subgroupsGetHeadingsAndDiamondsAndBothOverallModelsShow() {
        ForestPlot.Input in = Fixtures.forestSubgroups();
        Map<String, Rectangle2D> boxes = boxes(ForestPlot.render(in));
        Function<String, Double> y = t -> boxes.get(t).getCenterY();
        assertTrue(y.apply("Latitude below 30\u00b0") < y.apply("Frimodt-Moller et al 1973"));
        assertTrue(y.apply("Latitude 30\u00b0 or more") < y.apply("Aronson 1948"));
        assertTrue(y.apply("Random-effects model") < y.apply("Common-effect model"));
        assertEquals(2, in.subgroups().stream().mapToInt(s -> s.pooled().size()).sum());
        long subtotals = ForestPlot.render(in).texts().stream().filter(t -> t.text().startsWith("Subtotal")).count();
        assertEquals(2, subtotals);
    }

    @Test
    void veryWideIntervalsEndInArrowsInsteadOfSquashingTheRest() {
        ForestPlot.Input in = Fixtures.forestYusuf();
        ForestPlot.Layout auto = ForestPlot.layout(in);
        double minCi = in.allRows().stream().mapToDouble(ForestPlot.Row::ciLower).min().orElseThrow();
        double maxCi = in.allRows().stream().mapToDouble(ForestPlot.Row::ciUpper).max().orElseThrow();
        assertTrue(auto.axisLower() > minCi || auto.axisUpper() < maxCi, auto.toString());
        assertTrue(auto.axisUpper() - auto.axisLower() < 0.95 * (maxCi - minCi), "the axis is not stretched to the widest CI");
        for (ForestPlot.Row r : in.allRows()) {
            assertTrue(auto.axisLower() <= r.estimate() && r.estimate() <= auto.axisUpper(), r.label());
        }
        // three studies: a CI just past a nice axis end widens the axis instead of becoming an arrow
        ForestPlot.Layout three = ForestPlot.layout(Fixtures.forest3());
        assertTrue(three.axisUpper() >= Fixtures.forest3().allRows().stream().mapToDouble(ForestPlot.Row::ciUpper).max().orElseThrow());
        // BCG's CIs all fit: nothing is cut
        ForestPlot.Layout bcg = ForestPlot.layout(Fixtures.forestBcg());
        assertTrue(bcg.axisLower() <= Fixtures.forestBcg().allRows().stream().mapToDouble(ForestPlot.Row::ciLower).min().orElseThrow());
        // an explicit range wins
        ForestPlot.Layout fixed = ForestPlot.layout(in.toBuilder().axis(new ForestPlot.Range(Math.log(0.1), Math.log(10))).build());
        assertEquals(Math.log(0.1), fixed.axisLower(), 1e-9);
        assertEquals(Math.log(10), fixed.axisUpper(), 1e-9);
    }

    @Test
    void awkwardLabelsAndUnestimableStudiesRenderToValidSvg() throws Exception {
        List<ForestPlot.Row> rows = List.of(
                ForestPlot.Row.of("Smith & Jones <2020> \"walk\" 'n' talk", -0.2, -0.5, 0.1, 60),
                ForestPlot.Row.of("M\u00fcller-Lef\u00e8vre 2019 \u2013 \u03b2", 0.1, -0.3, 0.5, 40),
                ForestPlot.Row.of("Double-zero trial 2001", Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        ChartImage img = ForestPlot.render(ForestPlot.Input.of("RR", "Risk ratio", true, rows,
                List.of(ForestPlot.Pooled.of("Common-effect model", -0.1, -0.3, 0.1))));
        String svg = new String(ChartWriter.encode(img, ChartFormat.SVG), java.nio.charset.StandardCharsets.UTF_8);
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.NodeList texts = f.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .getElementsByTagName("text");
        List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        for (ForestPlot.Row r : rows) {
            assertTrue(shown.contains(r.label()), r.label() + " in " + shown);
        }
        assertTrue(shown.contains("Not estimable"));
    }

    @Test
    void mismatchedArmColumnsAreAClearError() {
        ForestPlot.Input in = ForestPlot.Input.builder("MD", "Mean difference", false,
                List.of(new ForestPlot.Row("A", List.of("1", "2"), 0, -1, 1, 100)), List.of()).armHeaders(List.of("n")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ForestPlot.render(in));
        assertTrue(e.getMessage().contains("'A' has 2 arm columns"), e.getMessage());
    }

    @Test
    void sameInputSameSvgBytes() throws Exception {
        for (ChartImage[] pair : List.of(
                new ChartImage[] {ForestPlot.render(Fixtures.forestBcg()), ForestPlot.render(Fixtures.forestBcg())},
                new ChartImage[] {FunnelPlot.render(Fixtures.funnelHackshaw()), FunnelPlot.render(Fixtures.funnelHackshaw())},
                new ChartImage[] {BubblePlot.render(Fixtures.bubbleBcg()), BubblePlot.render(Fixtures.bubbleBcg())},
                new ChartImage[] {PersonalDashboard.render(Fixtures.dashboard(120)), PersonalDashboard.render(Fixtures.dashboard(120))})) {
            assertArrayEquals(ChartWriter.encode(pair[0], ChartFormat.SVG), ChartWriter.encode(pair[1], ChartFormat.SVG));
        }
    }
}
