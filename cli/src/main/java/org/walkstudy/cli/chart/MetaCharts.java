package org.walkstudy.cli.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Chart inputs from a meta-analysis result in the JSON-contract form ({@code walkstudy meta --format json}, the
 * same keys as metafor's reference results) and the input table (metafor's column names). Working from the
 * contract keeps every chart's numbers equal to the printed ones.
 */
public final class MetaCharts {
    private static final List<String> FIXED = List.of("FE", "MH", "PETO");
    private final Map<String, Object> result;
    private final List<Map<String, String>> table;
    private final String title;
    private final boolean lowerIsBetter;

    private MetaCharts(Map<String, Object> result, List<Map<String, String>> table, String title, boolean lowerIsBetter) {
        this.result = result;
        this.table = List.copyOf(table);
        this.title = title;
        this.lowerIsBetter = lowerIsBetter;
    }

    /**
     * @param result        the result map (keys as in metafor's expected.json)
     * @param table         the input rows, one per study, in the result's study order
     * @param title         the chart title, or null
     * @param lowerIsBetter whether lower values of the measure favour walking (events, pain)
     */
    public static MetaCharts of(Map<String, Object> result, List<Map<String, String>> table, String title,
            boolean lowerIsBetter) {
        List<?> studies = (List<?>) result.get("studies");
        if (studies == null || studies.size() != table.size()) {
            throw new IllegalArgumentException("the result has " + (studies == null ? 0 : studies.size())
                    + " studies but the table has " + table.size() + " rows");
        }
        return new MetaCharts(result, table, title, lowerIsBetter);
    }

    public String measure() {
        return (String) result.get("measure");
    }

    public boolean ratio() {
        return List.of("RR", "OR", "PETO", "ROM").contains(measure());
    }

    public String measureName() {
        return switch (measure()) {
            case "RR" -> "Risk ratio";
            case "OR", "PETO" -> "Odds ratio";
            case "RD" -> "Risk difference";
            case "MD" -> "Mean difference";
            case "SMD" -> "Standardised mean difference";
            case "ROM" -> "Ratio of means";
            default -> "Effect size";
        };
    }

    private boolean fixed() {
        return FIXED.contains((String) result.get("method"));
    }

    private double level() {
        return num(result, "level");
    }

    private double z() {
        return new NormalDistribution().inverseCumulativeProbability(1 - (1 - level() / 100) / 2);
    }

    private Map<?, ?> study(int i) {
        return (Map<?, ?>) ((List<?>) result.get("studies")).get(i);
    }

    private List<String> labels() {
        return table.stream().map(r -> r.getOrDefault("study", "").replace('_', ' ')).toList();
    }

    /** The forest plot: rows with arm columns, the pooled diamond(s), PI, heterogeneity, model, favours labels. */
    public ForestPlot.Input forest(ForestPlot.Pooled extraOverall) {
        List<ForestPlot.Row> rows = rows();
        List<ForestPlot.Pooled> overall = new ArrayList<>();
        if (result.get("estimate") != null) {
            overall.add(pooled());
        }
        if (extraOverall != null) {
            overall.add(extraOverall);
        }
        ForestPlot.Builder in = ForestPlot.Input.builder(measure(), measureName(), ratio(), rows, overall)
                .title(title)
                .level((int) Math.round(level()))
                .armHeaders(armHeaders())
                .heterogeneity(heterogeneity(result))
                .model(model())
                .direction(ForestPlot.Direction.of(lowerIsBetter));
        List<String> notes = new ArrayList<>();
        if (result.get("estimate") != null) {
            notes.add(String.format(Locale.ROOT, "Test for overall effect: %s = %.2f (%s)",
                    "knha".equals(result.get("test")) ? "t" : "z", num(result, "stat"), Style.p(num(result, "pval"))));
        }
        if (result.get("subgroups") instanceof List<?> groups) {
            in.subgroups(subgroups(groups, rows));
            notes.add(String.format(Locale.ROOT, "Test for subgroup differences: Q = %.2f, df = %s (%s)",
                    num(result, "Q_between"), result.get("Q_between_df"), Style.p(num(result, "Q_between_pval"))));
        }
        return in.notes(notes).build();
    }

