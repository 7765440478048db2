package org.walkstudy.cli.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.walkstudy.cli.chart.Sketch.Align;

/**
 * The forest plot: one row per study (label, arm data columns, estimate with CI whisker and a square sized
 * by weight, weight in percent), pooled diamonds with prediction intervals, a null-effect line, favours
 * labels, heterogeneity, model and notes. Ratio measures (estimates on the log scale) are drawn on a log
 * axis with back-transformed labels. Height follows the number of rows and width the longest texts, so
 * nothing overlaps or is cut off.
 */
public final class ForestPlot {
    static final double ROW = 20;
    static final double GAP = 18;
    static final double DEFAULT_PLOT_WIDTH = 360;
    private static final double HEADER_LINE = 17;

    private ForestPlot() {
    }

    /**
     * One study.
     *
     * @param label         study label
     * @param armColumns    texts for the arm data columns (one per {@link Input#armHeaders()}), e.g. n, mean, SD
     * @param estimate      effect (log scale for ratio measures); NaN with NaN bounds for a study that is not
     *                      estimable (e.g. no events in either arm): shown as such, without a marker
     * @param ciLower       lower CI bound (same scale)
     * @param ciUpper       upper CI bound (same scale)
     * @param weightPercent weight in percent; NaN for no weight (uniform marker, no weight text)
     */
    public record Row(String label, List<String> armColumns, double estimate, double ciLower, double ciUpper,
                      double weightPercent) {
        public Row {
            Objects.requireNonNull(label, "label");
            armColumns = List.copyOf(armColumns);
        }

        /** A row without arm data. */
        public static Row of(String label, double estimate, double ciLower, double ciUpper, double weightPercent) {
            return new Row(label, List.of(), estimate, ciLower, ciUpper, weightPercent);
        }
    }

    /**
     * A pooled estimate, drawn as a diamond; the first pooled estimate of a list is filled, later ones
     * (e.g. the common-effect model beside the random-effects one) hollow.
     *
     * @param label    e.g. "Random-effects model (REML)"
     * @param estimate pooled effect (log scale for ratio measures)
     * @param ciLower  lower CI bound
     * @param ciUpper  upper CI bound
     * @param piLower  lower prediction-interval bound, NaN for none
     * @param piUpper  upper prediction-interval bound, NaN for none
     */
    public record Pooled(String label, double estimate, double ciLower, double ciUpper, double piLower,
                         double piUpper) {
        public Pooled {
            Objects.requireNonNull(label, "label");
        }

        /** A pooled estimate without prediction interval. */
        public static Pooled of(String label, double estimate, double ciLower, double ciUpper) {
            return new Pooled(label, estimate, ciLower, ciUpper, Double.NaN, Double.NaN);
        }

        boolean hasPredictionInterval() {
            return !Double.isNaN(piLower) && !Double.isNaN(piUpper);
        }
    }

    /**
     * Heterogeneity statistics; NaN leaves a value out (e.g. tau^2 of a common-effect model).
     *
     * @param tau2  tau^2
     * @param i2    I^2 in percent
     * @param q     Cochran's Q
     * @param qDf   its degrees of freedom
     * @param qPval its p value
     */
    public record Heterogeneity(double tau2, double i2, double q, double qDf, double qPval) {
        /** "Heterogeneity: τ² = 0.3132; I² = 92.2%; Q = 152.23, df = 12, p < 0.001". */
        public String text() {
            List<String> parts = new ArrayList<>();
            if (!Double.isNaN(tau2)) {
                parts.add("\u03c4\u00b2 = " + Style.num(tau2, 4));
            }
            if (!Double.isNaN(i2)) {
                parts.add("I\u00b2 = " + Style.num(i2, 1) + "%");
            }
            if (!Double.isNaN(q)) {
                String qs = "Q = " + Style.num(q, 2);
                if (!Double.isNaN(qDf)) {
                    qs += ", df = " + Style.tick(qDf);
                }
                if (!Double.isNaN(qPval)) {
                    qs += ", " + Style.p(qPval);
                }
                parts.add(qs);
            }
            return "Heterogeneity: " + String.join("; ", parts);
        }
    }

    /**
     * A subgroup: a heading, its studies and its own pooled estimates.
     *
     * @param heading       subgroup heading; null or blank for none (a plain list of studies)
     * @param rows          the studies
     * @param pooled        the subgroup's pooled estimates (may be empty)
     * @param heterogeneity the subgroup's heterogeneity, or null
     */
    public record Subgroup(String heading, List<Row> rows, List<Pooled> pooled, Heterogeneity heterogeneity) {
        public Subgroup {
            rows = List.copyOf(rows);
            pooled = List.copyOf(pooled);
        }
    }

