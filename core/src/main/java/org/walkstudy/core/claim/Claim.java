package org.walkstudy.core.claim;

import java.util.List;

import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * A statement of the article, numbered as in the article, with the ids of the studies whose findings
 * bear on it (possibly none: then the claim can only be unverified).
 */
public record Claim(int number, String statement, ClaimTopic topic, List<String> evidenceStudyIds, String note) {
    public Claim {
        if (number < 1) {
            throw new InvalidValueException("number", "must be >= 1 but was " + number);
        }
        statement = Require.nonBlank("statement", statement);
        Require.nonNull("topic", topic);
        evidenceStudyIds = evidenceStudyIds == null ? List.of() : List.copyOf(evidenceStudyIds);
        note = Require.orEmpty(note);
    }
}
