package org.walkstudy.core.evidence;

import java.util.List;
import java.util.Optional;

import org.walkstudy.core.effect.EffectData;
import org.walkstudy.core.outcome.Outcome;
import org.walkstudy.core.provenance.Provenance;
import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * One study's result for one outcome and comparison. Either it carries effect data, or it carries a
 * gap: the reason the numbers are missing (never an invented value). Provenance is always required.
 * {@code pValue} is the p-value exactly as printed (text such as "<0.001"), or empty.
 */
public record Finding(
        String studyId,
        String comparison,
        Outcome outcome,
        Optional<EffectData> data,
        String gap,
        Provenance provenance,
        List<Flag> flags,
        String pValue) {

    public Finding {
        studyId = Require.nonBlank("study_id", studyId);
        comparison = Require.orEmpty(comparison);
        Require.nonNull("outcome", outcome);
        data = data == null ? Optional.empty() : data;
        gap = Require.orEmpty(gap);
        Require.nonNull("provenance", provenance);
        flags = flags == null ? List.of() : List.copyOf(flags);
        pValue = Require.orEmpty(pValue);
        if (data.isEmpty() && gap.isEmpty()) {
            throw new InvalidValueException("gap", "a finding without numbers must say why they are missing");
        }
        if (data.isPresent() && !gap.isEmpty()) {
            throw new InvalidValueException("gap", "must be empty when the finding has numbers");
        }
    }

    public static Finding withData(String studyId, String comparison, Outcome outcome, EffectData data,
            Provenance provenance, List<Flag> flags) {
        return new Finding(studyId, comparison, outcome, Optional.of(data), "", provenance, flags, "");
    }

    public static Finding gap(String studyId, String comparison, Outcome outcome, String why, Provenance provenance,
            List<Flag> flags) {
        return new Finding(studyId, comparison, outcome, Optional.empty(), why, provenance, flags, "");
    }

    /** The same finding with the p-value as printed. */
    public Finding withPValue(String printed) {
        return new Finding(studyId, comparison, outcome, data, gap, provenance, flags, printed);
    }

    /** True when the numbers may enter a pooled estimate: present and not flagged as inconsistent. */
    public boolean poolable() {
        return data.isPresent() && flags.stream().noneMatch(Flag::excludesFromPooling);
    }
}
