package org.walkstudy.cli.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;


/**
 * The bubble plot of a meta-regression on one moderator: each study's effect against the moderator, its
 * bubble's area proportional to its weight, with the fitted line and its confidence band.
 */
public final class BubblePlot {
    static final double PANEL_W = 560;
    static final double PANEL_H = 380;
    static final double MAX_RADIUS = 18;
    private static final Color BUBBLE = new Color(0x1f, 0x4e, 0x79, 0x59);

    private BubblePlot() {
    }

    /**
     * One study.
     *
     * @param label         study label
     * @param moderator     its moderator value
     * @param estimate      its effect (log scale for ratio measures)
     * @param weightPercent its weight in percent (bubble area)
     */
    public record Point(String label, double moderator, double estimate, double weightPercent) {
        public Point {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A point of the fitted line.
     *
     * @param moderator moderator value
     * @param fitted    predicted effect
     * @param ciLower   lower bound of the CI of the prediction
     * @param ciUpper   upper bound
     */
    public record Fit(double moderator, double fitted, double ciLower, double ciUpper) {
    }

    /**
     * Everything a bubble plot shows.
     *
     * @param title         title, or null
     * @param moderatorName x axis title
     * @param measureName   y axis title
     * @param ratio         whether the measure is a ratio (log y axis with back-transformed labels)
     * @param level         CI level of the band, in percent
     * @param points        the studies
     * @param fit           the fitted line with its band, in moderator order; may be empty
     */
    public record Input(String title, String moderatorName, String measureName, boolean ratio, int level,
                        List<Point> points, List<Fit> fit) {
        public Input {
            Objects.requireNonNull(moderatorName, "moderatorName");
            Objects.requireNonNull(measureName, "measureName");
            points = List.copyOf(points);
            fit = fit.stream().sorted(Comparator.comparingDouble(Fit::moderator)).toList();
            if (points.isEmpty()) {
                throw new IllegalArgumentException("a bubble plot needs at least one study");
            }
        }
    }

    /**
     * The fitted line b0 + b1 x with its CI from the coefficients' covariance matrix {@code vcov}
     * ([[var b0, cov], [cov, var b1]]), at {@code steps + 1} points from {@code from} to {@code to}.
     */
    public static List<Fit> line(double b0, double b1, double[][] vcov, double z, double from, double to, int steps) {
        List<Fit> out = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double x = from + (to - from) * i / steps;
            double fit = b0 + b1 * x;
            double var = vcov[0][0] + 2 * x * vcov[0][1] + x * x * vcov[1][1];
            double se = Math.sqrt(Math.max(0, var));
            out.add(new Fit(x, fit, fit - z * se, fit + z * se));
        }
        return out;
    }

