package org.walkstudy.analysis.personal.compare;

/**
 * The person's own before/after change in the outcome: means in the baseline and the period, their difference
 * (period minus baseline) with a moving-block bootstrap CI, and the Theil-Sen trend per week over the period.
 * It has no control group, so it is not comparable with a trial's between-group effect.
 */
public record OutcomeChange(int baselineDays, int periodDays, double baselineMean, double periodMean,
        Interval meanDifference, Interval trendPerWeek) {
    /** The fewest days with a value for a change: 2 in the baseline (a mean and a spread), 3 in the period (a trend). */
    public static final int MIN_BASELINE_DAYS = 2;
    public static final int MIN_PERIOD_DAYS = 3;

    public OutcomeChange {
        if (baselineDays < MIN_BASELINE_DAYS || periodDays < MIN_PERIOD_DAYS) {
            throw new IllegalArgumentException("a change needs " + MIN_BASELINE_DAYS + " baseline and " + MIN_PERIOD_DAYS
                    + " period days with a value");
        }
        if (meanDifference == null || trendPerWeek == null || !Double.isFinite(baselineMean) || !Double.isFinite(periodMean)) {
            throw new IllegalArgumentException("means and intervals must be given and finite");
        }
    }
}
