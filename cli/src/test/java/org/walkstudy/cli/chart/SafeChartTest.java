package org.walkstudy.cli.chart;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** SVG geometry and content: every text on the canvas, well-formed XML whatever the labels, a bounded canvas. */
class SafeChartTest {
    private static final Pattern MATRIX = Pattern.compile("matrix\\(([^)]*)\\)");

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return xml.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    /** Each text's anchor (x, y) through every enclosing group's transform, with its content. */
    private static List<String> textsOffCanvas(Document doc) {
        Element root = doc.getDocumentElement();
        double w = Double.parseDouble(root.getAttribute("width").replace("px", ""));
        double h = Double.parseDouble(root.getAttribute("height").replace("px", ""));
        List<String> off = new ArrayList<>();
        NodeList texts = doc.getElementsByTagName("text");
        assertTrue(texts.getLength() > 0);
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            AffineTransform at = new AffineTransform();
            List<Element> groups = new ArrayList<>();
            for (Node p = t.getParentNode(); p instanceof Element e; p = p.getParentNode()) {
                groups.add(0, e);
            }
            for (Element g : groups) {
                Matcher m = MATRIX.matcher(g.getAttribute("transform"));
                if (m.find()) {
                    String[] n = m.group(1).trim().split("[ ,]+");
                    at.concatenate(new AffineTransform(Double.parseDouble(n[0]), Double.parseDouble(n[1]),
                            Double.parseDouble(n[2]), Double.parseDouble(n[3]), Double.parseDouble(n[4]),
                            Double.parseDouble(n[5])));
                }
            }
            Point2D p = at.transform(new Point2D.Double(Double.parseDouble(t.getAttribute("x")),
                    Double.parseDouble(t.getAttribute("y"))), null);
            if (p.getX() < 0 || p.getX() > w || p.getY() < 0 || p.getY() > h) {
                off.add(t.getTextContent() + " at " + p);
            }
        }
        return off;
    }

    @Test
    void funnelAndBubbleLegendsAreOnTheSvgCanvas() throws Exception {
        for (ChartImage chart : List.of(FunnelPlot.render(Fixtures.funnelHackshaw()), FunnelPlot.render(Fixtures.funnelBcg()),
                BubblePlot.render(Fixtures.bubbleBcg()))) {
            Document doc = parse(ChartWriter.encode(chart, ChartFormat.SVG));
            assertEquals(List.of(), textsOffCanvas(doc));
        }
        String svg = new String(ChartWriter.encode(FunnelPlot.render(Fixtures.funnelHackshaw()), ChartFormat.SVG),
                StandardCharsets.UTF_8);
        assertTrue(svg.contains("p \u2264 0.01"), "the contour key is drawn");
    }

    @Test
    void controlCharactersInLabelsGiveWellFormedSvg() throws Exception {
        String label = "Vertical\u000btab and ESC\u001b[31m red\u0000";
        ForestPlot.Input in = ForestPlot.Input.builder("MD", "Mean difference", false,
                List.of(ForestPlot.Row.of(label, 0.1, -0.2, 0.4, 100)), List.of()).title("Title\u0007").build();
        Document doc = parse(ChartWriter.encode(ForestPlot.render(in), ChartFormat.SVG));
        String all = doc.getDocumentElement().getTextContent();
        assertTrue(all.contains("Vertical\uFFFDtab and ESC\uFFFD[31m red\uFFFD"), all);
        assertFalse(all.contains("\u001b"));
    }

    @Test
    void aCanvasBeyondTheBoundIsOneClearError() {
        ChartImage thousand = ForestPlot.render(Fixtures.forestMany(1000));
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> thousand.scaled(20000.0 / thousand.width()));
        assertTrue(wide.getMessage().contains("walkstudy draws at most 65,000 pixels on a side"), wide.getMessage());
        assertTrue(wide.getMessage().contains("20000 x "), "the real size, not an overflowed int: " + wide.getMessage());
        IllegalArgumentException tall = assertThrows(IllegalArgumentException.class,
                () -> ForestPlot.render(Fixtures.forestMany(200_000)));
        assertTrue(tall.getMessage().contains("fewer rows"), tall.getMessage());
    }
}