    /** Draws the bubble plot. */
    public static ChartImage render(Input in) {
        double maxW = in.points().stream().mapToDouble(Point::weightPercent).max().orElse(1);
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (Point p : in.points()) {
            xmin = Math.min(xmin, p.moderator());
            xmax = Math.max(xmax, p.moderator());
            ymin = Math.min(ymin, p.estimate());
            ymax = Math.max(ymax, p.estimate());
        }
        for (Fit f : in.fit()) {
            xmin = Math.min(xmin, f.moderator());
            xmax = Math.max(xmax, f.moderator());
            ymin = Math.min(ymin, f.ciLower());
            ymax = Math.max(ymax, f.ciUpper());
        }
        // room for the largest bubbles at the edges
        double xpad = (xmax - xmin) * MAX_RADIUS / PANEL_W;
        double ypad = (ymax - ymin) * MAX_RADIUS / PANEL_H;
        Scale x = Scale.covering(xmin - xpad, xmax + xpad, false, 8);
        Scale y = Scale.covering(ymin - ypad, ymax + ypad, in.ratio(), 7);

        List<String> yLabels = Axes.labels(y.ticks, y::label);
        String yTitle = in.measureName() + (in.ratio() ? " (log scale)" : "");
        double left = Axes.leftSpace(yLabels, yTitle);
        Sketch sk = new Sketch();
        double top = Axes.title(sk, in.title(), Style.MARGIN, 12);
        Rectangle2D plot = new Rectangle2D.Double(left, top, PANEL_W, PANEL_H);
        x.place(plot.getMinX(), plot.getMaxX());
        y.place(plot.getMaxY(), plot.getMinY());
        Axes.grid(sk, plot, Axes.px(x.ticks, x), Axes.px(y.ticks, y));
        if (y.contains(0)) {
            sk.line(plot.getMinX(), y.px(0), plot.getMaxX(), y.px(0), Style.MUTED, Style.dashed(Style.HAIRLINE));
        }
        if (!in.fit().isEmpty()) {
            Path2D.Double band = new Path2D.Double();
            Path2D.Double line = new Path2D.Double();
            List<Fit> fit = in.fit();
            for (int i = 0; i < fit.size(); i++) {
                Fit f = fit.get(i);
                if (i == 0) {
                    band.moveTo(x.px(f.moderator()), y.px(f.ciUpper()));
                    line.moveTo(x.px(f.moderator()), y.px(f.fitted()));
                } else {
                    band.lineTo(x.px(f.moderator()), y.px(f.ciUpper()));
                    line.lineTo(x.px(f.moderator()), y.px(f.fitted()));
                }
            }
            for (int i = fit.size() - 1; i >= 0; i--) {
                band.lineTo(x.px(fit.get(i).moderator()), y.px(fit.get(i).ciLower()));
            }
            band.closePath();
            sk.fill(Axes.clip(band, plot), new Color(0x1f, 0x4e, 0x79, 0x22));
            sk.draw(line, Style.STUDY, Style.stroke(1.8f));
        }
        // largest bubbles first, so small ones stay visible
        List<Point> order = in.points().stream()
                .sorted(Comparator.comparingDouble(Point::weightPercent).reversed()).toList();
        for (Point p : order) {
            double r = Math.max(2.5, MAX_RADIUS * Math.sqrt(Math.max(0, p.weightPercent()) / maxW));
            sk.fillAndDraw(new Ellipse2D.Double(x.px(p.moderator()) - r, y.px(p.estimate()) - r, 2 * r, 2 * r),
                    BUBBLE, Style.STUDY, Style.stroke(0.8f));
        }
        sk.draw(plot, Style.AXIS, Style.stroke(Style.HAIRLINE));
        Axes.frame(sk, plot, Axes.px(x.ticks, x), Axes.labels(x.ticks, Style::tick), Axes.px(y.ticks, y), yLabels,
                in.moderatorName(), yTitle);

        List<String> texts = new ArrayList<>(List.of("Studies (area \u221d weight)"));
        List<Axes.Swatch> swatches = new ArrayList<>();
        swatches.add((s, sx, sy) -> s.fillAndDraw(new Ellipse2D.Double(sx + 3, sy, 10, 10), BUBBLE, Style.STUDY, Style.stroke(0.8f)));
        if (!in.fit().isEmpty()) {
            texts.add("Fitted line, " + in.level() + "% CI");
            swatches.add((s, sx, sy) -> {
                s.fill(new Rectangle2D.Double(sx, sy, 16, 10), new Color(0x1f, 0x4e, 0x79, 0x22));
                s.line(sx, sy + 5, sx + 16, sy + 5, Style.STUDY, Style.stroke(1.8f));
            });
        }
        double legendX = plot.getMaxX() + 18;
        double bottom = Axes.legend(sk, legendX, plot.getMinY(), texts, swatches);
        double width = legendX + Axes.legendWidth(texts) + Style.MARGIN;
        double height = Math.max(plot.getMaxY() + Axes.bottomSpace(in.moderatorName()), bottom + Style.MARGIN);
        return sk.toImage((int) Math.ceil(width), (int) Math.ceil(height));
    }
}
