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
    /** The largest side drawn, in pixels. */
    public static final int MAX_SIDE = 65_000;
    /** The largest canvas drawn, in pixels: a PNG of it takes 4 bytes a pixel (240 MB) while it is encoded. */
    public static final long MAX_PIXELS = 60_000_000L;

    public ChartImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive: " + width + " x " + height);
        }
        requireDrawable(width, height);
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
        requireDrawable(Math.ceil(width * factor), Math.ceil(height * factor));
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

    /**
     * Refuses a canvas above {@link #MAX_SIDE} on a side or {@link #MAX_PIXELS} in all, with one line saying
     * how large it would be (a larger one ran out of memory or overflowed the image size).
     */
    static void requireDrawable(double width, double height) {
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the chart would be %.0f x %.0f pixels; walkstudy draws at most %,d pixels on a side and %,d in "
                            + "all: use a smaller --width or --height, or fewer rows", width, height, MAX_SIDE,
                    MAX_PIXELS));
        }
    }

    /** Paints the chart onto {@code g}. */
    public void paint(Graphics2D g) {
        painter.accept(g);
    }
}
