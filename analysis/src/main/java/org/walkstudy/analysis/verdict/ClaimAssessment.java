package org.walkstudy.analysis.verdict;

import java.util.List;
import java.util.Optional;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.core.claim.Claim;

/**
 * A claim with its verdict, the usable effects behind it, the key effect (the most precise usable one), the
 * number of studies with usable numbers and their participants (where arm sizes were printed), and the
 * certainty of the key effect.
 */
public record ClaimAssessment(Claim claim, Verdict verdict, List<StudyEffect> usable, Optional<StudyEffect> key,
        int studiesWithNumbers, int studiesCited, int participants, Optional<CertaintyRating> certainty) {
    public ClaimAssessment {
        usable = List.copyOf(usable);
    }
}
