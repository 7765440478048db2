package org.walkstudy.analysis.summary;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.walkstudy.analysis.verdict.CertaintyRating;

/**
 * One line of a summary-of-findings table: the outcome (instrument and time point), the effect with its CI
 * as text and as numbers, participants and studies, the certainty with its reasons, a plain-language comment
 * and the sources of the numbers.
 */
public record SummaryRow(RowKind kind, String outcome, String effect, String measure, OptionalDouble estimate,
        OptionalDouble ciLower, OptionalDouble ciUpper, String participants, Optional<CertaintyRating> certainty,
        String comment, List<String> studies, List<String> sources) {
    public SummaryRow {
        estimate = estimate == null ? OptionalDouble.empty() : estimate;
        ciLower = ciLower == null ? OptionalDouble.empty() : ciLower;
        ciUpper = ciUpper == null ? OptionalDouble.empty() : ciUpper;
        certainty = certainty == null ? Optional.empty() : certainty;
        studies = List.copyOf(studies);
        sources = List.copyOf(sources);
    }
}