    /**
     * Which side favours walking: if lower values are better, effects left of the null favour walking.
     *
     * @param lowerIsBetter whether lower values of the outcome are better
     * @param walkingLabel  e.g. "Favours walking"
     * @param controlLabel  e.g. "Favours control"
     */
    public record Direction(boolean lowerIsBetter, String walkingLabel, String controlLabel) {
        public static Direction of(boolean lowerIsBetter) {
            return new Direction(lowerIsBetter, "Favours walking", "Favours control");
        }

        public String leftLabel() {
            return lowerIsBetter ? walkingLabel : controlLabel;
        }

        public String rightLabel() {
            return lowerIsBetter ? controlLabel : walkingLabel;
        }
    }

    /**
     * A range of the effect axis (log scale for ratio measures).
     *
     * @param lower lower end
     * @param upper upper end, above lower
     */
    public record Range(double lower, double upper) {
        public Range {
            if (!(upper > lower)) {
                throw new IllegalArgumentException("axis range must have upper > lower: " + lower + ", " + upper);
            }
        }
    }

    /**
     * Everything a forest plot shows.
     *
     * @param title         title above the plot, or null
     * @param measure       the effect measure's short name for the estimate column, e.g. "RR", "SMD"
     * @param measureName   the axis title, e.g. "Risk ratio"
     * @param ratio         whether the measure is a ratio (estimates on the log scale, log axis)
     * @param level         confidence level in percent (95)
     * @param studyHeader   header of the label column ("Study")
     * @param armHeaders    headers of the arm data columns ("\n" splits a header over two lines); may be empty
     * @param subgroups     the studies, in one or more subgroups
     * @param overall       the overall pooled estimates (random-effects first, then e.g. common-effect)
     * @param heterogeneity overall heterogeneity, or null
     * @param model         the model and method, e.g. "Random-effects model, REML, z test", or null
     * @param direction     which side favours walking, or null for no favours labels
     * @param notes         further footnotes (test for overall effect, subgroup differences, ...)
     * @param digits        decimals of estimates and CIs
     * @param axis          the plot's x range (log scale for ratios), or null for automatic: all point
     *                      estimates, pooled CIs and the null, plus room for the CIs up to 3/4 of the
     *                      width of that range on either side; whiskers beyond the range end in arrows
     */
    public record Input(String title, String measure, String measureName, boolean ratio, int level,
                        String studyHeader, List<String> armHeaders, List<Subgroup> subgroups, List<Pooled> overall,
                        Heterogeneity heterogeneity, String model, Direction direction, List<String> notes,
                        int digits, Range axis) {
        public Input {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(measureName, "measureName");
            Objects.requireNonNull(studyHeader, "studyHeader");
            armHeaders = List.copyOf(armHeaders);
            subgroups = List.copyOf(subgroups);
            overall = List.copyOf(overall);
            notes = List.copyOf(notes);
            if (subgroups.isEmpty()) {
                throw new IllegalArgumentException("a forest plot needs at least one row");
            }
            if (digits < 0 || digits > 6) {
                throw new IllegalArgumentException("digits must be 0 to 6: " + digits);
            }
        }

        /** One group of studies with the overall pooled estimates, no arm columns, defaults elsewhere. */
        public static Input of(String measure, String measureName, boolean ratio, List<Row> rows, List<Pooled> overall) {
            return builder(measure, measureName, ratio, rows, overall).build();
        }

        /** A builder starting from {@link #of}'s defaults. */
        public static Builder builder(String measure, String measureName, boolean ratio, List<Row> rows,
                List<Pooled> overall) {
            return new Builder(measure, measureName, ratio, rows, overall);
        }

        /** A builder holding this input's values, to derive a variant. */
        public Builder toBuilder() {
            Builder b = new Builder(measure, measureName, ratio, List.of(), overall);
            b.title = title;
            b.level = level;
            b.studyHeader = studyHeader;
            b.armHeaders = armHeaders;
            b.subgroups = subgroups;
            b.heterogeneity = heterogeneity;
            b.model = model;
            b.direction = direction;
            b.notes = notes;
            b.digits = digits;
            b.axis = axis;
            return b;
        }

        List<Row> allRows() {
            List<Row> all = new ArrayList<>();
            subgroups.forEach(s -> all.addAll(s.rows()));
            return all;
        }
    }

