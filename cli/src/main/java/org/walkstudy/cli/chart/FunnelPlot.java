package org.walkstudy.cli.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.walkstudy.analysis.meta.ConfidenceLevel;


/**
 * The funnel plot: each study's estimate against its standard error (0 at the top), pseudo confidence
 * limits around the pooled estimate, optional contour-enhanced bands of significance (p &lt; .10, .05,
 * .01) around the null, and trim-and-fill's imputed studies as hollow points.
 */
public final class FunnelPlot {
    static final double PANEL_W = 520;
    static final double PANEL_H = 400;
    private static final double[] CONTOUR_Z = {1.6448536269514722, 1.959963984540054, 2.5758293035489004};
    private static final Color[] CONTOUR_FILL = {new Color(0xbd, 0xbd, 0xbd), new Color(0xd6, 0xd6, 0xd6),
            new Color(0xee, 0xee, 0xee)};
    private static final String[] CONTOUR_TEXT = {"0.05 < p \u2264 0.10", "0.01 < p \u2264 0.05", "p \u2264 0.01"};

    private FunnelPlot() {
    }

    /**
     * A study on the funnel.
     *
     * @param label    study label
     * @param estimate its effect (log scale for ratio measures)
     * @param se       its standard error
     */
    public record Study(String label, double estimate, double se) {
        public Study {
            Objects.requireNonNull(label, "label");
            if (!(se >= 0)) {
                throw new IllegalArgumentException("standard error of " + label + " must be >= 0: " + se);
            }
        }
    }

    /**
     * Everything a funnel plot shows.
     *
     * @param title            title, or null
     * @param measureName      x axis title, e.g. "Risk ratio"
     * @param ratio            whether the measure is a ratio (log axis with back-transformed labels)
     * @param studies          the observed studies
     * @param pooled           the pooled estimate the pseudo limits centre on; NaN when the results are not pooled,
     *                         then the funnel centres on no effect (0 on the analysis scale)
     * @param level            level of the pseudo confidence limits, in percent
     * @param contours         whether to shade the contour-enhanced significance bands around the null
     * @param imputed          trim-and-fill's imputed studies (hollow points); may be empty
     * @param adjustedEstimate trim-and-fill's adjusted estimate (a dotted line), NaN for none
     */
    public record Input(String title, String measureName, boolean ratio, List<Study> studies, double pooled,
                        int level, boolean contours, List<Study> imputed, double adjustedEstimate) {
        public Input {
            Objects.requireNonNull(measureName, "measureName");
            studies = List.copyOf(studies);
            imputed = List.copyOf(imputed);
            if (studies.isEmpty()) {
                throw new IllegalArgumentException("a funnel plot needs at least one study");
            }
        }

        /** Observed studies only, 95% limits, no contours. */
        public static Input of(String measureName, boolean ratio, List<Study> studies, double pooled) {
            return builder(measureName, ratio, studies, pooled).build();
        }

        /** A builder starting from {@link #of}'s defaults. */
        public static Builder builder(String measureName, boolean ratio, List<Study> studies, double pooled) {
            return new Builder(measureName, ratio, studies, pooled);
        }
    }

    /** Builds an {@link Input}; each setter replaces one value, {@link #build} validates them all. */
    public static final class Builder {
        private final String measureName;
        private final boolean ratio;
        private final List<Study> studies;
        private final double pooled;
        private String title;
        private int level = 95;
        private boolean contours;
        private List<Study> imputed = List.of();
        private double adjustedEstimate = Double.NaN;

        private Builder(String measureName, boolean ratio, List<Study> studies, double pooled) {
            this.measureName = measureName;
            this.ratio = ratio;
            this.studies = studies;
            this.pooled = pooled;
        }

        public Builder title(String t) {
            title = t;
            return this;
        }

        public Builder level(int l) {
            level = l;
            return this;
        }

        public Builder contours(boolean c) {
            contours = c;
            return this;
        }

        /** Trim-and-fill's imputed studies and adjusted estimate. */
        public Builder trimFill(List<Study> filled, double adjusted) {
            imputed = filled;
            adjustedEstimate = adjusted;
            return this;
        }

        public Input build() {
            return new Input(title, measureName, ratio, studies, pooled, level, contours, imputed, adjustedEstimate);
        }
    }

    private static double centre(Input in) {
        return Double.isNaN(in.pooled()) ? 0 : in.pooled();
    }

