package org.walkstudy.cli.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atomic, format-by-extension chart writer. */
class ChartWriterTest {
    @TempDir
    Path dir;

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void formatFollowsTheExtensionCaseInsensitively() throws Exception {
        ChartImage chart = ForestPlot.render(Fixtures.forest3());
        for (String name : List.of("a.png", "b.SVG", "c.Pdf")) {
            Path p = dir.resolve(name);
            ChartWriter.write(chart, p, true);
            byte[] bytes = Files.readAllBytes(p);
            String head = new String(bytes, 0, 8, StandardCharsets.ISO_8859_1);
            switch (ChartFormat.of(p)) {
                case PNG -> assertEquals("\u0089PNG", head.substring(0, 4));
                case SVG -> assertTrue(head.startsWith("<?xml"), head);
                case PDF -> assertTrue(head.startsWith("%PDF"), head);
                default -> throw new AssertionError();
            }
        }
        assertEquals(3, files(dir).size(), "no temporary files left: " + files(dir));
    }

    @Test
    void unknownExtensionIsAClearErrorAndWritesNothing() throws Exception {
        ChartImage chart = ForestPlot.render(Fixtures.forest3());
        for (String name : List.of("plot.gif", "plot", "plot.png.bak")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ChartWriter.write(chart, dir.resolve(name), true));
            assertTrue(e.getMessage().contains(".png, .svg or .pdf"), e.getMessage());
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertEquals(List.of(), files(dir));
    }

    @Test
    void aFailedRenderLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("forest.svg");
        Files.writeString(target, "old chart");
        ChartImage broken = new ChartImage(100, 100, List.of(), g -> {
            throw new IllegalStateException("boom");
        });
        for (String name : List.of("forest.svg", "forest.png", "forest.pdf")) {
            assertThrows(RuntimeException.class, () -> ChartWriter.write(broken, dir.resolve(name), true));
        }
        assertEquals("old chart", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void replacesAnExistingFileAndCreatesMissingFolders() throws Exception {
        Path target = dir.resolve("sub/dir/trend.png");
        ChartImage chart = PersonalDashboard.render(Fixtures.dashboard(120));
        ChartWriter.write(chart, target, true);
        byte[] first = Files.readAllBytes(target);
        ChartWriter.write(chart, target, true);
        assertArrayEquals(first, Files.readAllBytes(target));
        assertEquals(1, files(target.getParent()).size());
        assertFalse(Files.readAllLines(dir.resolve("sub/dir/trend.png"), StandardCharsets.ISO_8859_1).isEmpty());
    }

    @Test
    void scaledPngHasTwiceThePixels() throws Exception {
        ChartImage chart = ForestPlot.render(Fixtures.forest3());
        ChartImage big = chart.scaled(2);
        Path p = dir.resolve("big.png");
        ChartWriter.write(big, p, true);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(p.toFile());
        assertEquals(chart.width() * 2, img.getWidth());
        assertEquals(chart.height() * 2, img.getHeight());
        assertEquals(chart.texts().get(0).bounds().getWidth() * 2, big.texts().get(0).bounds().getWidth(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> chart.scaled(0));
    }

    @Test
    void rendersHeadless() {
        assertEquals("true", System.getProperty("java.awt.headless"));
        assertTrue(java.awt.GraphicsEnvironment.isHeadless());
    }
}