    /** One row per study: label, arm columns, estimate with its CI at the model's level, weight. */
    public List<ForestPlot.Row> rows() {
        List<ForestPlot.Row> rows = new ArrayList<>();
        List<String> labels = labels();
        double z = z();
        for (int i = 0; i < table.size(); i++) {
            double yi = num(study(i), "yi");
            double half = z * Math.sqrt(num(study(i), "vi"));
            rows.add(new ForestPlot.Row(labels.get(i), armColumns(table.get(i)), yi, yi - half, yi + half,
                    num(study(i), "weight")));
        }
        return rows;
    }

    private List<ForestPlot.Subgroup> subgroups(List<?> groups, List<ForestPlot.Row> rows) {
        List<String> ids = table.stream().map(r -> r.getOrDefault("study", "")).toList();
        List<ForestPlot.Subgroup> out = new ArrayList<>();
        for (Object o : groups) {
            Map<?, ?> g = (Map<?, ?>) o;
            List<ForestPlot.Row> members = new ArrayList<>();
            for (Object id : (List<?>) g.get("studies")) {
                members.add(rows.get(ids.indexOf((String) id)));
            }
            ForestPlot.Pooled sub = ForestPlot.Pooled.of("Subtotal", num(g, "estimate"), num(g, "ci_lb"), num(g, "ci_ub"));
            out.add(new ForestPlot.Subgroup(String.valueOf(g.get("name")), members, List.of(sub), heterogeneity(g)));
        }
        return out;
    }

    /** The pooled diamond with its prediction interval (none for common-effect models). */
    public ForestPlot.Pooled pooled() {
        String label = fixed() ? "Common-effect model" : "Random-effects model";
        double pl = fixed() ? Double.NaN : num(result, "pi_lb");
        double pu = fixed() ? Double.NaN : num(result, "pi_ub");
        return new ForestPlot.Pooled(label, num(result, "estimate"), num(result, "ci_lb"), num(result, "ci_ub"), pl, pu);
    }

    private ForestPlot.Heterogeneity heterogeneity(Map<?, ?> m) {
        return new ForestPlot.Heterogeneity(fixed() ? Double.NaN : num(m, "tau2"), num(m, "I2"), num(m, "Q"),
                num(m, "Q_df"), m.containsKey("Q_pval") ? num(m, "Q_pval") : Double.NaN);
    }

    private String model() {
        String method = (String) result.get("method");
        String test = "knha".equals(result.get("test")) ? "Knapp-Hartung t test" : "z test";
        return switch (method) {
            case "FE" -> "Common-effect model (inverse variance), " + test;
            case "MH" -> "Common-effect model (Mantel-Haenszel), " + test;
            case "PETO" -> "Common-effect model (Peto), " + test;
            default -> "Random-effects model, tau\u00b2 by " + method + ", " + test;
        };
    }

    /** Arm data columns as RevMan shows them, from the input's metafor columns. */
    private List<String> armHeaders() {
        Map<String, String> r = table.get(0);
        if (r.containsKey("ai")) {
            return List.of("Walking\nEvents", "Walking\nTotal", "Control\nEvents", "Control\nTotal");
        }
        if (r.containsKey("m1i")) {
            return List.of("Walking\nMean", "Walking\nSD", "Walking\nTotal", "Control\nMean", "Control\nSD", "Control\nTotal");
        }
        return List.of();
    }

    private static List<String> armColumns(Map<String, String> r) {
        if (r.containsKey("ai")) {
            return List.of(r.get("ai"), total(r.get("ai"), r.get("bi")), r.get("ci"), total(r.get("ci"), r.get("di")));
        }
        if (r.containsKey("m1i")) {
            return List.of(r.get("m1i"), r.get("sd1i"), r.get("n1i"), r.get("m2i"), r.get("sd2i"), r.get("n2i"));
        }
        return List.of();
    }

    private static String total(String events, String nonEvents) {
        return new java.math.BigDecimal(events.strip()).add(new java.math.BigDecimal(nonEvents.strip())).toPlainString();
    }

