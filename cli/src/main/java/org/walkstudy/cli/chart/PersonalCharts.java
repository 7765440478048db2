package org.walkstudy.cli.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.evidence.StudyEffects;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.DailySeries;
import org.walkstudy.analysis.personal.compare.DateRange;
import org.walkstudy.analysis.personal.compare.PersonalOutcome;
import org.walkstudy.analysis.personal.compare.Ramp;
import org.walkstudy.analysis.personal.compare.WeeklyAdherence;
import org.walkstudy.core.study.Intensity;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;
import org.walkstudy.core.study.WalkingProtocol;
import org.walkstudy.datasets.csv.StudyDataset;

/**
 * The personal comparison's charts: the person's own chart ({@link PersonalDashboard}: walking, the WHO line,
 * coverage, the outcome, the own change and the outcome against walking), and a forest plot of the published
 * results in the outcome's own units, without the person's change, which is not comparable with them.
 */
public final class PersonalCharts {
    private PersonalCharts() {
    }

    /** WHO: at least 150 minutes of moderate activity a week for adults (WHO guidelines on physical activity, 2020). */
    public static final double WHO_MINUTES_PER_WEEK = 150;
    /** Beyond this many days the week panel rolls up by month. */
    static final int MONTHLY_AFTER_DAYS = 366;
    static final String REVERSE_CAUSATION = "A bad day may cause less walking: a link here does not show that walking "
            + "changes the outcome.";

    /**
     * The person's chart: walking per day against the per-walk target (ramped for a progressive protocol),
     * walking per week (per month for long histories) against WHO's 150 minutes and the weekly target, the
     * weekly data coverage, the outcome over time, the own change in its own panel, and the outcome against
     * same-day and next-day walking.
     */
    public static PersonalDashboard.Input dashboard(DailyTable table, ComparisonReport report, String title) {
        WalkingProtocol dose = report.protocol().dose();
        DailyMeasure walking = walkingMeasure(table, dose);
        DateRange span = span(table, report);
        DailySeries daily = DailySeries.of(table, walking, span);
        if (daily.known().isEmpty()) {
            throw new IllegalArgumentException("the daily data has no steps or walking minutes to chart");
        }
        boolean steps = walking == DailyMeasure.STEPS;
        boolean monthly = span.days() > MONTHLY_AFTER_DAYS;
        List<PersonalDashboard.Panel> panels = new ArrayList<>();
        panels.add(dailyPanel(daily, report, steps, monthly));
        if (!steps) {
            panels.add(weeklyPanel(daily, report, monthly));
        }
        panels.add(coveragePanel(DailySeries.of(table, protocolMeasure(dose), span), report, monthly));
        DailySeries outcome = DailySeries.of(table, report.outcome().measure(), span);
        List<String> notes = new ArrayList<>();
        if (!outcome.known().isEmpty()) {
            panels.add(outcomePanel(outcome, report, monthly));
        } else {
            notes.add("No " + report.outcome().measure().column() + " in the data: the outcome is not drawn.");
        }
        Optional<PersonalDashboard.Change> change = report.change().map(c -> new PersonalDashboard.Change(
                "Your own change (not a trial's effect)", report.outcome().unit(), c.baselineMean(), c.periodMean(),
                c.meanDifference().estimate(), c.meanDifference().lower(), c.meanDifference().upper(),
                ComparisonReport.NOT_COMPARABLE));
        if (report.change().isEmpty()) {
            notes.add(report.changeNote());
        }
        report.ramp().ifPresent(r -> notes.add("Ramp: " + Ramp.RULE + "."));
        return new PersonalDashboard.Input(title, panels, periods(report), change,
                scatters(table, walking, report.outcome()), notes);
    }

