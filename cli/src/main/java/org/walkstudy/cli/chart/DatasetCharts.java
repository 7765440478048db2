package org.walkstudy.cli.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.evidence.StudyEffects;
import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.analysis.summary.PooledResult;
import org.walkstudy.analysis.summary.SummaryOfFindings;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;
import org.walkstudy.datasets.csv.StudyDataset;

/**
 * Charts of a bundled (or the user's) study dataset for one outcome: every result with a CI on one measure,
 * as printed. A pooled diamond appears only where the summary pools primary studies; reviews' estimates are
 * drawn as rows, never pooled, and flagged results are left out (the summary shows them with their flag).
 */
public final class DatasetCharts {
    private final List<StudyEffect> effects;
    private final Optional<PooledResult> pooled;
    private final Map<String, Study> studies;
    private final String measure;
    private final String title;
    private final int omitted;

    private DatasetCharts(List<StudyEffect> effects, Optional<PooledResult> pooled, Map<String, Study> studies,
            String measure, String title, int omitted) {
        this.effects = effects;
        this.pooled = pooled;
        this.studies = studies;
        this.measure = measure;
        this.title = title;
        this.omitted = omitted;
    }

    /**
     * @param measure the measure to draw (e.g. "SMD"), or null for the one most results use
     */
    public static DatasetCharts of(StudyDataset data, OutcomeDomain outcome, String measure, String title) {
        List<StudyEffect> all = new ArrayList<>();
        for (Finding f : data.findings()) {
            if (f.outcome().domain() == outcome) {
                StudyEffects.of(f).filter(e -> e.effectSize().isPresent()).ifPresent(all::add);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no result for outcome '" + outcome.code()
                    + "' has a confidence interval to draw (see 'walkstudy summary' for what there is)");
        }
        String chosen = measure != null ? measure.toUpperCase(java.util.Locale.ROOT)
                : all.stream().collect(Collectors.groupingBy(StudyEffect::measure, LinkedHashMap::new, Collectors.counting()))
                        .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<StudyEffect> drawn = all.stream().filter(e -> e.measure().equals(chosen)).toList();
        if (drawn.isEmpty()) {
            throw new IllegalArgumentException("no result for outcome '" + outcome.code() + "' is on measure "
                    + chosen + " (available: " + all.stream().map(StudyEffect::measure).distinct()
                            .collect(Collectors.joining(", ")) + ")");
        }
        Optional<PooledResult> pool = SummaryOfFindings.build(data.studies(), data.findings()).stream()
                .filter(o -> o.domain() == outcome).map(OutcomeSummary::pools).flatMap(List::stream)
                .filter(p -> p.measure().equals(chosen)).findFirst();
        Map<String, Study> byId = data.studies().stream().collect(Collectors.toMap(Study::id, Function.identity(), (a, b) -> a));
        return new DatasetCharts(drawn, pool, byId, chosen, title, all.size() - drawn.size());
    }

    private boolean ratio() {
        return effects.get(0).ratio();
    }

    private String label(StudyEffect e) {
        Finding f = e.finding();
        Study s = studies.get(f.studyId());
        String who = s == null ? f.studyId() : s.citation().shortForm();
        String tp = f.outcome().timepoint();
        String comparison = f.comparison().length() > 60 ? f.comparison().substring(0, 57) + "..." : f.comparison();
        return who + (comparison.isEmpty() ? ", " + f.outcome().instrument() : ", " + comparison)
                + (tp.isEmpty() ? "" : ", " + tp);
    }

    public ForestPlot.Input forest() {
        List<ForestPlot.Row> rows = new ArrayList<>();
        for (StudyEffect e : effects) {
            double yi = e.effectSize().orElseThrow().yi();
            double lo = e.ratio() ? Math.log(e.ciLower().getAsDouble()) : e.ciLower().getAsDouble();
            double hi = e.ratio() ? Math.log(e.ciUpper().getAsDouble()) : e.ciUpper().getAsDouble();
            rows.add(ForestPlot.Row.of(label(e), yi, lo, hi, Double.NaN));
        }
        List<ForestPlot.Pooled> overall = pooled.map(p -> List.of(new ForestPlot.Pooled("Random-effects model (REML)",
                p.fit().estimate(), p.fit().pooled().ciLb(), p.fit().pooled().ciUb(), p.fit().piLb(), p.fit().piUb())))
                .orElse(List.of());
        List<String> notes = new ArrayList<>();
        notes.add(pooled.isPresent() ? "Pooled: primary studies only (REML" + (pooled.get().studies().size() >= 3
                ? ", Knapp-Hartung" : "") + ")" : "Not pooled: results as reported (reviews are never re-pooled)");
        if (omitted > 0) {
            notes.add(omitted + " result(s) on other measures not drawn");
        }
        return ForestPlot.Input.builder(measure, measure, ratio(), rows, overall).title(title)
                .direction(ForestPlot.Direction.of(effects.get(0).finding().outcome().lowerIsBetter()))
                .notes(notes).build();
    }

    /** Results against their standard errors, centred on the pooled estimate or, without one, on no effect. */
    public FunnelPlot.Input funnel(boolean contours) {
        List<FunnelPlot.Study> points = effects.stream().map(e -> new FunnelPlot.Study(label(e),
                e.effectSize().orElseThrow().yi(), e.effectSize().orElseThrow().sei())).toList();
        double center = pooled.map(p -> p.fit().estimate()).orElse(Double.NaN);
        return FunnelPlot.Input.builder(measure, ratio(), points, center).title(title).contours(contours).build();
    }
}
