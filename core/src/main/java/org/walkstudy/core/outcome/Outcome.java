package org.walkstudy.core.outcome;

import java.util.Optional;
import java.util.OptionalDouble;

import org.walkstudy.core.validation.Require;

/**
 * An outcome as measured: domain, instrument (e.g. "ODI", "VAS 0-100", "kg"), its scale when the
 * instrument has one, the better direction, and the time point (weeks from baseline and/or words).
 */
public record Outcome(
        OutcomeDomain domain,
        String instrument,
        Optional<Scale> scale,
        Direction direction,
        OptionalDouble timepointWeeks,
        String timepointLabel) {

    public Outcome {
        Require.nonNull("outcome_domain", domain);
        instrument = Require.orEmpty(instrument);
        scale = scale == null ? Optional.empty() : scale;
        Require.nonNull("lower_is_better", direction);
        timepointWeeks = Require.optional(timepointWeeks);
        if (timepointWeeks.isPresent()) {
            Require.nonNegative("timepoint_weeks", timepointWeeks.getAsDouble());
        }
        timepointLabel = Require.orEmpty(timepointLabel);
    }

    public static Outcome of(OutcomeDomain domain, String instrument, Direction direction) {
        return new Outcome(domain, instrument, Optional.empty(), direction, OptionalDouble.empty(), "");
    }

    public boolean lowerIsBetter() {
        return direction == Direction.LOWER_IS_BETTER;
    }

    /** "6 weeks" / the label / "" for tables. */
    public String timepoint() {
        if (!timepointLabel.isEmpty()) {
            return timepointLabel;
        }
        if (timepointWeeks.isPresent()) {
            double w = timepointWeeks.getAsDouble();
            return (w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w)) + " weeks";
        }
        return "";
    }
}