    private static PersonalDashboard.Panel dailyPanel(DailySeries daily, ComparisonReport report, boolean steps, boolean monthly) {
        int window = monthly ? 28 : 7;
        List<PersonalDashboard.Line> lines = new ArrayList<>(List.of(new PersonalDashboard.Line(window + "-day mean",
                daily.rollingMean(window), PersonalDashboard.Line.Kind.LINE, Style.STUDY, 1)));
        NavigableMap<LocalDate, Double> target = new TreeMap<>();
        if (steps) {
            int perDay = report.protocol().dose().dailyStepTarget().getAsInt();
            report.weeks().forEach(w -> target.put(w.weekStart(), (double) perDay));
        } else {
            report.weeks().forEach(w -> w.minutesPerWalk().ifPresent(m -> target.put(w.weekStart(), m)));
        }
        if (!target.isEmpty()) {
            lines.add(new PersonalDashboard.Line(steps ? "target steps a day" : report.ramp().isPresent()
                    ? "target per walk (ramped, see note)" : "target per walk", target, PersonalDashboard.Line.Kind.STEP,
                    Style.ACCENT, 0));
        }
        return new PersonalDashboard.Panel(steps ? "Steps per day" : "Minutes per walk (a day = one walk)", 200, Double.NaN, true,
                List.of(new PersonalDashboard.Bars("each day", daily.known(), PersonalDashboard.Width.DAY, false)), lines,
                List.of());
    }

    private static PersonalDashboard.Panel weeklyPanel(DailySeries minutes, ComparisonReport report, boolean monthly) {
        NavigableMap<LocalDate, Double> bars = new TreeMap<>();
        for (DailySeries.Bucket b : monthly ? minutes.monthly() : minutes.weekly(report.period().from())) {
            // A month's total as minutes a week, so the WHO line holds for both roll-ups.
            b.sum().ifPresent(s -> bars.put(b.from(), monthly ? s * 7 / b.days() : s));
        }
        NavigableMap<LocalDate, Double> target = new TreeMap<>();
        for (WeeklyAdherence w : report.weeks()) {
            if (w.minutesPerWalk().isPresent()) {
                target.put(w.weekStart(), w.minutesPerWalk().getAsDouble() * w.sessionsPrescribed() * 7 / w.days());
            }
        }
        List<PersonalDashboard.Line> lines = target.isEmpty() ? List.of() : List.of(new PersonalDashboard.Line(
                "protocol's weekly target", target, PersonalDashboard.Line.Kind.STEP, Style.ACCENT, 0));
        return new PersonalDashboard.Panel(monthly ? "Minutes a week (by month)" : "Minutes a week", 150, Double.NaN, true,
                List.of(new PersonalDashboard.Bars(monthly ? "each month, as minutes a week" : "each week", bars,
                        monthly ? PersonalDashboard.Width.MONTH : PersonalDashboard.Width.WEEK, false)),
                lines, List.of(new PersonalDashboard.Level("WHO: 150 min a week", WHO_MINUTES_PER_WEEK,
                        PersonalDashboard.whoColor())));
    }

    private static PersonalDashboard.Panel coveragePanel(DailySeries measure, ComparisonReport report, boolean monthly) {
        NavigableMap<LocalDate, Double> bars = new TreeMap<>();
        for (DailySeries.Bucket b : monthly ? measure.monthly() : measure.weekly(report.period().from())) {
            bars.put(b.from(), b.coverage() * 7);
        }
        return new PersonalDashboard.Panel("Days a week", 80, 7, true, List.of(new PersonalDashboard.Bars(
                "days with " + measure.measure().column() + (monthly ? " (monthly, per week)" : " (of 7)"), bars,
                monthly ? PersonalDashboard.Width.MONTH : PersonalDashboard.Width.WEEK, true)), List.of(), List.of());
    }

    private static PersonalDashboard.Panel outcomePanel(DailySeries outcome, ComparisonReport report, boolean monthly) {
        int window = monthly ? 28 : 7;
        PersonalOutcome o = report.outcome();
        return new PersonalDashboard.Panel(capitalised(o.id()) + ", " + o.unit(), 150, Double.NaN, zeroBased(o), List.of(), List.of(
                new PersonalDashboard.Line(o.id() + " each day", outcome.known(), PersonalDashboard.Line.Kind.DOTS,
                        PersonalDashboard.outcomeColor(), 0),
                new PersonalDashboard.Line(window + "-day mean", outcome.rollingMean(window), PersonalDashboard.Line.Kind.LINE,
                        Style.STUDY, 1)), List.of());
    }

