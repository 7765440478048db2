package org.walkstudy.analysis.personal.compare;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What {@link PersonalComparison} found: the outcome's means in baseline and period, their difference with
 * a block-bootstrap CI, the Theil-Sen trend per week over the period, weekly adherence and dose, and the
 * caveat that one person's data is not a trial.
 */
public record ComparisonReport(PersonalProtocol protocol, PersonalOutcome outcome, DateRange baseline, int baselineDays,
        DateRange period, int periodDays, double baselineMean, double periodMean, Interval meanDifference,
        Interval trendPerWeek, List<WeeklyAdherence> weeks, double meanAdherence, OptionalDouble doseRatio,
        long seed, int resamples, List<String> caveats) {

    public static final String NOT_A_TRIAL = "One person's data is not a trial: no control group, no blinding, and "
            + "anything else that changed in the same weeks (season, diet, treatment, mood) is mixed in. The CI describes "
            + "day-to-day variation of this person, not what the protocol does for people in general.";

    public ComparisonReport {
        if (protocol == null || outcome == null || baseline == null || period == null || meanDifference == null
                || trendPerWeek == null) {
            throw new IllegalArgumentException("protocol, outcome, ranges and estimates must be given");
        }
        weeks = List.copyOf(weeks);
        caveats = List.copyOf(caveats);
        doseRatio = doseRatio == null ? OptionalDouble.empty() : doseRatio;
    }
}