    /** Builds an {@link Input}; each setter replaces one value, {@link #build} validates them all. */
    public static final class Builder {
        private final String measure;
        private final String measureName;
        private final boolean ratio;
        private List<Pooled> overall;
        private String title;
        private int level = 95;
        private String studyHeader = "Study";
        private List<String> armHeaders = List.of();
        private List<Subgroup> subgroups;
        private Heterogeneity heterogeneity;
        private String model;
        private Direction direction;
        private List<String> notes = List.of();
        private int digits = 2;
        private Range axis;

        private Builder(String measure, String measureName, boolean ratio, List<Row> rows, List<Pooled> overall) {
            this.measure = measure;
            this.measureName = measureName;
            this.ratio = ratio;
            this.subgroups = List.of(new Subgroup(null, rows, List.of(), null));
            this.overall = overall;
        }

        public Builder title(String t) {
            title = t;
            return this;
        }

        public Builder level(int l) {
            level = l;
            return this;
        }

        public Builder studyHeader(String h) {
            studyHeader = h;
            return this;
        }

        public Builder armHeaders(List<String> headers) {
            armHeaders = headers;
            return this;
        }

        /** Replaces the single group of rows given to the builder. */
        public Builder subgroups(List<Subgroup> groups) {
            subgroups = groups;
            return this;
        }

        public Builder overall(List<Pooled> o) {
            overall = o;
            return this;
        }

        public Builder heterogeneity(Heterogeneity h) {
            heterogeneity = h;
            return this;
        }

        public Builder model(String m) {
            model = m;
            return this;
        }

        public Builder direction(Direction d) {
            direction = d;
            return this;
        }

        public Builder notes(List<String> n) {
            notes = n;
            return this;
        }

        public Builder digits(int d) {
            digits = d;
            return this;
        }

        public Builder axis(Range r) {
            axis = r;
            return this;
        }

        public Input build() {
            return new Input(title, measure, measureName, ratio, level, studyHeader, armHeaders, subgroups, overall,
                    heterogeneity, model, direction, notes, digits, axis);
        }
    }

    /**
     * The computed layout, in pixels.
     *
     * @param width             canvas width
     * @param height            canvas height
     * @param labelColumnWidth  width of the label column
     * @param longestLabelWidth the widest study label in the label font
     * @param armColumnWidths   widths of the arm data columns
     * @param plotLeft          left edge of the plot panel
     * @param plotRight         right edge of the plot panel
     * @param rowHeight         height of one row
     * @param lines             number of rows drawn (studies, headings, pooled, prediction intervals, ...)
     * @param axisLower         the effect axis' lower end (log scale for ratios)
     * @param axisUpper         its upper end
     */
    public record Layout(int width, int height, double labelColumnWidth, double longestLabelWidth,
                         List<Double> armColumnWidths, double plotLeft, double plotRight, double rowHeight, int lines,
                         double axisLower, double axisUpper) {
        public Layout {
            armColumnWidths = List.copyOf(armColumnWidths);
        }
    }

    /** The layout {@link #render(Input)} uses. */
    public static Layout layout(Input in) {
        return build(in).layout;
    }

    /** Lays out and draws the forest plot. */
    public static ChartImage render(Input in) {
        Built b = build(in);
        return b.sketch.toImage(b.layout.width(), b.layout.height());
    }

    // ---------------------------------------------------------------------------------------------------

    private sealed interface Line permits Heading, StudyLine, PooledLine, PiLine, TextLine, Blank {
    }

    private record Heading(String text) implements Line {
    }

    private record StudyLine(Row row) implements Line {
    }

    private record PooledLine(Pooled pooled, boolean filled) implements Line {
    }

    private record PiLine(Pooled pooled) implements Line {
    }

    private record TextLine(String text) implements Line {
    }

    private record Blank() implements Line {
    }

    private record Built(Layout layout, Sketch sketch) {
    }

    private static List<Line> lines(Input in) {
        List<Line> lines = new ArrayList<>();
        boolean headed = in.subgroups().stream().anyMatch(s -> s.heading() != null && !s.heading().isBlank());
        for (Subgroup s : in.subgroups()) {
            if (s.heading() != null && !s.heading().isBlank()) {
                lines.add(new Heading(s.heading()));
            }
            s.rows().forEach(r -> lines.add(new StudyLine(r)));
            addPooled(lines, s.pooled());
            if (s.heterogeneity() != null) {
                lines.add(new TextLine(s.heterogeneity().text()));
            }
            if (headed) {
                lines.add(new Blank());
            }
        }
        if (!in.overall().isEmpty() && !headed) {
            lines.add(new Blank());
        }
        addPooled(lines, in.overall());
        return lines;
    }

