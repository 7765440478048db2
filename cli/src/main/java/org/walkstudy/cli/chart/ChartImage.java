package org.walkstudy.cli.chart;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A finished chart: its size in pixels (points for SVG and PDF), the texts it shows (for checks) and how to
 * paint it onto any {@link Graphics2D}.
 *
 * @param width   width in pixels
 * @param height  height in pixels
 * @param texts   every text the chart draws with its box, in drawing order
 * @param painter paints the chart at (0,0) - (width,height)
 */
public record ChartImage(int width, int height, List<TextBox> texts, Consumer<Graphics2D> painter) {
    public ChartImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive: " + width + " x " + height);
        }
        texts = List.copyOf(texts);
        Objects.requireNonNull(painter, "painter");
    }

    /** Paints the chart onto {@code g}. */
    public void paint(Graphics2D g) {
        painter.accept(g);
    }
}
