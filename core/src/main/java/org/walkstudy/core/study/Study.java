package org.walkstudy.core.study;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * A published study. The id is a stable key used by data files and claims (letters, digits,
 * underscore, hyphen, dot); arms are optional because reviews and cohorts have none.
 */
public record Study(
        String id,
        Citation citation,
        StudyDesign design,
        String population,
        String country,
        List<Arm> arms,
        Optional<WalkingProtocol> protocol,
        String notes) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

    public Study {
        id = Require.nonBlank("study_id", id);
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException("study_id",
                    "must use letters, digits, '_', '-' or '.' but was '" + id + "'");
        }
        Require.nonNull("citation", citation);
        Require.nonNull("design", design);
        population = Require.orEmpty(population);
        country = Require.orEmpty(country);
        arms = arms == null ? List.of() : List.copyOf(arms);
        Set<String> labels = new HashSet<>();
        for (Arm arm : arms) {
            if (!labels.add(arm.label())) {
                throw new InvalidValueException("arm.label", "duplicate arm '" + arm.label() + "' in study " + id);
            }
        }
        protocol = protocol == null ? Optional.empty() : protocol;
        notes = Require.orEmpty(notes);
    }

    /** Total participants over all arms (0 when the study has no arms recorded). */
    public int totalN() {
        return arms.stream().mapToInt(Arm::n).sum();
    }
}
