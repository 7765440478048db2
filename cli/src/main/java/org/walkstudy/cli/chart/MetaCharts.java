package org.walkstudy.cli.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.walkstudy.analysis.bias.SensitivitySeries;
import org.walkstudy.analysis.bias.TrimAndFill;
import org.walkstudy.analysis.meta.Coefficient;
import org.walkstudy.analysis.meta.Heterogeneity;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.Method;
import org.walkstudy.analysis.meta.Moderators;
import org.walkstudy.analysis.meta.SubgroupAnalysis;
import org.walkstudy.analysis.meta.TestStatistic;
import org.walkstudy.analysis.run.MetaResult;

/**
 * Chart inputs from a typed meta-analysis result ({@link MetaResult}): the same numbers the table and JSON show,
 * the labels and arm cells the engine read once from the input.
 */
public final class MetaCharts {
    private static final String DEFAULT_ONE = "Walking";
    private static final String DEFAULT_TWO = "Control";

    private final MetaResult result;
    private final String title;
    private final boolean lowerIsBetter;
    private final String groupOne;
    private final String groupTwo;

    private MetaCharts(MetaResult result, String title, boolean lowerIsBetter, String groupOne, String groupTwo) {
        this.result = result;
        this.title = title;
        this.lowerIsBetter = lowerIsBetter;
        this.groupOne = groupOne;
        this.groupTwo = groupTwo;
    }

    /**
     * @param result        the engine's result
     * @param title         the chart title, or null
     * @param lowerIsBetter whether lower values of the measure favour walking (events, pain)
     */
    public static MetaCharts of(MetaResult result, String title, boolean lowerIsBetter) {
        return of(result, title, lowerIsBetter, DEFAULT_ONE, DEFAULT_TWO);
    }

    /**
     * As {@link #of(MetaResult, String, boolean)}, with the names of the two arms (metafor's group 1 and 2) for
     * the arm column headers and the "Favours ..." labels.
     */
    public static MetaCharts of(MetaResult result, String title, boolean lowerIsBetter, String groupOne,
            String groupTwo) {
        if (result == null) {
            throw new IllegalArgumentException("result must not be null");
        }
        if (groupOne == null || groupOne.isBlank() || groupTwo == null || groupTwo.isBlank()) {
            throw new IllegalArgumentException("both arm names must be given but were '" + groupOne + "', '"
                    + groupTwo + "'");
        }
        return new MetaCharts(result, title, lowerIsBetter, groupOne.strip(), groupTwo.strip());
    }

    /** "Favours walking / control" by default, else "Favours " and the arm names as given. */
    private ForestPlot.Direction direction() {
        return groupOne.equals(DEFAULT_ONE) && groupTwo.equals(DEFAULT_TWO) ? ForestPlot.Direction.of(lowerIsBetter)
                : new ForestPlot.Direction(lowerIsBetter, "Favours " + groupOne, "Favours " + groupTwo);
    }

    public String measure() {
        return result.measure().name();
    }

    /** Whether the chart's axis is on the exp scale (ratio measures, or --transf exp). */
    public boolean ratio() {
        return result.transformed();
    }

    public String measureName() {
        return result.measure().label();
    }

    private boolean fixed() {
        return result.method().isCommonEffect();
    }

    private double level() {
        return result.level();
    }

    private List<String> labels() {
        List<String> out = new ArrayList<>(result.k());
        for (int i = 0; i < result.k(); i++) {
            out.add(result.input().label(i).replace('_', ' '));
        }
        return out;
    }