    /** The outcome against walking the same day and the day before (needs 3 pairs for each). */
    private static List<PersonalDashboard.Scatter> scatters(DailyTable table, DailyMeasure walking, PersonalOutcome o) {
        Map<LocalDate, DailyRow> byDate = new TreeMap<>();
        table.rows().forEach(r -> byDate.put(r.date(), r));
        List<double[]> same = new ArrayList<>();
        List<double[]> next = new ArrayList<>();
        for (DailyRow r : table.rows()) {
            if (r.value(o.measure()).isEmpty()) {
                continue;
            }
            double y = r.value(o.measure()).getAsDouble();
            r.value(walking).ifPresent(x -> same.add(new double[] {x, y}));
            DailyRow before = byDate.get(r.date().minusDays(1));
            if (before != null) {
                before.value(walking).ifPresent(x -> next.add(new double[] {x, y}));
            }
        }
        String unit = walking == DailyMeasure.STEPS ? "steps" : "walking minutes";
        String yTitle = capitalised(o.id());
        List<PersonalDashboard.Scatter> out = new ArrayList<>();
        if (same.size() >= 3) {
            out.add(new PersonalDashboard.Scatter(yTitle + " against same-day walking", capitalised(unit) + " that day",
                    yTitle, same, zeroBased(o), REVERSE_CAUSATION));
        }
        if (next.size() >= 3) {
            out.add(new PersonalDashboard.Scatter(yTitle + " against walking the day before",
                    capitalised(unit) + " the day before", yTitle, next, zeroBased(o), "Each dot: a day's " + o.id()
                            + " and the walking of the day before it."));
        }
        return out;
    }

    /** Weight is a level far from zero: its axes start near the data so a change of a kilogram shows. */
    private static boolean zeroBased(PersonalOutcome o) {
        return o != PersonalOutcome.WEIGHT;
    }

    private static List<ShadedPeriod> periods(ComparisonReport report) {
        List<ShadedPeriod> out = new ArrayList<>();
        report.baseline().ifPresent(b -> out.add(new ShadedPeriod("Baseline", b.from(), b.to())));
        out.add(new ShadedPeriod("Period", report.period().from(), report.period().to()));
        return out;
    }

    /** The data's first to last day, widened to the baseline and period. */
    private static DateRange span(DailyTable table, ComparisonReport report) {
        LocalDate from = table.rows().get(0).date();
        LocalDate to = table.rows().get(table.size() - 1).date();
        LocalDate start = report.baseline().map(DateRange::from).filter(d -> d.isBefore(from)).orElse(from);
        start = report.period().from().isBefore(start) ? report.period().from() : start;
        LocalDate end = report.period().to().isAfter(to) ? report.period().to() : to;
        return DateRange.of(start, end);
    }

    /** The measure the protocol counts: steps for a step target, brisk minutes for a brisk one, else walking minutes. */
    static DailyMeasure protocolMeasure(WalkingProtocol dose) {
        return dose.dailyStepTarget().isPresent() ? DailyMeasure.STEPS
                : dose.intensity() == Intensity.BRISK ? DailyMeasure.BRISK_MINUTES : DailyMeasure.WALK_MINUTES;
    }

    /** The protocol's measure, or steps when the data has none of it (an Apple Health export without workouts). */
    private static DailyMeasure walkingMeasure(DailyTable table, WalkingProtocol dose) {
        DailyMeasure m = protocolMeasure(dose);
        return table.rows().stream().anyMatch(r -> r.value(m).isPresent()) ? m : DailyMeasure.STEPS;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1).replace('-', ' ');
    }

    /**
     * Published mean differences of the outcome in the same units (with a CI); empty when there are none. The
     * person's own change is not a row here: it has no control group, so it is drawn in its own panel of the
     * person's chart ({@code personLabel} names that chart).
     */
    public static Optional<ForestPlot.Input> forest(ComparisonReport report, StudyDataset studies, String personLabel, String title) {
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
        if (published.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = List.of("Each row is a between-group effect: walking minus a control group.",
                ComparisonReport.NOT_COMPARABLE + " It is drawn in its own panel of " + personLabel + ".");
        return Optional.of(ForestPlot.Input.builder("MD", "Difference (" + outcome.unit() + ")", false, published, List.of())
                .title(title).direction(ForestPlot.Direction.of(outcome.lowerIsBetter())).notes(notes).build());
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
