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

    /**
     * The same chart {@code factor} times larger, e.g. 2 for a sharp PNG on high-density screens or in print
     * (SVG and PDF scale by themselves).
     */
    public ChartImage scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scale factor must be positive: " + factor);
        }
        List<TextBox> boxes = texts.stream().map(t -> new TextBox(t.text(), new java.awt.geom.Rectangle2D.Double(
                t.bounds().getX() * factor, t.bounds().getY() * factor,
                t.bounds().getWidth() * factor, t.bounds().getHeight() * factor))).toList();
        Consumer<Graphics2D> inner = painter;
        return new ChartImage((int) Math.ceil(width * factor), (int) Math.ceil(height * factor), boxes, g -> {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.scale(factor, factor);
                inner.accept(g2);
            } finally {
                g2.dispose();
            }
        });
    }

    /** Paints the chart onto {@code g}. */
    public void paint(Graphics2D g) {
        painter.accept(g);
    }
}
