package org.walkstudy.analysis.personal.compare;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.DailyTable;

/** Compares a person's outcome in a period with a baseline, and their walking with a protocol. */
public final class PersonalComparison {
    public static final long DEFAULT_SEED = 20_240_601L;
    public static final double LEVEL = 0.95;
    /** Default baseline when none is given: the first 4 weeks of data. */
    public static final int DEFAULT_BASELINE_DAYS = 28;

    private PersonalComparison() {
    }

    public static ComparisonReport compare(DailyTable data, PersonalProtocol protocol, PersonalOutcome outcome,
            Optional<DateRange> baseline, Optional<DateRange> period, long seed) {
        if (data == null || protocol == null || outcome == null) {
            throw new IllegalArgumentException("data, protocol and outcome must be given");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("the daily table is empty");
        }
        List<DailyRow> rows = data.rows();
        DateRange base = baseline.orElseGet(() -> DateRange.of(rows.get(0).date(),
                rows.get(0).date().plusDays(DEFAULT_BASELINE_DAYS - 1)));
        DateRange per = period.orElseGet(() -> DateRange.of(base.to().plusDays(1), rows.get(rows.size() - 1).date()));
        if (per.from().isBefore(base.to().plusDays(1)) && per.to().isAfter(base.from().minusDays(1))) {
            throw new IllegalArgumentException("baseline " + base + " and period " + per + " overlap");
        }
        double[] b = values(rows, base, outcome);
        double[] p = values(rows, per, outcome);
        if (b.length < 2 || p.length < 3) {
            throw new IllegalArgumentException("too few days with " + outcome.measure().column() + ": " + b.length
                    + " in the baseline " + base + " (need 2), " + p.length + " in the period " + per + " (need 3)");
        }
        Interval diff = BlockBootstrap.meanDifference(b, p, BlockBootstrap.DEFAULT_RESAMPLES, seed, LEVEL);
        List<double[]> xy = series(rows, per, outcome);
        Interval trend = TheilSen.slope(xy.get(0), xy.get(1), LEVEL);
        List<WeeklyAdherence> weeks = Adherence.weekly(rows, protocol.dose(), per);
        double adherence = weeks.stream().mapToDouble(WeeklyAdherence::adherence).average().orElse(0);
        List<String> caveats = new ArrayList<>();
        caveats.add(ComparisonReport.NOT_A_TRIAL);
        caveats.add("Trend CI (Sen 1968) assumes independent days; with autocorrelated data it is too narrow.");
        if (protocol.dose().weeks().isPresent() && per.days() < protocol.dose().weeks().getAsDouble() * 7) {
            caveats.add("The period (" + per.days() + " days) is shorter than the protocol's "
                    + (int) protocol.dose().weeks().getAsDouble() + " weeks.");
        }
        if (rows.stream().anyMatch(r -> r.sources().contains("SYNTHETIC"))) {
            caveats.add(0, "SYNTHETIC EXAMPLE: these are generated numbers, not a real person's.");
        }
        return new ComparisonReport(protocol, outcome, base, b.length, per, p.length, BlockBootstrap.mean(b),
                BlockBootstrap.mean(p), diff, trend, weeks, adherence, Adherence.doseRatio(weeks, protocol.dose()),
                seed, BlockBootstrap.DEFAULT_RESAMPLES, caveats);
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
