package org.walkstudy.cli.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.PersonalComparison;
import org.walkstudy.analysis.personal.compare.PersonalProtocol;

import com.fasterxml.jackson.databind.JsonNode;

/** Chart inputs for the tests, built from the metafor reference cases in src/test/resources/charts. */
final class Fixtures {
    private Fixtures() {
    }

    /** BCG trials (13, RR, REML): the forest plot with arm columns, PI and favours labels. */
    static ForestPlot.Input forestBcg() {
        return MetaforCase.load("bcg_rr_reml").forest(true);
    }

    /** Stroke units (9, MD, REML): mean/SD/n arm columns, lower length of stay is better. */
    static ForestPlot.Input forestNormand() {
        return MetaforCase.load("normand_md_reml").forest(true);
    }

    /** Beta-blocker trials (21, OR, REML), zero cells: very wide CIs that end in arrows at the axis. */
    static ForestPlot.Input forestYusuf() {
        return MetaforCase.load("yusuf6_or_reml").forest(true);
    }

    /** Three studies (generic effect, higher is better). */
    static ForestPlot.Input forest3() {
        return MetaforCase.load("syn_k3_t005_reml").forest(false);
    }

    /**
     * BCG by latitude, with subgroup diamonds (inverse-variance common effect computed here from metafor's
     * yi and vi: an illustration of the layout, not a reference result) and both overall diamonds:
     * random effects (REML) and common effect (FE), from metafor.
     */
    static ForestPlot.Input forestSubgroups() {
        MetaforCase re = MetaforCase.load("bcg_rr_reml");
        MetaforCase fe = MetaforCase.load("bcg_rr_fe");
        List<ForestPlot.Row> rows = re.forestRows();
        List<ForestPlot.Subgroup> groups = new ArrayList<>();
        for (boolean tropical : new boolean[] {true, false}) {
            List<ForestPlot.Row> in = new ArrayList<>();
            double sw = 0;
            double swy = 0;
            for (int i = 0; i < rows.size(); i++) {
                boolean t = Double.parseDouble(re.table().get(i).get("ablat")) < 30;
                if (t == tropical) {
                    in.add(rows.get(i));
                    double w = 1 / (re.se(i) * re.se(i));
                    sw += w;
                    swy += w * re.yi(i);
                }
            }
            double est = swy / sw;
            double se = Math.sqrt(1 / sw);
            double q = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (in.contains(rows.get(i))) {
                    q += Math.pow(re.yi(i) - est, 2) / (re.se(i) * re.se(i));
                }
            }
            double df = in.size() - 1;
            groups.add(new ForestPlot.Subgroup(tropical ? "Latitude below 30\u00b0" : "Latitude 30\u00b0 or more", in,
                    List.of(ForestPlot.Pooled.of("Subtotal (common effect)", est, est - 1.96 * se, est + 1.96 * se)),
                    new ForestPlot.Heterogeneity(Double.NaN, Math.max(0, 100 * (q - df) / q), q, df, Double.NaN)));
        }
        ForestPlot.Pooled feP = ForestPlot.Pooled.of("Common-effect model", fe.num("estimate"), fe.num("ci_lb"), fe.num("ci_ub"));
        ForestPlot.Pooled reP = re.pooled();
        return re.forest(true).toBuilder().subgroups(groups)
                .title("BCG vaccine and tuberculosis, by latitude")
                .notes(List.of("Overall: random-effects (REML) and common-effect (inverse variance) models"))
                .model(null)
                .overall(List.of(reP, feP)).build();
    }

    /** {@code n} studies generated deterministically, one with a very long label. */
    static ForestPlot.Input forestMany(int n) {
        Random r = new Random(20260105L + n);
        List<ForestPlot.Row> rows = new ArrayList<>();
        double sw = 0;
        double swy = 0;
        double[] w = new double[n];
        double[] y = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = 0.08 + r.nextDouble() * 0.5;
            y[i] = -0.3 + r.nextGaussian() * 0.25;
            w[i] = 1 / (s[i] * s[i]);
            sw += w[i];
            swy += w[i] * y[i];
        }
        for (int i = 0; i < n; i++) {
            String label = i == n / 2
                    ? "Walking After Stroke Rehabilitation Multicentre Trial Group " + (1990 + i % 30)
                    : String.format(Locale.ROOT, "Study %03d %s %d", i + 1, "et al.".substring(0, 1 + i % 6), 1990 + i % 30);
            rows.add(ForestPlot.Row.of(label, y[i], y[i] - 1.96 * s[i], y[i] + 1.96 * s[i], 100 * w[i] / sw));
        }
        double est = swy / sw;
        double se = Math.sqrt(1 / sw);
        return ForestPlot.Input.builder("SMD", "Standardised mean difference", false, rows,
                        List.of(new ForestPlot.Pooled("Common-effect model", est, est - 1.96 * se, est + 1.96 * se,
                                est - 0.6, est + 0.6)))
                .title(n + " generated studies")
                .direction(ForestPlot.Direction.of(true))
                .heterogeneity(new ForestPlot.Heterogeneity(Double.NaN, 0, n - 1.0, n - 1.0, 0.5))
                .model("Common-effect model (inverse variance), z test").build();
    }

    static List<FunnelPlot.Study> funnelStudies(MetaforCase c) {
        List<FunnelPlot.Study> out = new ArrayList<>();
        for (int i = 0; i < c.table().size(); i++) {
            out.add(new FunnelPlot.Study(c.labels().get(i), c.yi(i), c.se(i)));
        }
        return out;
    }

    /** BCG funnel, plain. */
    static FunnelPlot.Input funnelBcg() {
        MetaforCase c = MetaforCase.load("bcg_rr_reml");
        return FunnelPlot.Input.builder(c.measureName(), true, funnelStudies(c), c.num("estimate"))
                .title("Funnel plot, BCG trials").build();
    }

    /**
     * Passive smoking (37 studies), contour-enhanced, with trim and fill. metafor's expected.json gives k0
     * and the side but not the imputed studies, so they are made here as trimfill does: the k0 most extreme
     * studies on the other side, mirrored about the adjusted estimate (an approximation of metafor's
     * mirror centre, good enough for a picture).
     */
    static FunnelPlot.Input funnelHackshaw() {
        MetaforCase c = MetaforCase.load("hackshaw_gen_reml");
        JsonNode tf = c.expected().get("trimfill");
        int k0 = tf.get("k0").asInt();
        boolean left = tf.get("side").asText().equals("left");
        double adj = tf.get("estimate").asDouble();
        List<FunnelPlot.Study> studies = funnelStudies(c);
        List<FunnelPlot.Study> sorted = new ArrayList<>(studies);
        sorted.sort(Comparator.comparingDouble(FunnelPlot.Study::estimate));
        if (left) {
            java.util.Collections.reverse(sorted);
        }
        List<FunnelPlot.Study> filled = new ArrayList<>();
        for (int i = 0; i < k0; i++) {
            FunnelPlot.Study s = sorted.get(i);
            filled.add(new FunnelPlot.Study("filled " + s.label(), 2 * adj - s.estimate(), s.se()));
        }
        return FunnelPlot.Input.builder("Log odds ratio", false, studies, c.num("estimate"))
                .title("Passive smoking and lung cancer: contour-enhanced funnel with trim and fill")
                .contours(true)
                .trimFill(filled, adj).build();
    }

    static SensitivityPlot.Input cumulative() {
        MetaforCase c = MetaforCase.load("bcg_rr_reml");
        return new SensitivityPlot.Input("Cumulative meta-analysis, BCG trials (input order)",
                SensitivityPlot.Kind.CUMULATIVE, "RR", "Risk ratio", true, 95,
                SensitivityPlot.steps(c.labels(), c.array("cumul", "estimate"), c.array("cumul", "ci_lb"), c.array("cumul", "ci_ub")),
                c.pooled(), ForestPlot.Direction.of(true));
    }

    static SensitivityPlot.Input leaveOneOut() {
        MetaforCase c = MetaforCase.load("normand_md_reml");
        return new SensitivityPlot.Input("Leave-one-out, stroke units", SensitivityPlot.Kind.LEAVE_ONE_OUT, "MD",
                "Mean difference (days)", false, 95,
                SensitivityPlot.steps(c.labels(), c.array("leave1out", "estimate"), c.array("leave1out", "ci_lb"),
                        c.array("leave1out", "ci_ub")),
                c.pooled(), ForestPlot.Direction.of(true));
    }

    /** The coefficients' covariance (X'WX)^-1 with W = 1/(vi + tau2), as metafor's vcov() for a z test. */
    static double[][] vcov(MetaforCase c, String moderator) {
        double tau2 = c.num("tau2");
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < c.table().size(); i++) {
            double w = 1 / (c.se(i) * c.se(i) + tau2);
            double x = Double.parseDouble(c.table().get(i).get(moderator));
            s0 += w;
            s1 += w * x;
            s2 += w * x * x;
        }
        double det = s0 * s2 - s1 * s1;
        return new double[][] {{s2 / det, -s1 / det}, {-s1 / det, s0 / det}};
    }

    /** BCG meta-regression on absolute latitude (REML). */
    static BubblePlot.Input bubbleBcg() {
        MetaforCase c = MetaforCase.load("bcg_rr_reml_mods_ablat");
        JsonNode coef = c.expected().get("coefficients");
        double b0 = coef.get(0).get("estimate").asDouble();
        double b1 = coef.get(1).get("estimate").asDouble();
        List<BubblePlot.Point> points = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.table().size(); i++) {
            double x = Double.parseDouble(c.table().get(i).get("ablat"));
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
            points.add(new BubblePlot.Point(c.labels().get(i), x, c.yi(i), c.weight(i)));
        }
        return new BubblePlot.Input("BCG: risk ratio by absolute latitude", "Absolute latitude (degrees)",
                "Risk ratio", true, 95, points, BubblePlot.line(b0, b1, vcov(c, "ablat"), c.z(), lo, hi, 60));
    }

    /**
     * The person's chart for {@code days} of walking minutes and pain from 2025-06-01 (SYNTHETIC, seeded, every
     * day present), compared with the article's 30 minutes a day.
     */
    static PersonalDashboard.Input dashboard(int days) {
        Random r = new Random(days);
        List<DailyRow> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 6, 1);
        for (int i = 0; i < days; i++) {
            double minutes = Math.max(0, Math.rint(24 + 10 * Math.sin(i / 20.0) + r.nextGaussian() * 9));
            double pain = Math.min(10, Math.max(0, Math.rint(5 - i / 60.0 + r.nextGaussian())));
            rows.add(DailyRow.of(start.plusDays(i), Map.of(DailyMeasure.WALK_MINUTES, minutes, DailyMeasure.PAIN_0_10, pain),
                    "synthetic"));
        }
        DailyTable t = DailyTable.of(rows);
        PersonalProtocol p = PersonalProtocol.byId("article-30min");
        ComparisonReport report = PersonalComparison.compare(t, p, p.defaultOutcome(), Optional.empty(), Optional.empty(), 1);
        return PersonalCharts.dashboard(t, report, "synthetic");
    }
}
