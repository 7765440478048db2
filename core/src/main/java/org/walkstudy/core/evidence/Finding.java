package org.walkstudy.core.evidence;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.walkstudy.core.effect.EffectData;
import org.walkstudy.core.outcome.Outcome;
import org.walkstudy.core.provenance.Provenance;
import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * One study's result for one outcome and comparison. Either it carries effect data, or it carries a
 * gap: the reason the numbers are missing (never an invented value). Provenance is always required.
 * {@code pValue} is the p-value exactly as printed (text such as "<0.001"), or empty. {@code exposure} says
 * what the result is about (walking, exercise in general, activity, steps), {@code intervalKind} what its
 * printed interval is, {@code printed} the numbers' digits as the source printed them, and
 * {@code participants} the participants a review pooled for this result, when it printed them, and
 * {@code armNumbers} each arm's absolute numbers beside a ratio, when a source printed them.
 */
public record Finding(
        String studyId,
        String comparison,
        Outcome outcome,
        Optional<EffectData> data,
        String gap,
        Provenance provenance,
        List<Flag> flags,
        String pValue,
        Exposure exposure,
        IntervalKind intervalKind,
        PrintedNumbers printed,
        OptionalInt participants,
        Optional<ArmNumbers> armNumbers) {

    public Finding {
        studyId = Require.nonBlank("study_id", studyId);
        comparison = Require.orEmpty(comparison);
        Require.nonNull("outcome", outcome);
        data = data == null ? Optional.empty() : data;
        gap = Require.orEmpty(gap);
        Require.nonNull("provenance", provenance);
        flags = flags == null ? List.of() : List.copyOf(flags);
        pValue = Require.orEmpty(pValue);
        exposure = exposure == null ? Exposure.WALKING : exposure;
        intervalKind = intervalKind == null ? IntervalKind.CONFIDENCE : intervalKind;
        printed = printed == null ? PrintedNumbers.NONE : printed;
        participants = participants == null ? OptionalInt.empty() : participants;
        armNumbers = armNumbers == null ? Optional.empty() : armNumbers;
        if (participants.isPresent() && participants.getAsInt() < 1) {
            throw new InvalidValueException("participants", "must be >= 1 but was " + participants.getAsInt());
        }
        if (data.isEmpty() && gap.isEmpty()) {
            throw new InvalidValueException("gap", "a finding without numbers must say why they are missing");
        }
        if (data.isPresent() && !gap.isEmpty()) {
            throw new InvalidValueException("gap", "must be empty when the finding has numbers");
        }
    }

    public static Finding withData(String studyId, String comparison, Outcome outcome, EffectData data,
            Provenance provenance, List<Flag> flags) {
        return new Finding(studyId, comparison, outcome, Optional.of(data), "", provenance, flags, "", null, null, null,
                null, null);
    }

    public static Finding gap(String studyId, String comparison, Outcome outcome, String why, Provenance provenance,
            List<Flag> flags) {
        return new Finding(studyId, comparison, outcome, Optional.empty(), why, provenance, flags, "", null, null, null,
                null, null);
    }

    /** The same finding with the p-value as printed. */
    public Finding withPValue(String printed) {
        return new Finding(studyId, comparison, outcome, data, gap, provenance, flags, printed, exposure, intervalKind,
                this.printed, participants, armNumbers);
    }

    /** The same finding about another exposure (e.g. exercise in general rather than walking). */
    public Finding withExposure(Exposure about) {
        return new Finding(studyId, comparison, outcome, data, gap, provenance, flags, pValue, about, intervalKind,
                printed, participants, armNumbers);
    }

    /** The same finding with the kind of its printed interval. */
    public Finding withIntervalKind(IntervalKind kind) {
        return new Finding(studyId, comparison, outcome, data, gap, provenance, flags, pValue, exposure, kind,
                printed, participants, armNumbers);
    }

    /** The same finding with its numbers' digits as printed. */
    public Finding withPrinted(PrintedNumbers digits) {
        return new Finding(studyId, comparison, outcome, data, gap, provenance, flags, pValue, exposure, intervalKind,
                digits, participants, armNumbers);
    }

    /** The same finding with the participants a review pooled for it. */
    public Finding withParticipants(OptionalInt pooled) {
        return new Finding(studyId, comparison, outcome, data, gap, provenance, flags, pValue, exposure, intervalKind,
                printed, pooled, armNumbers);
    }

    /** The same finding with each arm's absolute numbers. */
    public Finding withArmNumbers(ArmNumbers numbers) {
        return new Finding(studyId, comparison, outcome, data, gap, provenance, flags, pValue, exposure, intervalKind,
                printed, participants, Optional.of(numbers));
    }

    /** True when the numbers may enter a pooled estimate: present and not flagged as inconsistent. */
    public boolean poolable() {
        return data.isPresent() && flags.stream().noneMatch(Flag::excludesFromPooling);
    }
}