    /**
     * The forest plot: rows with arm columns, the pooled diamond(s), PI, heterogeneity, model, favours labels;
     * {@code withCommonEffect} adds the engine's common-effect diamond under a random-effects one.
     */
    public ForestPlot.Input forest(boolean withCommonEffect) {
        List<ForestPlot.Row> rows = rows();
        List<ForestPlot.Row> ordered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ordered.add(rows.get(result.ordered(i)));
        }
        List<ForestPlot.Pooled> overall = new ArrayList<>();
        Coefficient b = result.pooled();
        if (b != null) {
            overall.add(pooled());
        }
        if (withCommonEffect && result.commonEffect() != null) {
            Coefficient c = result.commonEffect().pooled();
            overall.add(ForestPlot.Pooled.of("Common-effect model", c.estimate(), c.ciLb(), c.ciUb()));
        }
        ForestPlot.Builder in = ForestPlot.Input.builder(measure(), measureName(), ratio(), ordered, overall)
                .title(title)
                .level((int) Math.round(level()))
                .armHeaders(armHeaders())
                .heterogeneity(heterogeneity(result.fit()))
                .model(model())
                .direction(direction());
        List<String> notes = new ArrayList<>();
        if (b != null) {
            notes.add(String.format(Locale.ROOT, "Test for overall effect: %s = %.2f (%s)",
                    knha() ? "t" : "z", b.stat(), Style.p(b.pval())));
        }
        SubgroupAnalysis groups = result.subgroups();
        if (groups != null) {
            in.subgroups(subgroups(groups, rows));
            notes.add(String.format(Locale.ROOT, "Test for subgroup differences: Q = %.2f, df = %s (%s)",
                    groups.qBetween(), groups.qBetweenDf(), Style.p(groups.qBetweenPval())));
        }
        return in.notes(notes).build();
    }

    /** One row per study: label, arm columns, estimate with its CI at the model's level, weight. */
    public List<ForestPlot.Row> rows() {
        List<ForestPlot.Row> rows = new ArrayList<>();
        List<String> labels = labels();
        for (int i = 0; i < result.k(); i++) {
            MetaResult.StudyRow s = result.study(i);
            rows.add(new ForestPlot.Row(labels.get(i), armColumns(s.armCells()), s.yi(), s.ciLb(), s.ciUb(),
                    s.weight()));
        }
        return rows;
    }

    private List<ForestPlot.Subgroup> subgroups(SubgroupAnalysis groups, List<ForestPlot.Row> rows) {
        List<ForestPlot.Subgroup> out = new ArrayList<>();
        for (SubgroupAnalysis.Subgroup g : groups.subgroups()) {
            List<ForestPlot.Row> members = new ArrayList<>();
            java.util.Set<Integer> in = new java.util.HashSet<>();
            for (int i : g.indices()) {
                in.add(i);
            }
            for (int i = 0; i < rows.size(); i++) {
                if (in.contains(result.ordered(i))) {
                    members.add(rows.get(result.ordered(i)));
                }
            }
            Coefficient c = g.fit().pooled();
            ForestPlot.Pooled sub = ForestPlot.Pooled.of("Subtotal", c.estimate(), c.ciLb(), c.ciUb());
            out.add(new ForestPlot.Subgroup(g.name(), members, List.of(sub), heterogeneity(g.fit())));
        }
        return out;
    }

    /** The pooled diamond with its prediction interval (none for common-effect models). */
    public ForestPlot.Pooled pooled() {
        String label = fixed() ? "Common-effect model" : "Random-effects model";
        Coefficient b = result.pooled();
        double pl = fixed() || result.fit().piLb() == null ? Double.NaN : result.fit().piLb();
        double pu = fixed() || result.fit().piUb() == null ? Double.NaN : result.fit().piUb();
        return new ForestPlot.Pooled(label, b.estimate(), b.ciLb(), b.ciUb(), pl, pu);
    }

    private ForestPlot.Heterogeneity heterogeneity(MetaFit fit) {
        Heterogeneity h = fit.heterogeneity();
        return new ForestPlot.Heterogeneity(fixed() ? Double.NaN : h.tau2(), h.i2(), h.q(), h.qDf(), h.qPval());
    }

    private boolean knha() {
        return result.request().test() == TestStatistic.KNHA;
    }

    private String model() {
        Method method = result.method();
        String test = knha() ? "Knapp-Hartung t test" : "z test";
        if (method.isCommonEffect()) {
            return "Common-effect model (" + method.commonEffectKind() + "), " + test;
        }
        return method.modelName(result.hasModerators()) + ", tau\u00b2 by " + method.name() + ", " + test;
    }

    /** Arm data columns as RevMan shows them, from the input's metafor columns. */
    private List<String> armHeaders() {
        return switch (result.measure().inputKind()) {
            case TWO_BY_TWO -> List.of(groupOne + "\nEvents", groupOne + "\nTotal", groupTwo + "\nEvents",
                    groupTwo + "\nTotal");
            case TWO_GROUP_MEANS -> List.of(groupOne + "\nMean", groupOne + "\nSD", groupOne + "\nTotal",
                    groupTwo + "\nMean", groupTwo + "\nSD", groupTwo + "\nTotal");
            default -> List.of();
        };
    }

    /** The arm cells in RevMan's order: events and totals (ai, ai + bi, ci, ci + di), or the six mean columns. */
    private List<String> armColumns(List<String> cells) {
        return switch (result.measure().inputKind()) {
            case TWO_BY_TWO -> List.of(cells.get(0), total(cells.get(0), cells.get(1)), cells.get(2),
                    total(cells.get(2), cells.get(3)));
            case TWO_GROUP_MEANS -> cells;
            default -> List.of();
        };
    }

    private static String total(String events, String nonEvents) {
        return new java.math.BigDecimal(events.strip()).add(new java.math.BigDecimal(nonEvents.strip())).toPlainString();
    }

    /** The funnel plot around the pooled estimate, with trim-and-fill's imputed studies when the result has them. */
    public FunnelPlot.Input funnel(boolean contours, boolean trimFill) {
        List<FunnelPlot.Study> studies = new ArrayList<>();
        List<String> labels = labels();
        for (int i = 0; i < result.k(); i++) {
            MetaResult.StudyRow s = result.study(i);
            studies.add(new FunnelPlot.Study(labels.get(i), s.yi(), Math.sqrt(s.vi())));
        }
        // Without a pooled estimate (meta-regression) the funnel is centred on no effect (0 on the analysis scale).
        double center = result.pooled() == null ? 0 : result.pooled().estimate();
        FunnelPlot.Builder in = FunnelPlot.Input.builder(measureName(), ratio(), studies, center).title(title)
                .level((int) Math.round(level())).contours(contours);
        if (trimFill) {
            TrimAndFill tf = result.trimAndFill();
            if (tf == null) {
                throw new IllegalArgumentException("trim-and-fill is not available for this model (method "
                        + result.method() + ")");
            }
            List<FunnelPlot.Study> filled = new ArrayList<>();
            double[] yi = tf.imputedYi();
            double[] vi = tf.imputedVi();
            for (int i = 0; i < tf.k0(); i++) {
                filled.add(new FunnelPlot.Study("filled", yi[i], Math.sqrt(vi[i])));
            }
            in.trimFill(filled, tf.estimate());
        }
        return in.build();
    }

    /** The cumulative or leave-one-out forest plot from the sensitivity arrays. */
    public SensitivityPlot.Input sensitivity(SensitivityPlot.Kind kind) {
        SensitivitySeries s = kind == SensitivityPlot.Kind.CUMULATIVE ? result.cumulative() : result.leaveOneOut();
        if (s == null) {
            throw new IllegalArgumentException("the result has no " + kind.name().toLowerCase(Locale.ROOT)
                    + " series (run with --sensitivity)");
        }
        List<String> all = labels();
        List<String> labels = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            labels.add(all.get(result.stepStudy(s, i)));
        }
        List<SensitivityPlot.Step> steps = SensitivityPlot.steps(labels, s.estimate(), s.ciLb(), s.ciUb());
        return new SensitivityPlot.Input(title, kind, measure(), measureName(), ratio(), (int) Math.round(level()),
                steps, result.pooled() == null ? null : pooled(), direction());
    }

    /** The bubble plot of a one-moderator meta-regression: points sized by weight, fitted line with its CI band. */
    public BubblePlot.Input bubble(String moderator) {
        List<Coefficient> coefficients = result.fit().coefficients();
        Moderators mods = result.input().moderators();
        if (coefficients.size() != 2 || mods.size() != 1) {
            throw new IllegalArgumentException("a bubble plot needs a meta-regression on exactly one moderator (--mods COL)");
        }
        List<BubblePlot.Point> points = new ArrayList<>();
        List<String> labels = labels();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < result.k(); i++) {
            double x = mods.value(0, i);
            min = Math.min(min, x);
            max = Math.max(max, x);
            MetaResult.StudyRow s = result.study(i);
            points.add(new BubblePlot.Point(labels.get(i), x, s.yi(), s.weight()));
        }
        Coefficient intercept = coefficients.get(0);
        double b0 = intercept.estimate();
        double b1 = coefficients.get(1).estimate();
        double[][] vcov = result.fit().vb();
        // The band uses the model's own critical value (z, or t under Knapp-Hartung), read off the intercept's CI.
        double crit = (intercept.ciUb() - b0) / intercept.se();
        return new BubblePlot.Input(title, moderator, measureName(), ratio(), (int) Math.round(level()), points,
                BubblePlot.line(b0, b1, vcov, crit, min, max, 60));
    }
}
