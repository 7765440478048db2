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
import org.walkstudy.analysis.summary.EvidenceStatements;
import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.analysis.summary.PooledResult;
import org.walkstudy.analysis.summary.SummaryOfFindings;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;
import org.walkstudy.datasets.csv.StudyDataset;

/**
 * Charts of a bundled (or the user's) study dataset for one outcome: every result with a CI on one measure,
 * as printed, in one panel per outcome definition (instrument). A pooled diamond appears only where the
 * summary pools primary studies; reviews' estimates are drawn as rows, never pooled, and flagged results are
 * left out (the summary shows them with their flag). A funnel plot needs at least
 * {@value #FUNNEL_MINIMUM} independent primary studies (Cochrane Handbook 13.3.5.4: with fewer, tests and
 * plots for funnel asymmetry cannot tell chance from asymmetry).
 */
public final class DatasetCharts {
    /** Fewest independent primary studies for a funnel plot (Cochrane Handbook 13.3.5.4). */
    public static final int FUNNEL_MINIMUM = 10;
    private static final int COMPARATOR_CHARACTERS = 48;

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

    /** "Pocovi NC et al. (2022), vs minimal/no intervention, short term": who, against what, when. */
    private String label(StudyEffect e) {
        Finding f = e.finding();
        Study s = studies.get(f.studyId());
        String who = s == null ? f.studyId() : s.citation().shortForm();
        String tp = f.outcome().timepoint();
        String comparator = comparator(f.comparison());
        return who + (comparator.isEmpty() ? "" : ", vs " + comparator) + (tp.isEmpty() ? "" : ", " + tp);
    }

    /** What the exposure was compared with: the text after the last " vs ", shortened at a word. */
    static String comparator(String comparison) {
        String after = EvidenceStatements.comparator(comparison);
        String c = after.isEmpty() ? comparison.replace('|', ' ').replaceAll("\\s+", " ").strip() : after;
        if (c.length() <= COMPARATOR_CHARACTERS) {
            return c;
        }
        int cut = c.lastIndexOf(' ', COMPARATOR_CHARACTERS - 3);
        return c.substring(0, cut > 0 ? cut : COMPARATOR_CHARACTERS - 3).replaceAll("[,;:(+ ]+$", "") + "...";
    }

    /** Labels that would read the same get the instrument, then their position, so no two rows look alike. */
    private List<String> labels(List<StudyEffect> drawn) {
        List<String> labels = new ArrayList<>(drawn.stream().map(this::label).toList());
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            if (labels.stream().filter(l::equals).count() > 1) {
                for (int j = 0; j < labels.size(); j++) {
                    if (labels.get(j).equals(l)) {
                        labels.set(j, l + ", " + drawn.get(j).finding().outcome().instrument());
                    }
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            int seen = 0;
            for (int j = 0; j < labels.size(); j++) {
                if (labels.get(j).equals(l) && ++seen > 1) {
                    labels.set(j, l + " (result " + seen + ")");
                }
            }
        }
        return labels;
    }

    /** How many different primary studies (not reviews) the drawn results come from. */
    public int independentPrimaryStudies() {
        return (int) effects.stream().map(e -> e.finding().studyId())
                .filter(id -> studies.containsKey(id) && !studies.get(id).design().isReview()).distinct().count();
    }

    /** Why no funnel plot is drawn, in one sentence; empty when there are enough studies for one. */
    public Optional<String> whyNoFunnel() {
        int k = independentPrimaryStudies();
        if (k >= FUNNEL_MINIMUM) {
            return Optional.empty();
        }
        return Optional.of("No funnel plot: " + (k == 1 ? "1 independent primary study shares" : k
                + " independent primary studies share") + " this outcome, and a funnel needs at least "
                + FUNNEL_MINIMUM + " to tell asymmetry from chance (Cochrane Handbook 13.3.5.4).");
    }

    public ForestPlot.Input forest() {
        List<String> labels = labels(effects);
        Map<String, List<ForestPlot.Row>> panels = new LinkedHashMap<>();
        for (int i = 0; i < effects.size(); i++) {
            StudyEffect e = effects.get(i);
            double yi = e.effectSize().orElseThrow().yi();
            double lo = e.ratio() ? Math.log(e.ciLower().getAsDouble()) : e.ciLower().getAsDouble();
            double hi = e.ratio() ? Math.log(e.ciUpper().getAsDouble()) : e.ciUpper().getAsDouble();
            panels.computeIfAbsent(e.finding().outcome().instrument(), k -> new ArrayList<>())
                    .add(ForestPlot.Row.of(labels.get(i), yi, lo, hi, Double.NaN));
        }
        List<ForestPlot.Row> rows = panels.values().stream().flatMap(List::stream).toList();
        List<ForestPlot.Pooled> overall = pooled.map(p -> List.of(new ForestPlot.Pooled("Random-effects model (REML)",
                p.fit().estimate(), p.fit().pooled().ciLb(), p.fit().pooled().ciUb(), p.fit().piLb(), p.fit().piUb())))
                .orElse(List.of());
        List<String> notes = new ArrayList<>();
        notes.add(pooled.isPresent() ? "Pooled: primary studies only (REML" + (pooled.get().studies().size() >= 3
                ? ", Knapp-Hartung" : "") + ")" : "Not pooled: results as reported (reviews are never re-pooled)");
        if (omitted > 0) {
            notes.add(omitted == 1 ? "1 result on another measure not drawn" : omitted + " results on other measures not drawn");
        }
        ForestPlot.Builder input = ForestPlot.Input.builder(measure, measure, ratio(), rows, overall);
        if (panels.size() > 1) {
            // A pool covers one instrument: its diamond belongs in that panel, not under all of them.
            String pooledPanel = pooled.map(p -> p.studies().get(0).finding().outcome().instrument()).orElse("");
            input.overall(List.of()).subgroups(panels.entrySet().stream()
                    .map(p -> new ForestPlot.Subgroup(p.getKey(), p.getValue(),
                            p.getKey().equals(pooledPanel) ? overall : List.of(), null)).toList());
        }
        return input.title(title)
                .direction(ForestPlot.Direction.of(effects.get(0).finding().outcome().lowerIsBetter()))
                .notes(notes).build();
    }

    /**
     * Results against their standard errors, centred on the pooled estimate or, without one, on no effect.
     *
     * @throws IllegalArgumentException with {@link #whyNoFunnel()} when too few primary studies share the outcome
     */
    public FunnelPlot.Input funnel(boolean contours) {
        whyNoFunnel().ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        List<String> labels = labels(effects);
        List<FunnelPlot.Study> points = new ArrayList<>();
        for (int i = 0; i < effects.size(); i++) {
            StudyEffect e = effects.get(i);
            points.add(new FunnelPlot.Study(labels.get(i), e.effectSize().orElseThrow().yi(),
                    e.effectSize().orElseThrow().sei()));
        }
        double center = pooled.map(p -> p.fit().estimate()).orElse(Double.NaN);
        return FunnelPlot.Input.builder(measure, ratio(), points, center).title(title).contours(contours).build();
    }
}
