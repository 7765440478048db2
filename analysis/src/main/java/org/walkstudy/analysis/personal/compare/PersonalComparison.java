package org.walkstudy.analysis.personal.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.DailyTable;

/**
 * Compares a person's walking with a protocol (weekly adherence and dose) and, when the data allows, their
 * outcome in a period with a baseline. Defaults fit the data: the baseline is the first 28 days, or the first
 * third of a history shorter than 84 days; the period runs from the day after the baseline to the end of the
 * data, capped at the protocol's length.
 */
public final class PersonalComparison {
    public static final long DEFAULT_SEED = 20_240_601L;
    public static final double LEVEL = 0.95;
    /** Default baseline when none is given: the first 4 weeks of data ... */
    public static final int DEFAULT_BASELINE_DAYS = 28;
    /** ... or, for a shorter history, this fraction of it (a third: 21 days give a 7-day baseline). */
    public static final int SHORT_HISTORY_DIVISOR = 3;

    private PersonalComparison() {
    }

    public static ComparisonReport compare(DailyTable data, PersonalProtocol protocol, PersonalOutcome outcome,
            Optional<DateRange> baseline, Optional<DateRange> period, long seed) {
        if (data == null || protocol == null || outcome == null || baseline == null || period == null) {
            throw new IllegalArgumentException("data, protocol, outcome and ranges (empty for the defaults) must be given");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("the daily table is empty");
        }
        List<DailyRow> rows = data.rows();
        DateRange history = DateRange.of(rows.get(0).date(), rows.get(rows.size() - 1).date());
        Optional<DateRange> base = baseline.isPresent() ? baseline : defaultBaseline(history, period);
        DateRange per = period.orElseGet(() -> defaultPeriod(history, base, protocol));
        base.ifPresent(b -> {
            if (per.from().isBefore(b.to().plusDays(1)) && per.to().isAfter(b.from().minusDays(1))) {
                throw new IllegalArgumentException("baseline " + b + " and period " + per + " overlap");
            }
        });
        Optional<Ramp> ramp = protocol.progressive() ? Optional.of(Ramp.from(baselineMinutesPerWeek(rows, base, protocol),
                protocol.dose().minutesPerWeek().getAsDouble(), (int) protocol.dose().weeks().getAsDouble())) : Optional.empty();
        List<WeeklyAdherence> weeks = Adherence.weekly(rows, protocol.dose(), per, ramp);
        List<String> why = new ArrayList<>();
        Optional<OutcomeChange> change = change(rows, outcome, base, per, seed, why);
        return new ComparisonReport(protocol, outcome, base, per, change, why.isEmpty() ? "" : why.get(0), ramp, weeks,
                Adherence.meanAdherence(weeks), Adherence.doseRatio(weeks), seed, BlockBootstrap.DEFAULT_RESAMPLES,
                caveats(rows, protocol, per, ramp));
    }

    /** The first 28 days, or the first third of a shorter history; ends before a given period; empty when no day is left. */
    static Optional<DateRange> defaultBaseline(DateRange history, Optional<DateRange> period) {
        long length = Math.min(DEFAULT_BASELINE_DAYS, history.days() / SHORT_HISTORY_DIVISOR);
        LocalDate end = history.from().plusDays(length - 1);
        if (period.isPresent() && !period.get().from().isAfter(end)) {
            end = period.get().from().minusDays(1);
        }
        return length < 1 || end.isBefore(history.from()) ? Optional.empty() : Optional.of(DateRange.of(history.from(), end));
    }

    /** From the day after the baseline (or the first day) to the end of the data, at most the protocol's length. */
    static DateRange defaultPeriod(DateRange history, Optional<DateRange> baseline, PersonalProtocol protocol) {
        LocalDate from = baseline.map(b -> b.to().plusDays(1)).orElse(history.from());
        if (from.isAfter(history.to())) {
            throw new IllegalArgumentException("the baseline " + baseline.get() + " reaches the last day of the data ("
                    + history.to() + "): no days are left for a period; give --period FROM..TO");
        }
        LocalDate to = history.to();
        OptionalDouble weeks = protocol.dose().weeks();
        if (weeks.isPresent()) {
            LocalDate cap = from.plusDays((long) (weeks.getAsDouble() * 7) - 1);
            to = cap.isBefore(to) ? cap : to;
        }
        return DateRange.of(from, to);
    }

