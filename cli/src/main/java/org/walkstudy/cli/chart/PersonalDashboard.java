package org.walkstudy.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The person's chart: panels over one shared time axis (walking per day, walking per week or month with the
 * WHO line, data coverage, the outcome), with the baseline and period shaded in each, then a row of small
 * panels: the person's own before/after change (on its own axis, labelled as not comparable with a trial's
 * effect) and the outcome against same-day and next-day walking.
 */
public final class PersonalDashboard {
    private static final double PANEL_W_MIN = 560;
    private static final double SMALL_W = 300;
    private static final double SMALL_H = 200;
    private static final Color BAR = new Color(0x9e, 0xb9, 0xd4);
    private static final Color COVER = new Color(0xb8, 0xb8, 0xb8);
    private static final Color OUTCOME = new Color(0x8e, 0x44, 0xad);
    private static final Color WHO = new Color(0x27, 0x8e, 0x4f);
    private static final Color[] PERIOD_FILL = {new Color(0xf3, 0xf0, 0xe6), new Color(0xe8, 0xf1, 0xe6)};

    private PersonalDashboard() {
    }

    /** How wide a bar is: one day, seven days from its key, or its key's calendar month. */
    public enum Width { DAY, WEEK, MONTH }

    /** Bars from their key date, {@code width} wide. */
    public record Bars(String label, NavigableMap<LocalDate, Double> values, Width width, boolean grey) {
        public Bars {
            Objects.requireNonNull(label, "label");
            values = new TreeMap<>(values);
        }
    }

    /**
     * A line through values at day centres (broken over gaps longer than {@code maxGapDays}), or a step line
     * that holds each value until the next key ({@code stepped}: a ramped target), or dots alone.
     */
    public record Line(String label, NavigableMap<LocalDate, Double> values, Kind kind, Color color, int maxGapDays) {
        public enum Kind { LINE, STEP, DOTS }

        public Line {
            Objects.requireNonNull(label, "label");
            values = new TreeMap<>(values);
        }
    }

    /** A horizontal reference line across the whole panel, e.g. WHO's 150 minutes a week. */
    public record Level(String label, double value, Color color) {
    }

    /**
     * One time panel; {@code yMax} is the largest value the y axis must cover (7 days a week), NaN to fit the
     * data; {@code zeroBased} false lets the axis start near the data (a level such as weight, not a count).
     */
    public record Panel(String yTitle, double height, double yMax, boolean zeroBased, List<Bars> bars, List<Line> lines,
            List<Level> levels) {
        public Panel {
            bars = List.copyOf(bars);
            lines = List.copyOf(lines);
            levels = List.copyOf(levels);
        }
    }

    /** The own change: baseline and period means, the difference with its CI, in the outcome's unit. */
    public record Change(String title, String unit, double baselineMean, double periodMean, double difference,
            double lower, double upper, String note) {
    }

    /** The outcome (y) against walking (x), one dot a day, with a caveat under it; {@code zeroBasedY} as in {@link Panel}. */
    public record Scatter(String title, String xTitle, String yTitle, List<double[]> points, boolean zeroBasedY, String note) {
        public Scatter {
            points = List.copyOf(points);
        }
    }

    /** Everything the chart shows; the small panels are optional. */
    public record Input(String title, List<Panel> panels, List<ShadedPeriod> periods, Optional<Change> change,
            List<Scatter> scatters, List<String> notes) {
        public Input {
            panels = List.copyOf(panels);
            periods = List.copyOf(periods);
            scatters = List.copyOf(scatters);
            notes = List.copyOf(notes);
            if (panels.isEmpty()) {
                throw new IllegalArgumentException("the personal chart needs at least one time panel");
            }
        }
    }

