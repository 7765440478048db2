package org.walkstudy.core.claim;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.walkstudy.core.evidence.Exposure;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * One assertion of a compound claim ("stabilisation exercise helps chronic low back pain"), with its own
 * evidence: the studies, outcome domains, a phrase the finding's comparison must contain, the exposures that
 * count (empty: any), the comparator in words (named by the verdict) and what the part expects. A claim's
 * verdict is derived from its parts' verdicts.
 */
public record ClaimPart(String label, String statement, List<String> evidenceStudyIds, List<OutcomeDomain> domains,
        String comparisonContains, Set<Exposure> exposures, String comparator, PartExpectation expects, String note) {
    public ClaimPart {
        label = Require.nonBlank("part", label);
        statement = Require.nonBlank("statement", statement);
        evidenceStudyIds = evidenceStudyIds == null ? List.of() : List.copyOf(evidenceStudyIds);
        domains = domains == null ? List.of() : List.copyOf(domains);
        comparisonContains = Require.orEmpty(comparisonContains);
        exposures = exposures == null ? Set.of() : Set.copyOf(exposures);
        comparator = Require.orEmpty(comparator);
        if (expects == null) {
            throw new InvalidValueException("expects", "must be given");
        }
        note = Require.orEmpty(note);
    }

    /** True when a finding with this domain, comparison and exposure bears on the part. */
    public boolean covers(OutcomeDomain domain, String comparison, Exposure exposure) {
        boolean domainOk = domains.isEmpty() || domains.contains(domain);
        boolean comparisonOk = comparisonContains.isEmpty()
                || comparison.toLowerCase(Locale.ROOT).contains(comparisonContains.toLowerCase(Locale.ROOT));
        boolean exposureOk = exposures.isEmpty() || exposures.contains(exposure);
        return domainOk && comparisonOk && exposureOk;
    }
}
