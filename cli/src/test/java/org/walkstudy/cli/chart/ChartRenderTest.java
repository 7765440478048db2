package org.walkstudy.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Renders every chart type from the metafor fixtures to PNG, SVG and PDF and checks what is in them. */
class ChartRenderTest {

    /** A chart, the texts its SVG must contain and a region (fraction of the image) that must be drawn on. */
    record Case(String name, ChartImage chart, List<String> mustShow, Rectangle2D dataArea) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        out.add(forest("forest BCG (RR, arms)", Fixtures.forestBcg()));
        out.add(forest("forest stroke units (MD, mean/SD arms)", Fixtures.forestNormand()));
        out.add(forest("forest 3 studies", Fixtures.forest3()));
        out.add(forest("forest zero cells, arrows (OR)", Fixtures.forestYusuf()));
        out.add(forest("forest 100 studies", Fixtures.forestMany(100)));
        out.add(forest("forest subgroups, two diamonds", Fixtures.forestSubgroups()));
        out.add(forest("cumulative", SensitivityPlot.toForest(Fixtures.cumulative())));
        out.add(forest("leave-one-out", SensitivityPlot.toForest(Fixtures.leaveOneOut())));
        Rectangle2D middle = new Rectangle2D.Double(0.15, 0.15, 0.6, 0.6);
        out.add(new Case("funnel BCG", FunnelPlot.render(Fixtures.funnelBcg()),
                List.of("Standard error", "Risk ratio (log scale)", "Pooled estimate"), middle));
        out.add(new Case("funnel contours + trim and fill", FunnelPlot.render(Fixtures.funnelHackshaw()),
                List.of("Imputed (trim and fill)", "p \u2264 0.01", "Trim-and-fill estimate"), middle));
        out.add(new Case("bubble", BubblePlot.render(Fixtures.bubbleBcg()),
                List.of("Absolute latitude (degrees)", "Risk ratio (log scale)", "Fitted line, 95% CI"), middle));
        out.add(new Case("personal dashboard", PersonalDashboard.render(Fixtures.dashboard(120)),
                List.of("WHO: 150 min a week", "7-day mean", "Minutes per walk (a day = one walk)"), middle));
        out.add(new Case("personal dashboard 400 days", PersonalDashboard.render(Fixtures.dashboard(400)),
                List.of("Minutes a week (by month)", "WHO: 150 min a week"), middle));
        out.add(new Case("personal dashboard 12 days", PersonalDashboard.render(Fixtures.dashboard(12)),
                List.of("WHO: 150 min a week"), middle));
        return out.stream();
    }

    private static Case forest(String name, ForestPlot.Input in) {
        ForestPlot.Layout l = ForestPlot.layout(in);
        List<String> labels = new ArrayList<>(in.allRows().stream().map(ForestPlot.Row::label).toList());
        in.overall().forEach(p -> labels.add(p.label()));
        // the plot panel, from the first row down to the axis
        Rectangle2D panel = new Rectangle2D.Double(l.plotLeft() / l.width(), 0.05,
                (l.plotRight() - l.plotLeft()) / l.width(), 0.7);
        return new Case(name, ForestPlot.render(in), labels, panel);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void png(Case c) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartWriter.encode(c.chart(), ChartFormat.PNG)));
        assertEquals(c.chart().width(), img.getWidth());
        assertEquals(c.chart().height(), img.getHeight());
        Rectangle2D a = c.dataArea();
        int x0 = (int) (a.getMinX() * img.getWidth());
        int x1 = (int) (a.getMaxX() * img.getWidth());
        int y0 = (int) (a.getMinY() * img.getHeight());
        int y1 = (int) (a.getMaxY() * img.getHeight());
        long ink = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    ink++;
                }
            }
        }
        long area = (long) (x1 - x0) * (y1 - y0);
        assertTrue(ink > area / 100, c + ": only " + ink + " drawn pixels of " + area + " in the plot area");
        // and the corners stay background (margins)
        assertEquals(0xffffff, img.getRGB(2, 2) & 0xffffff);
        assertEquals(0xffffff, img.getRGB(img.getWidth() - 3, img.getHeight() - 3) & 0xffffff);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void svg(Case c) throws Exception {
        byte[] svg = ChartWriter.encode(c.chart(), ChartFormat.SVG);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        Document doc = b.parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(c.chart().width() + "px", doc.getDocumentElement().getAttribute("width"));
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
            String style = texts.item(i).getAttributes().getNamedItem("style").getNodeValue();
            assertTrue(style.contains("font-size:") && style.contains("sans-serif"), style);
        }
        for (String label : c.mustShow()) {
            assertTrue(shown.contains(label), c + ": SVG does not show '" + label + "'");
        }
        int shapes = 0;
        for (String tag : List.of("path", "line", "rect", "ellipse", "polygon", "polyline")) {
            shapes += doc.getElementsByTagNameNS("*", tag).getLength();
        }
        assertTrue(shapes > 10, c + ": only " + shapes + " shapes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pdf(Case c) throws Exception {
        byte[] pdf = ChartWriter.encode(c.chart(), ChartFormat.PDF);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(c.chart().width(), box.getWidth(), 1);
            assertEquals(c.chart().height(), box.getHeight(), 1);
            // the page really shows the chart: render it back and look for ink
            BufferedImage img = new PDFRenderer(doc).renderImage(0, 1f);
            long ink = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                        ink++;
                    }
                }
            }
            assertTrue(ink > (long) img.getWidth() * img.getHeight() / 200, c + ": PDF page nearly empty, " + ink + " pixels");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void textsInsideCanvasAndNotOverlapping(Case c) {
        List<TextBox> texts = c.chart().texts();
        Rectangle2D canvas = new Rectangle2D.Double(0, 0, c.chart().width(), c.chart().height());
        for (TextBox t : texts) {
            Rectangle2D b = t.bounds();
            assertTrue(canvas.contains(b), c + ": '" + t.text() + "' is cut off: " + b + " outside " + canvas);
        }
        for (int i = 0; i < texts.size(); i++) {
            Rectangle2D a = shrink(texts.get(i).bounds());
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D b = shrink(texts.get(j).bounds());
                assertTrue(!a.intersects(b), c + ": '" + texts.get(i).text() + "' overlaps '" + texts.get(j).text() + "'");
            }
        }
    }

    private static Rectangle2D shrink(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + 0.5, r.getY() + 0.5, Math.max(0, r.getWidth() - 1), Math.max(0, r.getHeight() - 1));
    }
}
