package org.walkstudy.analysis.personal.compare;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@link PersonalComparison} found: weekly adherence and dose over the period (with the ramp of a
 * progressive protocol), and the outcome's change from the baseline when it can be estimated; when it
 * cannot, {@code changeNote} says why in plain words. The baseline is empty when the data has no room for one.
 */
public record ComparisonReport(PersonalProtocol protocol, PersonalOutcome outcome, Optional<DateRange> baseline,
        DateRange period, Optional<OutcomeChange> change, String changeNote, Optional<Ramp> ramp,
        List<WeeklyAdherence> weeks, OptionalDouble meanAdherence, OptionalDouble doseRatio, long seed, int resamples,
        List<String> caveats) {

    public static final String NOT_A_TRIAL = "One person's data is not a trial: no control group, no blinding, and "
            + "anything else that changed in the same weeks (season, diet, treatment, mood) is mixed in. The CI describes "
            + "day-to-day variation of this person, not what the protocol does for people in general.";

    /** Said beside the person's change wherever it is drawn. */
    public static final String NOT_COMPARABLE = "Your before/after change is not comparable with a trial's "
            + "between-group effect: a trial subtracts a control group's change, yours has no control.";

    public ComparisonReport {
        if (protocol == null || outcome == null || baseline == null || period == null || change == null || ramp == null
                || meanAdherence == null || doseRatio == null) {
            throw new IllegalArgumentException("protocol, outcome, ranges and estimates must be given (empty when unknown)");
        }
        if (change.isEmpty() && (changeNote == null || changeNote.isBlank())) {
            throw new IllegalArgumentException("a missing change needs a note saying why");
        }
        changeNote = change.isPresent() ? "" : changeNote;
        weeks = List.copyOf(weeks);
        caveats = List.copyOf(caveats);
    }

    public long weeksWithData() {
        return weeks.stream().filter(WeeklyAdherence::hasData).count();
    }
}