    private static void addPooled(List<Line> lines, List<Pooled> pooled) {
        for (int i = 0; i < pooled.size(); i++) {
            Pooled p = pooled.get(i);
            lines.add(new PooledLine(p, i == 0));
            if (p.hasPredictionInterval()) {
                lines.add(new PiLine(p));
            }
        }
    }

    private static boolean estimable(double est, double lo, double hi) {
        return Double.isFinite(est) && Double.isFinite(lo) && Double.isFinite(hi);
    }

    private static String ci(Input in, double est, double lo, double hi) {
        if (!estimable(est, lo, hi)) {
            return "Not estimable";
        }
        return value(in, est) + " [" + value(in, lo) + ", " + value(in, hi) + "]";
    }

    private static String value(Input in, double v) {
        return Style.num(in.ratio() ? Math.exp(v) : v, in.digits());
    }

    private static String piText(Input in, Pooled p) {
        return "[" + value(in, p.piLower()) + ", " + value(in, p.piUpper()) + "]";
    }

    private static String weight(double w) {
        return String.format(Locale.ROOT, "%.1f%%", w);
    }

    /** Lays out and draws: rows to lines, then measure the columns, place them and the axis, then draw. */
    private static Built build(Input in) {
        List<Line> lines = lines(in);
        // refuse a plot taller than a canvas can be before laying out (and holding) every row
        ChartImage.requireDrawable(2 * Style.MARGIN + DEFAULT_PLOT_WIDTH, lines.size() * ROW);
        requireArmColumns(in);
        Columns cols = Columns.measure(in, lines);
        Placement at = Placement.of(in, cols, scale(in, lines));
        Drawing d = new Drawing(at.width());
        double headerBottom = d.header(in, cols, at);
        double rowsBottom = d.rows(in, lines, cols, at, headerBottom);
        double y = d.axis(in, at, rowsBottom);
        y = d.footnotes(in, at, y);
        Layout layout = new Layout((int) Math.ceil(d.width), (int) Math.ceil(y + Style.MARGIN), cols.labelW(), cols.longest(),
                cols.armW(), at.plotLeft(), at.plotRight(), ROW, lines.size(), at.x().lo, at.x().hi);
        return new Built(layout, d.sk);
    }

    private static void requireArmColumns(Input in) {
        for (Row r : in.allRows()) {
            if (!r.armColumns().isEmpty() && r.armColumns().size() != in.armHeaders().size()) {
                throw new IllegalArgumentException("forest plot row '" + r.label() + "' has " + r.armColumns().size()
                        + " arm columns but there are " + in.armHeaders().size() + " arm headers");
            }
        }
    }

