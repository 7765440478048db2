package org.walkstudy.cli.chart;

import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.Shape;
import java.util.List;
import java.util.function.DoubleFunction;

import org.walkstudy.cli.chart.Sketch.Align;

/** The frame, grid, ticks and titles of an x-y panel. */
final class Axes {
    static final double TICK = 4;
    static final double TITLE_GAP = 8;

    private Axes() {
    }

    /** Draws the chart title at the top left, when there is one; returns where what follows starts. */
    static double title(Sketch sk, String title, double top, double gapBelow) {
        if (title == null || title.isBlank()) {
            return top;
        }
        sk.text(title, Style.TITLE, Style.INK, Style.MARGIN, top + Style.ascent(Style.TITLE), Align.LEFT);
        return top + Style.ascent(Style.TITLE) + Style.descent(Style.TITLE) + gapBelow;
    }

    /** Space left of the panel for y tick labels and the vertical y title. */
    static double leftSpace(List<String> yLabels, String yTitle) {
        double w = yLabels.stream().mapToDouble(s -> Style.width(s, Style.SMALL)).max().orElse(0);
        double title = yTitle == null ? 0 : Style.ascent(Style.FONT) + Style.descent(Style.FONT) + TITLE_GAP;
        return Style.MARGIN + title + w + TICK + 4;
    }

    /** Space below the panel for x tick labels and the x title. */
    static double bottomSpace(String xTitle) {
        double ticks = TICK + 4 + Style.ascent(Style.SMALL) + Style.descent(Style.SMALL);
        double title = xTitle == null ? 0 : TITLE_GAP + Style.ascent(Style.FONT) + Style.descent(Style.FONT);
        return ticks + title + Style.MARGIN;
    }

    /** Draws grid lines (under everything drawn later). */
    static void grid(Sketch sk, Rectangle2D plot, List<Double> xs, List<Double> ys) {
        for (double x : xs) {
            sk.line(x, plot.getMinY(), x, plot.getMaxY(), Style.GRID, Style.stroke(Style.HAIRLINE));
        }
        for (double y : ys) {
            sk.line(plot.getMinX(), y, plot.getMaxX(), y, Style.GRID, Style.stroke(Style.HAIRLINE));
        }
    }

    /** Draws the left and bottom axis lines with ticks, tick labels and titles. */
    static void frame(Sketch sk, Rectangle2D plot, List<Double> xPx, List<String> xLabels, List<Double> yPx,
                      List<String> yLabels, String xTitle, String yTitle) {
        double left = plot.getMinX();
        double bottom = plot.getMaxY();
        sk.line(left, bottom, plot.getMaxX(), bottom, Style.AXIS, Style.stroke(Style.HAIRLINE));
        sk.line(left, plot.getMinY(), left, bottom, Style.AXIS, Style.stroke(Style.HAIRLINE));
        double xBase = bottom + TICK + 3 + Style.ascent(Style.SMALL);
        for (int i = 0; i < xPx.size(); i++) {
            double x = xPx.get(i);
            sk.line(x, bottom, x, bottom + TICK, Style.AXIS, Style.stroke(Style.HAIRLINE));
            sk.text(xLabels.get(i), Style.SMALL, Style.INK, x, xBase, Align.CENTER);
        }
        double maxW = 0;
        for (int i = 0; i < yPx.size(); i++) {
            double y = yPx.get(i);
            sk.line(left - TICK, y, left, y, Style.AXIS, Style.stroke(Style.HAIRLINE));
            sk.text(yLabels.get(i), Style.SMALL, Style.INK, left - TICK - 3,
                    y + (Style.ascent(Style.SMALL) - Style.descent(Style.SMALL)) / 2, Align.RIGHT);
            maxW = Math.max(maxW, Style.width(yLabels.get(i), Style.SMALL));
        }
        if (xTitle != null) {
            sk.text(xTitle, Style.FONT, Style.INK, plot.getCenterX(),
                    xBase + Style.descent(Style.SMALL) + TITLE_GAP + Style.ascent(Style.FONT), Align.CENTER);
        }
        if (yTitle != null) {
            double h = Style.ascent(Style.FONT) + Style.descent(Style.FONT);
            sk.verticalText(yTitle, Style.FONT, Style.INK, left - TICK - 3 - maxW - TITLE_GAP - h / 2, plot.getCenterY());
        }
    }

    static List<Double> px(List<Double> values, Scale s) {
        return values.stream().map(s::px).toList();
    }

    static List<String> labels(List<Double> values, DoubleFunction<String> f) {
        return values.stream().map(f::apply).toList();
    }

    static Shape clip(Shape shape, Rectangle2D to) {
        Area a = new Area(shape);
        a.intersect(new Area(to));
        return a;
    }

    /** A legend entry: a swatch drawn by {@code swatch} in a 16 x 10 box at (x, y top), then the text. */
    interface Swatch {
        void draw(Sketch sk, double x, double y);
    }

    /** Draws legend entries in one column from (x, top); returns the bottom. */
    static double legend(Sketch sk, double x, double top, List<String> texts, List<Swatch> swatches) {
        double y = top;
        for (int i = 0; i < texts.size(); i++) {
            swatches.get(i).draw(sk, x, y + 2);
            sk.text(texts.get(i), Style.SMALL, Style.INK, x + 22, y + Style.ascent(Style.SMALL), Align.LEFT);
            y += 18;
        }
        return y;
    }

    static double legendWidth(List<String> texts) {
        return 22 + texts.stream().mapToDouble(s -> Style.width(s, Style.SMALL)).max().orElse(0);
    }
}
