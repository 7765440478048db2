package org.walkstudy.cli.chart;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;


/**
 * The personal trend chart: a daily series (bars), its rolling mean (a line), a target line and shaded
 * periods (baseline, study period), with a legend row naming each.
 */
public final class TrendChart {
    static final double PANEL_H = 320;
    private static final Color BAR = new Color(0x9e, 0xb9, 0xd4);
    private static final Color[] PERIOD_FILL = {new Color(0xf3, 0xf0, 0xe6), new Color(0xe8, 0xf1, 0xe6),
            new Color(0xee, 0xea, 0xf4)};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private TrendChart() {
    }

    /**
     * A shaded period, both ends inclusive.
     *
     * @param label e.g. "Baseline", "Study period"
     * @param from  first day
     * @param to    last day
     */
    public record Period(String label, LocalDate from, LocalDate to) {
        public Period {
            Objects.requireNonNull(label, "label");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("period " + label + " ends before it starts");
            }
        }
    }

    /**
     * Everything a trend chart shows.
     *
     * @param title       title, or null
     * @param valueName   y axis title, e.g. "Steps per day"
     * @param daily       the daily values (days without data are simply absent)
     * @param window      days of the trailing rolling mean (7); 0 for none
     * @param target      the target value (10,000 steps, 30 minutes), NaN for none
     * @param targetLabel the target's label, e.g. "Target 10,000"
     * @param periods     shaded periods; may be empty
     */
    public record Input(String title, String valueName, NavigableMap<LocalDate, Double> daily, int window,
                        double target, String targetLabel, List<Period> periods) {
        public Input {
            Objects.requireNonNull(valueName, "valueName");
            daily = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(daily));
            periods = List.copyOf(periods);
            if (daily.isEmpty()) {
                throw new IllegalArgumentException("a trend chart needs at least one day");
            }
            if (window < 0) {
                throw new IllegalArgumentException("rolling window must be >= 0: " + window);
            }
        }
    }

    /**
     * The trailing rolling mean: for each day with data, the mean of the values in the {@code window} days
     * ending that day, given at least half of them have data.
     */
    public static NavigableMap<LocalDate, Double> rollingMean(NavigableMap<LocalDate, Double> daily, int window) {
        NavigableMap<LocalDate, Double> out = new TreeMap<>();
        if (window <= 0) {
            return out;
        }
        for (LocalDate d : daily.keySet()) {
            Map<LocalDate, Double> in = daily.subMap(d.minusDays(window - 1L), true, d, true);
            if (in.size() * 2 >= window) {
                out.put(d, in.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            }
        }
        return out;
    }

    /** Draws the trend chart. */
    public static ChartImage render(Input in) {
        LocalDate first = in.daily().firstKey();
        LocalDate last = in.daily().lastKey();
        for (Period p : in.periods()) {
            first = p.from().isBefore(first) ? p.from() : first;
            last = p.to().isAfter(last) ? p.to() : last;
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        double panelW = Math.max(560, Math.min(1400, days * 6.0));
        double max = in.daily().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (!Double.isNaN(in.target())) {
            max = Math.max(max, in.target());
        }
        Scale y = Scale.covering(0, max * 1.08, false, 6);
        // x in days since first; each day occupies [d, d + 1)
        Scale x = Scale.exact(0, days, 2);
        List<String> yLabels = Axes.labels(y.ticks, TrendChart::thousands);
        double left = Axes.leftSpace(yLabels, in.valueName());
        Sketch sk = new Sketch();
        double top = Axes.title(sk, in.title(), Style.MARGIN, 10);
        // legend row above the panel
        List<String> texts = new ArrayList<>(List.of("Daily"));
        List<Axes.Swatch> swatches = new ArrayList<>();
        swatches.add((s, sx, sy) -> s.fill(new Rectangle2D.Double(sx + 4, sy, 8, 10), BAR));
        if (in.window() > 0) {
            texts.add(in.window() + "-day mean");
            swatches.add((s, sx, sy) -> s.line(sx, sy + 5, sx + 16, sy + 5, Style.STUDY, Style.stroke(2f)));
        }
        if (!Double.isNaN(in.target())) {
            texts.add(in.targetLabel() == null ? "Target" : in.targetLabel());
            swatches.add((s, sx, sy) -> s.line(sx, sy + 5, sx + 16, sy + 5, Style.ACCENT, Style.dashed(1.4f)));
        }
        for (int i = 0; i < in.periods().size(); i++) {
            Color c = PERIOD_FILL[i % PERIOD_FILL.length];
            texts.add(in.periods().get(i).label());
            swatches.add((s, sx, sy) -> s.fillAndDraw(new Rectangle2D.Double(sx, sy, 16, 10), c, Style.GRID, Style.stroke(0.5f)));
        }
        double lx = left;
        for (int i = 0; i < texts.size(); i++) {
            Axes.legend(sk, lx, top, List.of(texts.get(i)), List.of(swatches.get(i)));
            lx += Axes.legendWidth(List.of(texts.get(i))) + 18;
        }
        top += 22;
        Rectangle2D plot = new Rectangle2D.Double(left, top, panelW, PANEL_H);
        x.place(plot.getMinX(), plot.getMaxX());
        y.place(plot.getMaxY(), plot.getMinY());
        LocalDate origin = first;

        // periods
        for (int i = 0; i < in.periods().size(); i++) {
            Period p = in.periods().get(i);
            double a = x.px(ChronoUnit.DAYS.between(origin, p.from()));
            double b = x.px(ChronoUnit.DAYS.between(origin, p.to()) + 1);
            sk.fill(new Rectangle2D.Double(a, plot.getMinY(), b - a, plot.getHeight()), PERIOD_FILL[i % PERIOD_FILL.length]);
        }
        Axes.grid(sk, plot, List.of(), Axes.px(y.ticks, y));
        // bars
        double dayW = x.px(1) - x.px(0);
        double barW = Math.max(0.8, dayW * 0.7);
        for (Map.Entry<LocalDate, Double> e : in.daily().entrySet()) {
            double cx = x.px(ChronoUnit.DAYS.between(origin, e.getKey()) + 0.5);
            double top2 = y.px(Math.max(0, e.getValue()));
            sk.fill(new Rectangle2D.Double(cx - barW / 2, top2, barW, plot.getMaxY() - top2), BAR);
        }
        // target
        if (!Double.isNaN(in.target())) {
            sk.line(plot.getMinX(), y.px(in.target()), plot.getMaxX(), y.px(in.target()), Style.ACCENT, Style.dashed(1.4f));
        }
        // rolling mean, broken where days are missing
        NavigableMap<LocalDate, Double> mean = rollingMean(in.daily(), in.window());
        Path2D.Double line = new Path2D.Double();
        LocalDate prev = null;
        for (Map.Entry<LocalDate, Double> e : mean.entrySet()) {
            double px = x.px(ChronoUnit.DAYS.between(origin, e.getKey()) + 0.5);
            double py = y.px(e.getValue());
            if (prev == null || ChronoUnit.DAYS.between(prev, e.getKey()) > 1) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
            prev = e.getKey();
        }
        sk.draw(line, Style.STUDY, new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));

        // date ticks
        List<Double> tickPx = new ArrayList<>();
        List<String> tickLabels = new ArrayList<>();
        dateTicks(first, last, panelW, origin, x, tickPx, tickLabels);
        Axes.frame(sk, plot, tickPx, tickLabels, Axes.px(y.ticks, y), yLabels, null, in.valueName());
        double width = Math.max(plot.getMaxX(), lx) + Style.MARGIN;
        double height = plot.getMaxY() + Axes.bottomSpace(null);
        return sk.toImage((int) Math.ceil(width), (int) Math.ceil(height));
    }

    static void dateTicks(LocalDate first, LocalDate last, double panelW, LocalDate origin, Scale x,
                                  List<Double> px, List<String> labels) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        double pxPerDay = panelW / days;
        if (days > 120 || pxPerDay * 28 < 70) {
            // months, every n-th so labels do not collide
            int every = (int) Math.ceil(70 / (pxPerDay * 30.4));
            LocalDate m = first.withDayOfMonth(1);
            if (m.isBefore(first)) {
                m = m.plusMonths(1);
            }
            for (int i = 0; !m.isAfter(last); m = m.plusMonths(1), i++) {
                if (i % every == 0) {
                    px.add(x.px(ChronoUnit.DAYS.between(origin, m)));
                    labels.add(px.size() == 1 || m.getMonthValue() == 1 ? MONTH.format(m) : MONTH_ONLY.format(m));
                }
            }
        } else {
            int step = pxPerDay * 7 >= 50 ? 7 : 14;
            if (pxPerDay >= 50) {
                step = 1;
            } else if (pxPerDay * 2 >= 50 && step == 7 && days <= 21) {
                step = 2;
            }
            LocalDate d = first;
            if (step >= 7) {
                while (d.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
                    d = d.plusDays(1);
                }
            }
            for (; !d.isAfter(last); d = d.plusDays(step)) {
                px.add(x.px(ChronoUnit.DAYS.between(origin, d) + 0.5));
                labels.add(DAY.format(d));
            }
        }
    }

    static String thousands(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ENGLISH, "%,d", (long) Math.rint(v));
        }
        return Style.tick(v);
    }
}