    /**
     * The measured columns: the label column (and the longest study label in it), the arm columns, the estimate
     * column and its header, the weight column (0 without weights), and how wide a subgroup's text line runs.
     */
    private record Columns(double labelW, double longest, double textLineW, List<Double> armW, int headerLines,
            String estHeader, double estW, boolean weights, double weightW, double maxWeight) {
        static final String PI_LABEL = "Prediction interval";

        static Columns measure(Input in, List<Line> lines) {
            List<Row> rows = in.allRows();
            boolean weights = rows.stream().anyMatch(r -> !Double.isNaN(r.weightPercent()));
            double maxWeight = rows.stream().mapToDouble(Row::weightPercent).filter(w -> !Double.isNaN(w)).max().orElse(1);
            double longest = rows.stream().mapToDouble(r -> Style.width(r.label(), Style.FONT)).max().orElse(0);
            double labelW = Math.max(longest, Style.width(in.studyHeader(), Style.BOLD));
            double textLineW = 0;
            for (Line l : lines) {
                double w = 0;
                if (l instanceof Heading h) {
                    w = Style.width(h.text(), Style.BOLD);
                } else if (l instanceof PooledLine p) {
                    w = Style.width(p.pooled().label(), Style.BOLD);
                } else if (l instanceof PiLine) {
                    w = Style.width(PI_LABEL, Style.ITALIC_SMALL) + 12;
                } else if (l instanceof TextLine t) {
                    // subgroup heterogeneity may run on under the arm columns (its row has none), not into the plot
                    textLineW = Math.max(textLineW, Style.width(t.text(), Style.SMALL) + 12);
                }
                labelW = Math.max(labelW, w);
            }
            int headerLines = 1;
            List<Double> armW = new ArrayList<>();
            for (int c = 0; c < in.armHeaders().size(); c++) {
                String[] parts = in.armHeaders().get(c).split("\n");
                headerLines = Math.max(headerLines, parts.length);
                double w = 0;
                for (String part : parts) {
                    w = Math.max(w, Style.width(part, Style.BOLD));
                }
                for (Row r : rows) {
                    if (!r.armColumns().isEmpty()) {
                        w = Math.max(w, Style.width(r.armColumns().get(c), Style.FONT));
                    }
                }
                armW.add(Math.ceil(w));
            }
            String estHeader = in.measure() + " [" + in.level() + "% CI]";
            double weightW = weights ? Math.ceil(Math.max(Style.width("Weight", Style.BOLD), Style.width("100.0%", Style.FONT))) : 0;
            return new Columns(Math.ceil(labelW), longest, textLineW, armW, headerLines, estHeader,
                    Math.ceil(estimateWidth(in, lines, estHeader)), weights, weightW, maxWeight);
        }

        private static double estimateWidth(Input in, List<Line> lines, String estHeader) {
            double estW = Style.width(estHeader, Style.BOLD);
            for (Line l : lines) {
                double w = 0;
                if (l instanceof StudyLine s) {
                    w = Style.width(ci(in, s.row().estimate(), s.row().ciLower(), s.row().ciUpper()), Style.FONT);
                } else if (l instanceof PooledLine p) {
                    w = Style.width(ci(in, p.pooled().estimate(), p.pooled().ciLower(), p.pooled().ciUpper()), Style.BOLD);
                } else if (l instanceof PiLine p) {
                    w = Style.width(piText(in, p.pooled()), Style.ITALIC_SMALL);
                }
                estW = Math.max(estW, w);
            }
            return estW;
        }
    }

    /**
     * Horizontal positions: the placed effect axis, the right edges of the arm columns, the plot's ends, the
     * estimate and weight columns' right edges, the favours labels, and the width they need.
     */
    private record Placement(Scale x, double labelX, List<Double> armX, double plotLeft, double plotRight,
            double estRight, double weightRight, String leftLabel, String rightLabel, double width) {
        static Placement of(Input in, Columns cols, Scale x) {
            double plotW = DEFAULT_PLOT_WIDTH;
            String left = in.direction() == null ? "" : "\u2190 " + in.direction().leftLabel();
            String right = in.direction() == null ? "" : in.direction().rightLabel() + " \u2192";
            double nullFrac = (0 - x.lo) / (x.hi - x.lo);
            double labelX = Style.MARGIN;
            double cursor = labelX + cols.labelW() + GAP;
            List<Double> armX = new ArrayList<>();
            for (double w : cols.armW()) {
                armX.add(cursor + w); // right edge
                cursor += w + GAP;
            }
            double plotLeft = Math.max(Math.max(cursor, labelX + Math.ceil(cols.textLineW()) + GAP),
                    Style.MARGIN + 6 + Style.width(left, Style.ITALIC_SMALL) - nullFrac * plotW);
            double plotRight = plotLeft + plotW;
            x.place(plotLeft, plotRight);
            double estRight = plotRight + GAP + cols.estW();
            double weightRight = estRight + (cols.weights() ? GAP + cols.weightW() : 0);
            double width = Math.max(weightRight + Style.MARGIN, x.px(0) + 6 + Style.width(right, Style.ITALIC_SMALL) + Style.MARGIN);
            return new Placement(x, labelX, armX, plotLeft, plotRight, estRight, weightRight, left, right, width);
        }
    }

    /** One drawing in progress: the sketch and the width it has grown to (a long title or footnote widens it). */
    private static final class Drawing {
        final Sketch sk = new Sketch();
        double width;
        private double ruleY;

        Drawing(double width) {
            this.width = width;
        }