    /** The funnel plot around the pooled estimate, with trim-and-fill's imputed studies when the result has them. */
    public FunnelPlot.Input funnel(boolean contours, boolean trimFill) {
        List<FunnelPlot.Study> studies = new ArrayList<>();
        List<String> labels = labels();
        for (int i = 0; i < table.size(); i++) {
            studies.add(new FunnelPlot.Study(labels.get(i), num(study(i), "yi"), Math.sqrt(num(study(i), "vi"))));
        }
        // Without a pooled estimate (meta-regression) the funnel is centred on no effect (0 on the analysis scale).
        double center = result.get("estimate") == null ? 0 : num(result, "estimate");
        FunnelPlot.Builder in = FunnelPlot.Input.builder(measureName(), ratio(), studies, center).title(title)
                .contours(contours);
        if (trimFill) {
            if (!(result.get("trimfill") instanceof Map<?, ?> tf)) {
                throw new IllegalArgumentException("trim-and-fill is not available for this model (method "
                        + result.get("method") + ")");
            }
            List<FunnelPlot.Study> filled = new ArrayList<>();
            for (Object o : (List<?>) tf.get("imputed")) {
                Map<?, ?> s = (Map<?, ?>) o;
                filled.add(new FunnelPlot.Study("filled", num(s, "yi"), Math.sqrt(num(s, "vi"))));
            }
            in.trimFill(filled, num(tf, "estimate"));
        }
        return in.build();
    }

    /** The cumulative or leave-one-out forest plot from the sensitivity arrays. */
    public SensitivityPlot.Input sensitivity(SensitivityPlot.Kind kind) {
        Object series = result.get(kind == SensitivityPlot.Kind.CUMULATIVE ? "cumul" : "leave1out");
        if (!(series instanceof Map<?, ?> s)) {
            throw new IllegalArgumentException("the result has no " + kind.name().toLowerCase(Locale.ROOT)
                    + " series (run with --sensitivity)");
        }
        List<SensitivityPlot.Step> steps = SensitivityPlot.steps(labels(), array(s, "estimate"), array(s, "ci_lb"),
                array(s, "ci_ub"));
        return new SensitivityPlot.Input(title, kind, measure(), measureName(), ratio(), (int) Math.round(level()),
                steps, result.get("estimate") == null ? null : pooled(), ForestPlot.Direction.of(lowerIsBetter));
    }

    /** The bubble plot of a one-moderator meta-regression: points sized by weight, fitted line with its CI band. */
    public BubblePlot.Input bubble(String moderator) {
        List<?> coefficients = (List<?>) result.get("coefficients");
        if (coefficients == null || coefficients.size() != 2) {
            throw new IllegalArgumentException("a bubble plot needs a meta-regression on exactly one moderator (--mods COL)");
        }
        List<BubblePlot.Point> points = new ArrayList<>();
        List<String> labels = labels();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < table.size(); i++) {
            double x = Double.parseDouble(table.get(i).get(moderator).strip());
            min = Math.min(min, x);
            max = Math.max(max, x);
            points.add(new BubblePlot.Point(labels.get(i), x, num(study(i), "yi"), num(study(i), "weight")));
        }
        Map<?, ?> intercept = (Map<?, ?>) coefficients.get(0);
        double b0 = num(intercept, "estimate");
        double b1 = num((Map<?, ?>) coefficients.get(1), "estimate");
        double[][] vcov = ((List<?>) result.get("vb")).stream().map(r -> array((List<?>) r)).toArray(double[][]::new);
        // The band uses the model's own critical value (z, or t under Knapp-Hartung), read off the intercept's CI.
        double crit = (num(intercept, "ci_ub") - b0) / num(intercept, "se");
        return new BubblePlot.Input(title, moderator, measureName(), ratio(), (int) Math.round(level()), points,
                BubblePlot.line(b0, b1, vcov, crit, min, max, 60));
    }

    private static double[] array(Map<?, ?> m, String key) {
        return array((List<?>) m.get(key));
    }

    private static double[] array(List<?> values) {
        return values.stream().mapToDouble(v -> v == null ? Double.NaN : ((Number) v).doubleValue())
                .toArray();
    }

    private static double num(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