    public static ChartImage render(Input in) {
        LocalDate first = null;
        LocalDate last = null;
        for (Panel p : in.panels()) {
            for (Bars b : p.bars()) {
                if (!b.values().isEmpty()) {
                    first = min(first, b.values().firstKey());
                    last = max(last, end(b.values().lastKey(), b.width()));
                }
            }
            for (Line l : p.lines()) {
                if (!l.values().isEmpty()) {
                    first = min(first, l.values().firstKey());
                    last = max(last, l.values().lastKey());
                }
            }
        }
        for (ShadedPeriod p : in.periods()) {
            first = min(first, p.from());
            last = max(last, p.to());
        }
        if (first == null) {
            throw new IllegalArgumentException("the personal chart has no data to draw");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        double panelW = Math.max(PANEL_W_MIN, Math.min(1400, days * 6.0));
        double left = Style.MARGIN + 80;
        Sketch sk = new Sketch();
        double top = Axes.title(sk, in.title(), Style.MARGIN, 10);
        top = periodLegend(sk, in.periods(), left, top);
        Scale x = Scale.exact(0, days, 2);
        x.place(left, left + panelW);
        List<Double> tickPx = new ArrayList<>();
        List<String> tickLabels = new ArrayList<>();
        DateAxis.ticks(first, last, panelW, first, x, tickPx, tickLabels);
        for (Panel p : in.panels()) {
            top = panel(sk, p, in.periods(), first, x, tickPx, tickLabels, left, top, panelW) + 14;
        }
        double width = left + panelW + Style.MARGIN;
        double rowLeft = left;
        double rowBottom = top;
        if (in.change().isPresent()) {
            rowBottom = Math.max(rowBottom, change(sk, in.change().get(), rowLeft, top));
            rowLeft += SMALL_W + 90;
        }
        for (Scatter s : in.scatters()) {
            rowBottom = Math.max(rowBottom, scatter(sk, s, rowLeft, top));
            rowLeft += SMALL_W + 90;
        }
        width = Math.max(width, rowLeft - 70 + Style.MARGIN);
        double y = rowBottom + 6;
        for (String note : in.notes()) {
            sk.text(note, Style.ITALIC_SMALL, Style.MUTED, Style.MARGIN, y + Style.ascent(Style.SMALL), Sketch.Align.LEFT);
            width = Math.max(width, Style.MARGIN * 2 + Style.width(note, Style.ITALIC_SMALL));
            y += 16;
        }
        return sk.toImage((int) Math.ceil(width), (int) Math.ceil(y + Style.MARGIN));
    }

    private static double periodLegend(Sketch sk, List<ShadedPeriod> periods, double left, double top) {
        double lx = left;
        for (int i = 0; i < periods.size(); i++) {
            Color c = PERIOD_FILL[i % PERIOD_FILL.length];
            String text = periods.get(i).label() + " " + periods.get(i).from() + " to " + periods.get(i).to();
            Axes.legend(sk, lx, top, List.of(text), List.of((s, sx, sy) -> s.fillAndDraw(
                    new Rectangle2D.Double(sx, sy, 16, 10), c, Style.GRID, Style.stroke(0.5f))));
            lx += Axes.legendWidth(List.of(text)) + 18;
        }
        return periods.isEmpty() ? top : top + 22;
    }

    /** Draws one time panel with its legend row above; returns the bottom of its axis labels. */
    private static double panel(Sketch sk, Panel p, List<ShadedPeriod> periods, LocalDate origin, Scale x,
            List<Double> tickPx, List<String> tickLabels, double left, double top, double panelW) {
        double max = 0;
        for (Bars b : p.bars()) {
            max = Math.max(max, b.values().values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
        for (Line l : p.lines()) {
            max = Math.max(max, l.values().values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
        for (Level l : p.levels()) {
            max = Math.max(max, l.value());
        }
        double min = p.zeroBased() ? 0 : p.lines().stream().flatMap(l -> l.values().values().stream())
                .mapToDouble(Double::doubleValue).min().orElse(0);
        Scale y = p.zeroBased() ? Scale.covering(0, Double.isNaN(p.yMax()) ? (max > 0 ? max * 1.08 : 1) : p.yMax(), false, 5)
                : Scale.covering(min - (max - min) * 0.08 - 1e-9, max + (max - min) * 0.08 + 1e-9, false, 5);
        // legend row
        double lx = left;
        for (Bars b : p.bars()) {
            lx = legendEntry(sk, lx, top, b.label(), (s, sx, sy) -> s.fill(new Rectangle2D.Double(sx + 4, sy, 8, 10),
                    b.grey() ? COVER : BAR));
        }
        for (Line l : p.lines()) {
            lx = legendEntry(sk, lx, top, l.label(), (s, sx, sy) -> {
                if (l.kind() == Line.Kind.DOTS) {
                    s.fill(new Ellipse2D.Double(sx + 5, sy + 2, 6, 6), l.color());
                } else {
                    s.line(sx, sy + 5, sx + 16, sy + 5, l.color(), l.kind() == Line.Kind.STEP ? Style.dashed(1.6f) : Style.stroke(2f));
                }
            });
        }
        for (Level l : p.levels()) {
            lx = legendEntry(sk, lx, top, l.label(), (s, sx, sy) -> s.line(sx, sy + 5, sx + 16, sy + 5, l.color(), Style.dashed(1.4f)));
        }
        top += 20;
        Rectangle2D plot = new Rectangle2D.Double(left, top, panelW, p.height());
        y.place(plot.getMaxY(), plot.getMinY());
        for (int i = 0; i < periods.size(); i++) {
            ShadedPeriod per = periods.get(i);
            double a = x.px(ChronoUnit.DAYS.between(origin, per.from()));
            double b = x.px(ChronoUnit.DAYS.between(origin, per.to()) + 1);
            sk.fill(new Rectangle2D.Double(a, plot.getMinY(), b - a, plot.getHeight()), PERIOD_FILL[i % PERIOD_FILL.length]);
        }
        Axes.grid(sk, plot, List.of(), Axes.px(y.ticks, y));
        double dayW = x.px(1) - x.px(0);
        for (Bars b : p.bars()) {
            for (Map.Entry<LocalDate, Double> e : b.values().entrySet()) {
                double a = x.px(ChronoUnit.DAYS.between(origin, e.getKey()));
                double z = x.px(ChronoUnit.DAYS.between(origin, end(e.getKey(), b.width())) + 1);
                double gap = b.width() == Width.DAY ? (z - a) * 0.15 : Math.min(2, (z - a) * 0.1);
                double w = Math.max(0.8, z - a - 2 * gap);
                double t = y.px(Math.max(0, e.getValue()));
                sk.fill(new Rectangle2D.Double(a + gap, t, w, plot.getMaxY() - t), b.grey() ? COVER : BAR);
            }
        }
        for (Level l : p.levels()) {
            sk.line(plot.getMinX(), y.px(l.value()), plot.getMaxX(), y.px(l.value()), l.color(), Style.dashed(1.4f));
        }
        for (Line l : p.lines()) {
            line(sk, l, origin, x, y, dayW, plot);
        }
        Axes.frame(sk, plot, tickPx, tickLabels, Axes.px(y.ticks, y), Axes.labels(y.ticks, Style::thousands), null,
                p.yTitle());
        return plot.getMaxY() + Axes.bottomSpace(null) - Style.MARGIN;
    }

    private static double legendEntry(Sketch sk, double lx, double top, String text, Axes.Swatch swatch) {
        Axes.legend(sk, lx, top, List.of(text), List.of(swatch));
        return lx + Axes.legendWidth(List.of(text)) + 18;
    }

    private static void line(Sketch sk, Line l, LocalDate origin, Scale x, Scale y, double dayW, Rectangle2D plot) {
        if (l.kind() == Line.Kind.DOTS) {
            double r = Math.max(1.5, Math.min(3, dayW / 2));
            for (Map.Entry<LocalDate, Double> e : l.values().entrySet()) {
                double px = x.px(ChronoUnit.DAYS.between(origin, e.getKey()) + 0.5);
                sk.fill(new Ellipse2D.Double(px - r, y.px(e.getValue()) - r, 2 * r, 2 * r), l.color());
            }
            return;
        }
        Path2D.Double path = new Path2D.Double();
        LocalDate prev = null;
        for (Map.Entry<LocalDate, Double> e : l.values().entrySet()) {
            double py = y.px(e.getValue());
            if (l.kind() == Line.Kind.STEP) {
                double a = x.px(ChronoUnit.DAYS.between(origin, e.getKey()));
                LocalDate next = l.values().higherKey(e.getKey());
                double z = next == null ? Math.min(plot.getMaxX(), a + 7 * dayW) : x.px(ChronoUnit.DAYS.between(origin, next));
                if (prev == null) {
                    path.moveTo(a, py);
                } else {
                    path.lineTo(a, py);
                }
                path.lineTo(z, py);
            } else {
                double px = x.px(ChronoUnit.DAYS.between(origin, e.getKey()) + 0.5);
                if (prev == null || ChronoUnit.DAYS.between(prev, e.getKey()) > l.maxGapDays()) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            prev = e.getKey();
        }
        sk.draw(path, l.color(), l.kind() == Line.Kind.STEP ? Style.dashed(1.6f)
                : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    /** The own change on its own axis: baseline mean, period mean, and the difference with its CI. */
    private static double change(Sketch sk, Change c, double left, double top) {
        sk.text(c.title(), Style.BOLD, Style.INK, left - 70, top + Style.ascent(Style.BOLD), Sketch.Align.LEFT);
        double y0 = top + 22;
        double lo = Math.min(0, Math.min(c.lower(), c.difference()));
        double hi = Math.max(0, Math.max(c.upper(), c.difference()));
        double pad = (hi - lo) * 0.15 + 1e-9;
        Scale s = Scale.covering(lo - pad, hi + pad, false, 5);
        Rectangle2D plot = new Rectangle2D.Double(left, y0, SMALL_W, 60);
        s.place(plot.getMinX(), plot.getMaxX());
        Axes.grid(sk, plot, Axes.px(s.ticks, s), List.of());
        sk.line(s.px(0), plot.getMinY(), s.px(0), plot.getMaxY(), Style.AXIS, Style.stroke(1f));
        double cy = plot.getCenterY();
        sk.line(s.px(c.lower()), cy, s.px(c.upper()), cy, OUTCOME, Style.stroke(2f));
        sk.fill(new Rectangle2D.Double(s.px(c.difference()) - 4, cy - 4, 8, 8), OUTCOME);
        Axes.frame(sk, plot, Axes.px(s.ticks, s), Axes.labels(s.ticks, Style::tick), List.of(), List.of(),
                "Period minus baseline (" + c.unit() + ")", null);
        double y = plot.getMaxY() + Axes.bottomSpace("x") - Style.MARGIN + 4;
        for (String line : List.of("baseline mean " + Style.num(c.baselineMean(), 2) + ", period mean "
                + Style.num(c.periodMean(), 2), "change " + Style.num(c.difference(), 2) + " (95% CI "
                + Style.num(c.lower(), 2) + " to " + Style.num(c.upper(), 2) + ")")) {
            sk.text(line, Style.SMALL, Style.INK, left - 70, y + Style.ascent(Style.SMALL), Sketch.Align.LEFT);
            y += 15;
        }
        for (String line : wrap(c.note(), 58)) {
            sk.text(line, Style.ITALIC_SMALL, Style.ACCENT, left - 70, y + Style.ascent(Style.SMALL), Sketch.Align.LEFT);
            y += 15;
        }
        return y;
    }

    private static double scatter(Sketch sk, Scatter sc, double left, double top) {
        sk.text(sc.title(), Style.BOLD, Style.INK, left - 70, top + Style.ascent(Style.BOLD), Sketch.Align.LEFT);
        double y0 = top + 22;
        double xMax = sc.points().stream().mapToDouble(p -> p[0]).max().orElse(1);
        double yMax = sc.points().stream().mapToDouble(p -> p[1]).max().orElse(1);
        double yMin = sc.points().stream().mapToDouble(p -> p[1]).min().orElse(0);
        Scale xs = Scale.covering(0, Math.max(1, xMax) * 1.05, false, 5);
        Scale ys = sc.zeroBasedY() ? Scale.covering(0, Math.max(1, yMax) * 1.05, false, 5)
                : Scale.covering(yMin - (yMax - yMin) * 0.08 - 1e-9, yMax + (yMax - yMin) * 0.08 + 1e-9, false, 5);
        Rectangle2D plot = new Rectangle2D.Double(left, y0, SMALL_W, SMALL_H - 60);
        xs.place(plot.getMinX(), plot.getMaxX());
        ys.place(plot.getMaxY(), plot.getMinY());
        Axes.grid(sk, plot, Axes.px(xs.ticks, xs), Axes.px(ys.ticks, ys));
        Color dot = new Color(OUTCOME.getRed(), OUTCOME.getGreen(), OUTCOME.getBlue(), 0x80);
        for (double[] p : sc.points()) {
            sk.fill(new Ellipse2D.Double(xs.px(p[0]) - 2.5, ys.px(p[1]) - 2.5, 5, 5), dot);
        }
        Axes.frame(sk, plot, Axes.px(xs.ticks, xs), Axes.labels(xs.ticks, Style::thousands), Axes.px(ys.ticks, ys),
                Axes.labels(ys.ticks, Style::tick), sc.xTitle(), sc.yTitle());
        double y = plot.getMaxY() + Axes.bottomSpace(sc.xTitle()) - Style.MARGIN + 4;
        for (String line : wrap(sc.note(), 58)) {
            sk.text(line, Style.ITALIC_SMALL, Style.MUTED, left - 70, y + Style.ascent(Style.SMALL), Sketch.Align.LEFT);
            y += 15;
        }
        return y;
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    static LocalDate end(LocalDate key, Width w) {
        return switch (w) {
            case DAY -> key;
            case WEEK -> key.plusDays(6);
            case MONTH -> key.withDayOfMonth(key.lengthOfMonth());
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    static Color whoColor() {
        return WHO;
    }

    static Color outcomeColor() {
        return OUTCOME;
    }
}