        /** Title and column headers; returns where the rows start. */
        double header(Input in, Columns cols, Placement at) {
            double y = Style.MARGIN;
            if (in.title() != null && !in.title().isBlank()) {
                sk.text(in.title(), Style.TITLE, Style.INK, at.labelX(), y + Style.ascent(Style.TITLE), Align.LEFT);
                width = Math.max(width, at.labelX() + Style.width(in.title(), Style.TITLE) + Style.MARGIN);
                y += Style.ascent(Style.TITLE) + Style.descent(Style.TITLE) + 10;
            }
            double headerBase = y + Style.ascent(Style.BOLD) + (cols.headerLines() - 1) * HEADER_LINE;
            sk.text(in.studyHeader(), Style.BOLD, Style.INK, at.labelX(), headerBase, Align.LEFT);
            armHeaders(in, cols, at, headerBase);
            sk.text(cols.estHeader(), Style.BOLD, Style.INK, at.estRight(), headerBase, Align.RIGHT);
            if (cols.weights()) {
                sk.text("Weight", Style.BOLD, Style.INK, at.weightRight(), headerBase, Align.RIGHT);
            }
            ruleY = headerBase + Style.descent(Style.BOLD) + 5;
            return ruleY + 4;
        }

        /** Two-line headers sharing their first line ("Walking\nMean", "Walking\nSD") get one spanning group header. */
        private void armHeaders(Input in, Columns cols, Placement at, double headerBase) {
            List<Double> armW = cols.armW();
            List<Double> armX = at.armX();
            for (int c = 0; c < armW.size(); ) {
                String[] parts = in.armHeaders().get(c).split("\n");
                int end = c + 1;
                if (parts.length == 2) {
                    while (end < armW.size() && in.armHeaders().get(end).split("\n").length == 2
                            && in.armHeaders().get(end).split("\n")[0].equals(parts[0])) {
                        end++;
                    }
                }
                if (parts.length == 2 && end - c > 1) {
                    double from = armX.get(c) - armW.get(c);
                    double to = armX.get(end - 1);
                    double gy = headerBase - HEADER_LINE;
                    sk.text(parts[0], Style.BOLD, Style.INK, (from + to) / 2, gy, Align.CENTER);
                    sk.line(from, gy + Style.descent(Style.BOLD) + 1, to, gy + Style.descent(Style.BOLD) + 1, Style.AXIS,
                            Style.stroke(Style.HAIRLINE));
                    for (int k = c; k < end; k++) {
                        sk.text(in.armHeaders().get(k).split("\n")[1], Style.BOLD, Style.INK, armX.get(k), headerBase, Align.RIGHT);
                    }
                } else {
                    for (int i = 0; i < parts.length; i++) {
                        double b = headerBase - (parts.length - 1 - i) * HEADER_LINE;
                        sk.text(parts[i], Style.BOLD, Style.INK, armX.get(c), b, Align.RIGHT);
                    }
                }
                c = end;
            }
        }

        /** The rows' texts, then the reference lines, then the marks over them; returns the rows' bottom. */
        double rows(Input in, List<Line> lines, Columns cols, Placement at, double rowsTop) {
            Scale x = at.x();
            double base = (ROW + Style.ascent(Style.FONT) - Style.descent(Style.FONT)) / 2;
            double dashedBottom = rowsTop;
            List<Runnable> marks = new ArrayList<>();
            double y = rowsTop;
            for (Line l : lines) {
                double top = y;
                double cy = top + ROW / 2;
                if (l instanceof Heading h) {
                    sk.text(h.text(), Style.BOLD, Style.INK, at.labelX(), top + base, Align.LEFT);
                } else if (l instanceof StudyLine s) {
                    study(in, s.row(), cols, at, top + base, cy, marks);
                    dashedBottom = top + ROW;
                } else if (l instanceof PooledLine p) {
                    Pooled q = p.pooled();
                    sk.text(q.label(), Style.BOLD, Style.INK, at.labelX(), top + base, Align.LEFT);
                    sk.text(ci(in, q.estimate(), q.ciLower(), q.ciUpper()), Style.BOLD, Style.INK, at.estRight(), top + base, Align.RIGHT);
                    double h = ROW * 0.72;
                    if (estimable(q.estimate(), q.ciLower(), q.ciUpper())) {
                        marks.add(() -> sk.fillAndDraw(Sketch.polygon(
                                        x.px(q.ciLower()), cy, x.px(q.estimate()), cy - h / 2,
                                        x.px(q.ciUpper()), cy, x.px(q.estimate()), cy + h / 2),
                                p.filled() ? Style.INK : Style.BACKGROUND, Style.INK, Style.stroke(1f)));
                    }
                } else if (l instanceof PiLine p) {
                    Pooled q = p.pooled();
                    sk.text(Columns.PI_LABEL, Style.ITALIC_SMALL, Style.MUTED, at.labelX() + 12, top + base, Align.LEFT);
                    sk.text(piText(in, q), Style.ITALIC_SMALL, Style.MUTED, at.estRight(), top + base, Align.RIGHT);
                    marks.add(() -> whisker(sk, x, q.piLower(), q.piUpper(), cy, Style.INK));
                } else if (l instanceof TextLine t) {
                    sk.text(t.text(), Style.SMALL, Style.MUTED, at.labelX() + 12, top + base, Align.LEFT);
                }
                y += ROW;
            }
            // reference lines under the marks: the null, and the pooled estimate (dashed) down the studies
            double nullX = x.px(0);
            sk.line(nullX, rowsTop, nullX, y + 2, Style.AXIS, Style.stroke(Style.HAIRLINE));
            double dashedX = in.overall().isEmpty() ? Double.NaN : x.px(in.overall().get(0).estimate());
            if (!Double.isNaN(dashedX) && dashedBottom > rowsTop) {
                sk.line(dashedX, rowsTop, dashedX, dashedBottom, Style.MUTED, Style.dashed(Style.HAIRLINE));
            }
            marks.forEach(Runnable::run);
            sk.line(Style.MARGIN, ruleY, width - Style.MARGIN, ruleY, Style.AXIS, Style.stroke(Style.HAIRLINE));
            return y;
        }

