package org.walkstudy.analysis.verdict;

import java.util.List;
import java.util.Optional;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.core.claim.ClaimPart;

/**
 * One claim part with its verdict, the usable effects behind it, the key effect, the usable effects of the same
 * studies and domains against other comparators (shown beside the verdict, never deciding it), the studies with
 * usable numbers and their participants (arm sizes, or the participants a review printed as pooled).
 */
public record PartAssessment(ClaimPart part, Verdict verdict, List<StudyEffect> usable, Optional<StudyEffect> key,
        List<StudyEffect> otherComparators, int studiesWithNumbers, int participants) {
    public PartAssessment {
        usable = List.copyOf(usable);
        otherComparators = List.copyOf(otherComparators);
    }

    /**
     * The verdict in words, naming the comparator and the size of the key result, e.g. "supported: walking and
     * running pooled vs minimal or no intervention, SMD -0.23 (95% CI -0.35 to -0.10), small; favours
     * walking/running".
     */
    public String statement() {
        StringBuilder s = new StringBuilder(verdict.label());
        key.ifPresent(k -> {
            s.append(": ").append(k.exposure().label());
            String comparator = part.comparator().isEmpty() ? k.finding().comparison() : part.comparator();
            if (!comparator.isEmpty()) {
                s.append(" vs ").append(comparator);
            }
            s.append(", ").append(k.finding().outcome().domain().code()).append(' ').append(k.measure()).append(' ')
                    .append(k.text());
            k.magnitude().ifPresent(m -> s.append(", ").append(m.label()));
            s.append("; ").append(k.favoursLabel());
        });
        otherComparators.stream().filter(e -> e.favours() != org.walkstudy.analysis.evidence.Favours.NEITHER)
                .findFirst().ifPresent(o -> s.append(". Against ").append(o.finding().comparison()).append(": ")
                        .append(o.finding().outcome().domain().code()).append(' ').append(o.measure()).append(' ')
                        .append(o.text()).append(", ").append(o.favoursLabel()));
        return s.toString();
    }
}
