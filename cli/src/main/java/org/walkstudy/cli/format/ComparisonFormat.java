package org.walkstudy.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.walkstudy.analysis.personal.compare.BlockBootstrap;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.Interval;
import org.walkstudy.analysis.personal.compare.OutcomeChange;
import org.walkstudy.analysis.personal.compare.PersonalOutcome;
import org.walkstudy.analysis.personal.compare.WeeklyAdherence;

/**
 * How the personal comparison prints its numbers and lines, shared by {@code walkstudy compare} and the report
 * so the two never disagree: two decimals, signed changes, whole percentages, "no data" for a week without data.
 */
public final class ComparisonFormat {
    public static final String NO_DATA = "no data";
    public static final List<String> WEEK_HEADER = List.of("week from", "days with data", "sessions", "prescribed",
            "min per walk", "walk min", "mean steps", "adherence", "dose");

    private ComparisonFormat() {
    }

    public static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    public static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }

    /** The facts of a comparison as (label, text) pairs, in the order both outputs show them. */
    public static List<String[]> facts(ComparisonReport r) {
        PersonalOutcome o = r.outcome();
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Protocol", r.protocol().id() + ": " + r.protocol().dose().description()});
        out.add(new String[] {"Source", r.protocol().source()});
        out.add(new String[] {"Outcome", o.id() + " (" + o.measure().column() + ", " + o.unit() + "; "
                + (o.lowerIsBetter() ? "lower" : "higher") + " is better)"});
        if (r.change().isPresent()) {
            OutcomeChange c = r.change().get();
            Interval d = c.meanDifference();
            Interval t = c.trendPerWeek();
            out.add(new String[] {"Baseline", r.baseline().orElseThrow() + ": " + c.baselineDays() + " days, mean " + num(c.baselineMean())});
            out.add(new String[] {"Period", r.period() + ": " + c.periodDays() + " days, mean " + num(c.periodMean())});
            out.add(new String[] {"Change", signed(d.estimate()) + " " + o.unit() + ", 95% CI " + signed(d.lower()) + " to "
                    + signed(d.upper()) + " (moving-block bootstrap: blocks of " + BlockBootstrap.blockLength(c.baselineDays())
                    + "/" + BlockBootstrap.blockLength(c.periodDays()) + " days, " + r.resamples() + " resamples, seed "
                    + r.seed() + "; your own before/after change, not comparable with a trial's between-group effect)"});
            out.add(new String[] {"Trend", signed(t.estimate()) + " " + o.unit() + " per week over the period, 95% CI "
                    + signed(t.lower()) + " to " + signed(t.upper()) + " (Theil-Sen)"});
        } else {
            out.add(new String[] {"Baseline", r.baseline().map(Object::toString).orElse("none")});
            out.add(new String[] {"Period", r.period().toString()});
            out.add(new String[] {"Change", r.changeNote()});
        }
        out.add(new String[] {"Adherence", adherence(r)});
        r.ramp().ifPresent(x -> out.add(new String[] {"Ramp", "weekly target from " + num(x.startMinutesPerWeek())
                + " min (your baseline) to " + num(x.goalMinutesPerWeek()) + " min in week " + x.weeks()}));
        return out;
    }

    /** Mean adherence and dose over the weeks with data, and how many weeks those are. */
    public static String adherence(ComparisonReport r) {
        String weeks = r.weeksWithData() + " of " + r.weeks().size() + " weeks with data";
        if (r.meanAdherence().isEmpty()) {
            return "no data: none of the " + r.weeks().size() + " weeks of the period has walking data";
        }
        return pct(r.meanAdherence().getAsDouble()) + " of prescribed sessions on average"
                + (r.doseRatio().isPresent() ? "; dose achieved " + pct(r.doseRatio().getAsDouble()) + " of prescribed" : "")
                + " (" + weeks + "; weeks without data are left out of both)";
    }

    /** One week's cells, in {@link #WEEK_HEADER} order. */
    public static List<String> weekCells(WeeklyAdherence w) {
        return List.of(w.weekStart().toString(), String.valueOf(w.daysWithData()), String.valueOf(w.sessions()),
                num(w.sessionsPrescribed()), opt(w.minutesPerWalk(), "%.1f"), opt(w.walkMinutes(), "%.2f"),
                opt(w.meanSteps(), "%.0f"), w.adherence().isPresent() ? pct(w.adherence().getAsDouble()) : NO_DATA,
                w.dose().isPresent() ? pct(w.dose().getAsDouble()) : w.hasData() ? "" : NO_DATA);
    }

    private static String opt(OptionalDouble v, String pattern) {
        return v.isPresent() ? String.format(Locale.ROOT, pattern, v.getAsDouble()) : "";
    }
}