        private void study(Input in, Row r, Columns cols, Placement at, double baseline, double cy, List<Runnable> marks) {
            sk.text(r.label(), Style.FONT, Style.INK, at.labelX(), baseline, Align.LEFT);
            for (int c = 0; c < r.armColumns().size(); c++) {
                sk.text(r.armColumns().get(c), Style.FONT, Style.INK, at.armX().get(c), baseline, Align.RIGHT);
            }
            sk.text(ci(in, r.estimate(), r.ciLower(), r.ciUpper()), Style.FONT, Style.INK, at.estRight(), baseline, Align.RIGHT);
            if (cols.weights() && !Double.isNaN(r.weightPercent())) {
                sk.text(weight(r.weightPercent()), Style.FONT, Style.INK, at.weightRight(), baseline, Align.RIGHT);
            }
            // box area proportional to the weight (as metafor's forest())
            double side = Double.isNaN(r.weightPercent()) ? 6
                    : Math.max(3.5, (ROW * 0.8) * Math.sqrt(Math.max(0, r.weightPercent()) / cols.maxWeight()));
            if (estimable(r.estimate(), r.ciLower(), r.ciUpper())) {
                Scale x = at.x();
                marks.add(() -> {
                    whisker(sk, x, r.ciLower(), r.ciUpper(), cy, Style.INK);
                    double px = x.px(r.estimate());
                    sk.fill(new Rectangle2D.Double(px - side / 2, cy - side / 2, side, side), Style.STUDY);
                });
            }
        }

        /** The effect axis with its ticks, title and favours labels; returns the y below them. */
        double axis(Input in, Placement at, double rowsBottom) {
            Scale x = at.x();
            double axisY = rowsBottom + 2;
            sk.line(at.plotLeft(), axisY, at.plotRight(), axisY, Style.AXIS, Style.stroke(Style.HAIRLINE));
            for (double t : x.ticks) {
                double tx = x.px(t);
                sk.line(tx, axisY, tx, axisY + 4, Style.AXIS, Style.stroke(Style.HAIRLINE));
                sk.text(x.label(t), Style.SMALL, Style.INK, tx, axisY + 6 + Style.ascent(Style.SMALL), Align.CENTER);
            }
            double y = axisY + 6 + Style.ascent(Style.SMALL) + Style.descent(Style.SMALL) + 4;
            String axisTitle = in.measureName() + (in.ratio() ? " (log scale)" : "");
            sk.text(axisTitle, Style.FONT, Style.INK, (at.plotLeft() + at.plotRight()) / 2, y + Style.ascent(Style.FONT), Align.CENTER);
            y += Style.ascent(Style.FONT) + Style.descent(Style.FONT) + 4;
            if (in.direction() != null) {
                double fy = y + Style.ascent(Style.ITALIC_SMALL);
                double nullX = x.px(0);
                sk.text(at.leftLabel(), Style.ITALIC_SMALL, Style.MUTED, nullX - 6, fy, Align.RIGHT);
                sk.text(at.rightLabel(), Style.ITALIC_SMALL, Style.MUTED, nullX + 6, fy, Align.LEFT);
                y += Style.ascent(Style.ITALIC_SMALL) + Style.descent(Style.ITALIC_SMALL) + 4;
            }
            return y;
        }

