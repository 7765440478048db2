package org.walkstudy.cli.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.walkstudy.cli.format.SafeText;

/** A display list: charts lay themselves out into drawing operations, then paint them in any format. */
final class Sketch {
    enum Align { LEFT, CENTER, RIGHT }

    private final List<Consumer<Graphics2D>> ops = new ArrayList<>();
    private final List<TextBox> texts = new ArrayList<>();

    /** Draws {@code s} with its baseline at {@code y}, aligned to {@code x}; returns its box. */
    Rectangle2D text(String label, Font font, Color color, double x, double y, Align align) {
        String s = SafeText.line(label); // a control character would make the SVG not well-formed XML
        double w = Style.width(s, font);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        Rectangle2D box = Style.box(s, font, left, y);
        texts.add(new TextBox(s, box));
        if (!s.isEmpty()) {
            ops.add(g -> {
                g.setFont(font);
                g.setColor(color);
                g.drawString(s, (float) left, (float) y);
            });
        }
        return box;
    }

    /** Draws {@code s} rotated by -90 degrees, centred on (x, y), reading upwards. */
    void verticalText(String label, Font font, Color color, double x, double y) {
        String s = SafeText.line(label);
        double w = Style.width(s, font);
        double h = Style.ascent(font) + Style.descent(font);
        texts.add(new TextBox(s, new Rectangle2D.Double(x - h / 2, y - w / 2, h, w)));
        ops.add(g -> {
            // Rotate and restore on the same Graphics2D: VectorGraphics2D writes a child from create() as an SVG
            // group it never closes, so everything drawn later (the legend) was rotated off the canvas.
            AffineTransform saved = g.getTransform();
            g.translate(x, y);
            g.rotate(-Math.PI / 2);
            g.setFont(font);
            g.setColor(color);
            g.drawString(s, (float) (-w / 2), (float) (Style.ascent(font) - h / 2));
            g.setTransform(saved);
        });
    }

    void line(double x1, double y1, double x2, double y2, Color color, Stroke stroke) {
        draw(new Line2D.Double(x1, y1, x2, y2), color, stroke);
    }

    void draw(Shape shape, Color color, Stroke stroke) {
        ops.add(g -> {
            g.setColor(color);
            g.setStroke(stroke);
            g.draw(shape);
        });
    }

    void fill(Shape shape, Color color) {
        ops.add(g -> {
            g.setColor(color);
            g.fill(shape);
        });
    }

    void fillAndDraw(Shape shape, Color fill, Color outline, Stroke stroke) {
        if (fill != null) {
            fill(shape, fill);
        }
        if (outline != null) {
            draw(shape, outline, stroke);
        }
    }

    static Path2D polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    ChartImage toImage(int width, int height) {
        List<Consumer<Graphics2D>> all = List.copyOf(ops);
        return new ChartImage(width, height, texts, g -> {
            g.setColor(Style.BACKGROUND);
            g.fill(new Rectangle2D.Double(0, 0, width, height));
            for (Consumer<Graphics2D> op : all) {
                op.accept(g);
            }
        });
    }
}