    /** Draws the funnel plot. */
    public static ChartImage render(Input in) {
        double z = ConfidenceLevel.zCritical(in.level());
        List<Study> all = new ArrayList<>(in.studies());
        all.addAll(in.imputed());
        double seMax = all.stream().mapToDouble(Study::se).max().orElse(1);
        Scale y = Scale.covering(0, seMax > 0 ? seMax : 1, false, 6);
        double seAxis = y.hi;
        double min = Math.min(centre(in) - z * seAxis, 0);
        double max = Math.max(centre(in) + z * seAxis, 0);
        for (Study s : all) {
            min = Math.min(min, s.estimate());
            max = Math.max(max, s.estimate());
        }
        if (in.contours()) {
            min = Math.min(min, -CONTOUR_Z[2] * seAxis);
            max = Math.max(max, CONTOUR_Z[2] * seAxis);
        }
        double pad = (max - min) * 0.03;
        Scale x = in.ratio() ? Scale.covering(min, max, true, 9) : Scale.exact(min - pad, max + pad, 8);

        List<String> yLabels = Axes.labels(y.ticks, Style::tick);
        String yTitle = "Standard error";
        double left = Axes.leftSpace(yLabels, yTitle);
        Sketch sk = new Sketch();
        double top = Axes.title(sk, in.title(), Style.MARGIN, 12);
        Rectangle2D plot = new Rectangle2D.Double(left, top, PANEL_W, PANEL_H);
        x.place(plot.getMinX(), plot.getMaxX());
        y.place(plot.getMinY(), plot.getMaxY()); // 0 at the top

        // legend entries
        List<String> texts = new ArrayList<>();
        List<Axes.Swatch> swatches = new ArrayList<>();
        if (in.contours()) {
            texts.add("0.10 < p \u2264 1.00");
            swatches.add((s, sx, sy) -> s.fillAndDraw(new Rectangle2D.Double(sx, sy, 16, 10), Style.BACKGROUND, Style.AXIS, Style.stroke(0.5f)));
            for (int i = 0; i < 3; i++) {
                Color c = CONTOUR_FILL[i];
                texts.add(CONTOUR_TEXT[i]);
                swatches.add((s, sx, sy) -> s.fillAndDraw(new Rectangle2D.Double(sx, sy, 16, 10), c, Style.AXIS, Style.stroke(0.5f)));
            }
        }
        texts.add("Studies");
        swatches.add((s, sx, sy) -> s.fillAndDraw(new Ellipse2D.Double(sx + 4.5, sy + 1.5, 7, 7), Style.STUDY, Style.BACKGROUND, Style.stroke(0.6f)));
        if (!in.imputed().isEmpty()) {
            texts.add("Imputed (trim and fill)");
            swatches.add((s, sx, sy) -> s.fillAndDraw(new Ellipse2D.Double(sx + 4.5, sy + 1.5, 7, 7), Style.BACKGROUND, Style.STUDY, Style.stroke(1f)));
        }
        texts.add(Double.isNaN(in.pooled()) ? "No effect (results not pooled)" : "Pooled estimate");
        swatches.add((s, sx, sy) -> s.line(sx, sy + 5, sx + 16, sy + 5, Style.INK, Style.stroke(1f)));
        texts.add(in.level() + "% pseudo confidence limits");
        swatches.add((s, sx, sy) -> s.line(sx, sy + 5, sx + 16, sy + 5, Style.INK, Style.dashed(1f)));
        if (!Double.isNaN(in.adjustedEstimate())) {
            texts.add("Trim-and-fill estimate");
            swatches.add((s, sx, sy) -> s.line(sx, sy + 5, sx + 16, sy + 5, Style.ACCENT, Style.dashed(1.2f)));
        }

        // contours around the null
        if (in.contours()) {
            sk.fill(plot, CONTOUR_FILL[2]);
            for (int i = 2; i >= 0; i--) {
                double w = CONTOUR_Z[i] * seAxis;
                Color c = i == 0 ? Style.BACKGROUND : CONTOUR_FILL[i - 1];
                sk.fill(Axes.clip(Sketch.polygon(x.px(0), y.px(0), x.px(-w), y.px(seAxis), x.px(w), y.px(seAxis)), plot), c);
            }
        } else {
            Axes.grid(sk, plot, Axes.px(x.ticks, x), List.of());
        }
        // pseudo confidence limits
        double w = z * seAxis;
        sk.line(x.px(centre(in)), y.px(0), x.px(centre(in) - w), y.px(seAxis), Style.INK, Style.dashed(1f));
        sk.line(x.px(centre(in)), y.px(0), x.px(centre(in) + w), y.px(seAxis), Style.INK, Style.dashed(1f));
        sk.line(x.px(centre(in)), plot.getMinY(), x.px(centre(in)), plot.getMaxY(), Style.INK, Style.stroke(1f));
        if (!Double.isNaN(in.adjustedEstimate())) {
            sk.line(x.px(in.adjustedEstimate()), plot.getMinY(), x.px(in.adjustedEstimate()), plot.getMaxY(),
                    Style.ACCENT, Style.dashed(1.2f));
        }
        for (Study s : in.imputed()) {
            sk.fillAndDraw(new Ellipse2D.Double(x.px(s.estimate()) - 3.5, y.px(s.se()) - 3.5, 7, 7),
                    Style.BACKGROUND, Style.STUDY, Style.stroke(1f));
        }
        for (Study s : in.studies()) {
            sk.fillAndDraw(new Ellipse2D.Double(x.px(s.estimate()) - 3.5, y.px(s.se()) - 3.5, 7, 7),
                    Style.STUDY, Style.BACKGROUND, Style.stroke(0.6f));
        }
        sk.draw(plot, Style.AXIS, Style.stroke(Style.HAIRLINE));
        String xTitle = in.measureName() + (in.ratio() ? " (log scale)" : "");
        Axes.frame(sk, plot, Axes.px(x.ticks, x), Axes.labels(x.ticks, x::label), Axes.px(y.ticks, y), yLabels,
                xTitle, yTitle);

        double legendX = plot.getMaxX() + 18;
        double bottom = Axes.legend(sk, legendX, plot.getMinY(), texts, swatches);
        double width = legendX + Axes.legendWidth(texts) + Style.MARGIN;
        double height = Math.max(plot.getMaxY() + Axes.bottomSpace(xTitle), bottom + Style.MARGIN);
        return sk.toImage((int) Math.ceil(width), (int) Math.ceil(height));
    }
}
