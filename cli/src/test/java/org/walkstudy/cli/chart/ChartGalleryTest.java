package org.walkstudy.cli.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Writes every chart type to target/chart-gallery for looking at them (and checks the files exist). */
class ChartGalleryTest {
    static final Path DIR = Path.of("target", "chart-gallery");

    static void save(String name, ChartImage img) throws Exception {
        for (String ext : List.of("png", "svg", "pdf")) {
            Path p = DIR.resolve(name + "." + ext);
            ChartWriter.write(img, p, true);
            assertTrue(Files.size(p) > 0);
        }
        // the PDF as PDFBox renders it, to compare with the PNG
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(DIR.resolve(name + ".pdf").toFile())) {
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 1f), "png",
                    DIR.resolve(name + ".pdf.png").toFile());
        }
    }

    @Test
    void gallery() throws Exception {
        save("forest_bcg", ForestPlot.render(Fixtures.forestBcg()));
        ChartWriter.write(ForestPlot.render(Fixtures.forestBcg()).scaled(2), DIR.resolve("forest_bcg@2x.png"), true);
        save("forest_normand", ForestPlot.render(Fixtures.forestNormand()));
        save("forest_yusuf", ForestPlot.render(Fixtures.forestYusuf()));
        save("forest_k3", ForestPlot.render(Fixtures.forest3()));
        save("forest_subgroups", ForestPlot.render(Fixtures.forestSubgroups()));
        save("forest_100", ForestPlot.render(Fixtures.forestMany(100)));
        save("funnel_bcg", FunnelPlot.render(Fixtures.funnelBcg()));
        save("funnel_hackshaw", FunnelPlot.render(Fixtures.funnelHackshaw()));
        save("cumulative", SensitivityPlot.render(Fixtures.cumulative()));
        save("leave1out", SensitivityPlot.render(Fixtures.leaveOneOut()));
        save("bubble", BubblePlot.render(Fixtures.bubbleBcg()));
        save("dashboard", PersonalDashboard.render(Fixtures.dashboard(120)));
        save("dashboard_year", PersonalDashboard.render(Fixtures.dashboard(400)));
        save("dashboard_short", PersonalDashboard.render(Fixtures.dashboard(12)));
    }
}
