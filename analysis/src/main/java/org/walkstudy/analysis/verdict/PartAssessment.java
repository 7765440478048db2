package org.walkstudy.analysis.verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.walkstudy.analysis.evidence.Favours;
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
        key.ifPresent(k -> s.append(": ").append(describe(k, part.comparator())));
        long inconclusive = usable.stream().filter(e -> e.favours() == Favours.NEITHER).count();
        if (usable.size() > 1) {
            s.append(" (").append(usable.size() - inconclusive).append(" of ").append(usable.size())
                    .append(" usable results exclude no effect)");
        }
        mostPreciseOtherComparator().ifPresent(o -> s.append(". Against another comparator: ").append(describe(o, "")));
        return s.toString();
    }

    /** The decisive result against another comparator with the narrowest interval, if any. */
    public Optional<StudyEffect> mostPreciseOtherComparator() {
        return otherComparators.stream().filter(e -> e.favours() != Favours.NEITHER)
                .min(Comparator.comparingDouble(e -> e.ciUpper().getAsDouble() - e.ciLower().getAsDouble()));
    }

    /** "walking and running pooled vs minimal or no intervention, pain SMD -0.23 (95% CI ...), small; favours ...". */
    private static String describe(StudyEffect e, String comparator) {
        StringBuilder s = new StringBuilder(e.exposure().label());
        if (!comparator.isEmpty()) {
            s.append(" vs ").append(comparator);
        } else if (!e.finding().comparison().isEmpty()) {
            s.append(": ").append(e.finding().comparison());
        }
        s.append(", ").append(e.finding().outcome().domain().label()).append(' ').append(e.measure()).append(' ')
                .append(e.text());
        e.magnitude().ifPresent(m -> s.append(", ").append(m.label()));
        return s.append("; ").append(e.favoursLabel()).toString();
    }
}
