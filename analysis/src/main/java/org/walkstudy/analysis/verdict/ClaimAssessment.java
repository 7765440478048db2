package org.walkstudy.analysis.verdict;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.core.claim.Claim;

/**
 * A claim with its verdict (derived from its parts' verdicts), the usable effects behind all parts, the key
 * effect, the number of studies with usable numbers and their participants (arm sizes, or the participants a
 * review printed as pooled), the certainty of the key effect, and each part's own assessment.
 */
public record ClaimAssessment(Claim claim, Verdict verdict, List<StudyEffect> usable, Optional<StudyEffect> key,
        int studiesWithNumbers, int studiesCited, int participants, Optional<CertaintyRating> certainty,
        List<PartAssessment> parts) {
    public ClaimAssessment {
        usable = List.copyOf(usable);
        parts = List.copyOf(parts);
    }

    /** The verdict in words: one part's statement, or each part's label and statement for a compound claim. */
    public String statement() {
        if (parts.size() == 1) {
            return parts.get(0).statement();
        }
        return verdict.label() + " - " + parts.stream().map(p -> p.part().label() + ") " + p.part().statement()
                + ": " + p.statement()).collect(Collectors.joining("; "));
    }
}