    /** Mean walking minutes a week on the baseline's days with walking data (0 when there are none). */
    static double baselineMinutesPerWeek(List<DailyRow> rows, Optional<DateRange> base, PersonalProtocol protocol) {
        if (base.isEmpty()) {
            return 0;
        }
        OptionalDouble perDay = rows.stream().filter(r -> base.get().contains(r.date()))
                .map(r -> Adherence.minutes(r, protocol.dose())).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
        return perDay.orElse(0) * 7;
    }

    private static Optional<OutcomeChange> change(List<DailyRow> rows, PersonalOutcome outcome, Optional<DateRange> base,
            DateRange per, long seed, List<String> why) {
        String column = outcome.measure().column();
        if (rows.stream().noneMatch(r -> r.value(outcome.measure()).isPresent())) {
            why.add("No change in " + outcome.id() + " can be estimated: the data has no " + column
                    + " values. Adherence and dose are shown on their own.");
            return Optional.empty();
        }
        if (base.isEmpty()) {
            why.add("No change in " + outcome.id() + " can be estimated: the data (" + rows.size()
                    + " days) leaves no room for a baseline before the period. Give --baseline FROM..TO.");
            return Optional.empty();
        }
        double[] b = values(rows, base.get(), outcome);
        double[] p = values(rows, per, outcome);
        if (b.length < OutcomeChange.MIN_BASELINE_DAYS || p.length < OutcomeChange.MIN_PERIOD_DAYS) {
            why.add("No change in " + outcome.id() + " can be estimated: it needs " + column + " on at least "
                    + OutcomeChange.MIN_BASELINE_DAYS + " days of the baseline and " + OutcomeChange.MIN_PERIOD_DAYS
                    + " of the period; the data has " + b.length + " in the baseline " + base.get() + " and " + p.length
                    + " in the period " + per + ".");
            return Optional.empty();
        }
        Interval diff = BlockBootstrap.meanDifference(b, p, BlockBootstrap.DEFAULT_RESAMPLES, seed, LEVEL);
        List<double[]> xy = series(rows, per, outcome);
        Interval trend = TheilSen.slope(xy.get(0), xy.get(1), LEVEL);
        return Optional.of(new OutcomeChange(b.length, p.length, BlockBootstrap.mean(b), BlockBootstrap.mean(p), diff, trend));
    }

    private static List<String> caveats(List<DailyRow> rows, PersonalProtocol protocol, DateRange per, Optional<Ramp> ramp) {
        List<String> caveats = new ArrayList<>();
        caveats.add(ComparisonReport.NOT_A_TRIAL);
        caveats.add(ComparisonReport.NOT_COMPARABLE);
        caveats.add("Trend CI (Sen 1968) assumes independent days; with autocorrelated data it is too narrow.");
        ramp.ifPresent(r -> caveats.add("The weekly target ramps from " + Math.round(r.startMinutesPerWeek())
                + " to " + Math.round(r.goalMinutesPerWeek()) + " min over " + r.weeks() + " weeks (" + Ramp.RULE + ")."));
        if (protocol.dose().weeks().isPresent() && per.days() < protocol.dose().weeks().getAsDouble() * 7) {
            caveats.add("The period (" + per.days() + " days) is shorter than the protocol's "
                    + (int) protocol.dose().weeks().getAsDouble() + " weeks.");
        }
        if (rows.stream().anyMatch(r -> r.sources().contains("SYNTHETIC"))) {
            caveats.add(0, "SYNTHETIC EXAMPLE: these are generated numbers, not a real person's.");
        }
        return caveats;
    }

    /** The outcome's values inside the range, in date order (days without a value are left out). */
    static double[] values(List<DailyRow> rows, DateRange range, PersonalOutcome outcome) {
        return rows.stream().filter(r -> range.contains(r.date()) && r.value(outcome.measure()).isPresent())
                .mapToDouble(r -> r.value(outcome.measure()).getAsDouble()).toArray();
    }

    /** x = weeks since the period's start, y = the outcome. */
    static List<double[]> series(List<DailyRow> rows, DateRange range, PersonalOutcome outcome) {
        List<DailyRow> in = rows.stream().filter(r -> range.contains(r.date()) && r.value(outcome.measure()).isPresent()).toList();
        double[] x = new double[in.size()];
        double[] y = new double[in.size()];
        for (int i = 0; i < in.size(); i++) {
            x[i] = ChronoUnit.DAYS.between(range.from(), in.get(i).date()) / 7.0;
            y[i] = in.get(i).value(outcome.measure()).getAsDouble();
        }
        return List.of(x, y);
    }
}