        /** Heterogeneity, model and notes under the axis; returns the y below them. */
        double footnotes(Input in, Placement at, double y) {
            List<String> foot = new ArrayList<>();
            if (in.heterogeneity() != null) {
                foot.add(in.heterogeneity().text());
            }
            if (in.model() != null && !in.model().isBlank()) {
                foot.add(in.model());
            }
            foot.addAll(in.notes());
            if (!foot.isEmpty()) {
                y += 6;
            }
            for (String f : foot) {
                y += Style.ascent(Style.SMALL);
                sk.text(f, Style.SMALL, Style.MUTED, at.labelX(), y, Align.LEFT);
                width = Math.max(width, at.labelX() + Style.width(f, Style.SMALL) + Style.MARGIN);
                y += Style.descent(Style.SMALL) + 3;
            }
            return y;
        }
    }

    /** The effect axis: the given range, or automatic (see {@link Input#axis()}). */
    private static Scale scale(Input in, List<Line> lines) {
        if (in.axis() != null) {
            return Scale.covering(in.axis().lower(), in.axis().upper(), in.ratio(), in.ratio() ? 9 : 7);
        }
        double coreLo = 0;
        double coreHi = 0;
        double fullLo = 0;
        double fullHi = 0;
        for (Line l : lines) {
            double est = Double.NaN;
            double lo = Double.NaN;
            double hi = Double.NaN;
            if (l instanceof StudyLine s) {
                est = s.row().estimate();
                lo = s.row().ciLower();
                hi = s.row().ciUpper();
            } else if (l instanceof PooledLine p) {
                est = p.pooled().estimate();
                lo = p.pooled().ciLower();
                hi = p.pooled().ciUpper();
                coreLo = Math.min(coreLo, lo);
                coreHi = Math.max(coreHi, hi);
            } else if (l instanceof PiLine p) {
                lo = p.pooled().piLower();
                hi = p.pooled().piUpper();
            }
            if (Double.isFinite(est)) {
                coreLo = Math.min(coreLo, est);
                coreHi = Math.max(coreHi, est);
            }
            if (Double.isFinite(lo)) {
                fullLo = Math.min(fullLo, lo);
            }
            if (Double.isFinite(hi)) {
                fullHi = Math.max(fullHi, hi);
            }
        }
        double room = 0.75 * (coreHi - coreLo);
        if (!(room > 0)) {
            return Scale.covering(fullLo, fullHi, in.ratio(), in.ratio() ? 9 : 7);
        }
        double lo = Math.max(fullLo, coreLo - room);
        double hi = Math.min(fullHi, coreHi + room);
        Scale scale = Scale.covering(lo, hi, in.ratio(), in.ratio() ? 9 : 7);
        // a CI just beyond the nice axis end: widen the axis rather than draw an arrow for a sliver
        double slack = 0.1 * (scale.hi - scale.lo);
        double lo2 = fullLo < scale.lo && fullLo >= scale.lo - slack ? fullLo : lo;
        double hi2 = fullHi > scale.hi && fullHi <= scale.hi + slack ? fullHi : hi;
        return lo2 == lo && hi2 == hi ? scale : Scale.covering(lo2, hi2, in.ratio(), in.ratio() ? 9 : 7);
    }

    /** A CI whisker with end caps; an end beyond the axis becomes an arrow at the axis end. */
    private static void whisker(Sketch sk, Scale x, double lo, double hi, double cy, Color color) {
        boolean cutLo = lo < x.lo;
        boolean cutHi = hi > x.hi;
        double a = x.px(cutLo ? x.lo : lo);
        double b = x.px(cutHi ? x.hi : hi);
        sk.line(a, cy, b, cy, color, Style.stroke(1f));
        if (cutLo) {
            sk.fill(Sketch.polygon(a, cy, a + 7, cy - 3.5, a + 7, cy + 3.5), color);
        } else {
            sk.line(a, cy - 2.5, a, cy + 2.5, color, Style.stroke(1f));
        }
        if (cutHi) {
            sk.fill(Sketch.polygon(b, cy, b - 7, cy - 3.5, b - 7, cy + 3.5), color);
        } else {
            sk.line(b, cy - 2.5, b, cy + 2.5, color, Style.stroke(1f));
        }
    }
}
