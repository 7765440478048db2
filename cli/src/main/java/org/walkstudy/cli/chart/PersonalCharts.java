package org.walkstudy.cli.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.evidence.StudyEffects;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.Interval;
import org.walkstudy.analysis.personal.compare.PersonalOutcome;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;
import org.walkstudy.core.study.WalkingProtocol;
import org.walkstudy.datasets.csv.StudyDataset;

/**
 * The personal comparison's charts: the daily walking dose against the protocol's target with baseline and
 * period shaded, and a forest plot of the published results in the outcome's own units with the person's
 * own change as a separate, clearly marked group.
 */
public final class PersonalCharts {
    private PersonalCharts() {
    }

    /** Daily steps (protocols with a step target) or walking minutes, with the target line and both periods. */
    public static TrendChart.Input trend(DailyTable table, ComparisonReport report, String title) {
        WalkingProtocol dose = report.protocol().dose();
        boolean steps = dose.dailyStepTarget().isPresent();
        DailyMeasure measure = steps ? DailyMeasure.STEPS : DailyMeasure.WALK_MINUTES;
        NavigableMap<java.time.LocalDate, Double> daily = new TreeMap<>();
        for (DailyRow row : table.rows()) {
            row.value(measure).ifPresent(v -> daily.put(row.date(), v));
        }
        if (daily.isEmpty()) {
            throw new IllegalArgumentException("the daily data has no " + measure.column() + " to chart");
        }
        double target = steps ? dose.dailyStepTarget().getAsInt() : dose.minutesPerSession().orElse(Double.NaN);
        String targetLabel = steps ? "target " + dose.dailyStepTarget().getAsInt() + " steps/day"
                : dose.minutesPerSession().isPresent() ? "target " + (int) dose.minutesPerSession().getAsDouble()
                        + " min per walk" : "no target stated";
        List<TrendChart.Period> periods = List.of(
                new TrendChart.Period("baseline", report.baseline().from(), report.baseline().to()),
                new TrendChart.Period("period", report.period().from(), report.period().to()));
        return new TrendChart.Input(title, steps ? "Steps per day" : "Walking minutes per day", daily, 7, target,
                targetLabel, periods);
    }

    /**
     * Published mean differences of the outcome in the same units (not flagged, with a CI) and, as its own
     * group, the person's period-minus-baseline difference with its bootstrap CI.
     */
    public static ForestPlot.Input forest(ComparisonReport report, StudyDataset studies, String personLabel, String title) {
        PersonalOutcome outcome = report.outcome();
        OutcomeDomain domain = domain(outcome);
        List<ForestPlot.Row> published = new ArrayList<>();
        Map<String, Study> byId = new java.util.HashMap<>();
        studies.studies().forEach(s -> byId.put(s.id(), s));
        for (Finding f : studies.findings()) {
            if (f.outcome().domain() != domain || !sameUnits(outcome, f.outcome().instrument())) {
                continue;
            }
            StudyEffects.of(f).filter(e -> e.measure().startsWith("MD") && e.effectSize().isPresent() && e.hasCi())
                    .ifPresent(e -> published.add(row(e, byId.get(f.studyId()))));
        }
        Interval d = report.meanDifference();
        List<ForestPlot.Row> you = List.of(ForestPlot.Row.of(personLabel, d.estimate(), d.lower(), d.upper(), Double.NaN));
        List<ForestPlot.Subgroup> groups = new ArrayList<>();
        if (!published.isEmpty()) {
            groups.add(new ForestPlot.Subgroup("Published results, as reported (" + outcome.unit() + ")", published,
                    List.of(), null));
        }
        groups.add(new ForestPlot.Subgroup("Your own data: period minus baseline (one person, not a trial)", you,
                List.of(), null));
        List<String> notes = new ArrayList<>();
        notes.add("Studies compare walking with a control group; your change has no control and mixes in everything "
                + "else that changed.");
        if (published.isEmpty()) {
            notes.add("No published result in " + outcome.unit() + " with a CI was found for this outcome.");
        }
        return ForestPlot.Input.builder("MD", "Difference (" + outcome.unit() + ")", false, you, List.of())
                .subgroups(groups).title(title).direction(ForestPlot.Direction.of(outcome.lowerIsBetter()))
                .notes(notes).build();
    }

    private static ForestPlot.Row row(StudyEffect e, Study s) {
        String who = s == null ? e.finding().studyId() : s.citation().shortForm();
        String tp = e.finding().outcome().timepoint();
        return ForestPlot.Row.of(who + ", " + e.finding().outcome().instrument() + (tp.isEmpty() ? "" : ", " + tp),
                e.estimate(), e.ciLower().getAsDouble(), e.ciUpper().getAsDouble(), Double.NaN);
    }

    static OutcomeDomain domain(PersonalOutcome o) {
        return switch (o) {
            case WEIGHT -> OutcomeDomain.BODY_WEIGHT;
            case PAIN -> OutcomeDomain.PAIN;
            case SLEEP_LATENCY -> OutcomeDomain.SLEEP_LATENCY;
            case SLEEP_DURATION -> OutcomeDomain.SLEEP_DURATION;
        };
    }

    /** Units must match for a difference to sit on the same axis: kg, a 0-10 pain scale, or minutes. */
    static boolean sameUnits(PersonalOutcome o, String instrument) {
        String i = instrument.toLowerCase(java.util.Locale.ROOT);
        return switch (o) {
            case WEIGHT -> i.contains("(kg)") || i.endsWith("kg");
            case PAIN -> i.contains("0-10");
            case SLEEP_LATENCY, SLEEP_DURATION -> i.contains("minutes") || i.contains("(min");
        };
    }
}
