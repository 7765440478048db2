package org.walkstudy.core.claim;

import java.util.List;

import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * A statement of the article, numbered as in walkstudy's claim list, with the evidence that bears on it:
 * the studies, the outcome domains of their findings that count, and optionally a phrase the finding's
 * comparison must contain (so "walking vs minimal intervention" is not mixed with "walking vs other
 * exercise"). A claim with no evidence can only be unverified.
 */
public record Claim(int number, String statement, ClaimTopic topic, List<String> evidenceStudyIds,
        List<OutcomeDomain> domains, String comparisonContains, String note) {
    public Claim {
        if (number < 1) {
            throw new InvalidValueException("number", "must be >= 1 but was " + number);
        }
        statement = Require.nonBlank("statement", statement);
        Require.nonNull("topic", topic);
        evidenceStudyIds = evidenceStudyIds == null ? List.of() : List.copyOf(evidenceStudyIds);
        domains = domains == null ? List.of() : List.copyOf(domains);
        comparisonContains = Require.orEmpty(comparisonContains);
        note = Require.orEmpty(note);
    }

    /** A claim whose evidence is every finding of the given studies. */
    public static Claim of(int number, String statement, ClaimTopic topic, List<String> evidenceStudyIds) {
        return new Claim(number, statement, topic, evidenceStudyIds, List.of(), "", "");
    }

    /** True when a finding with this domain and comparison bears on the claim. */
    public boolean covers(OutcomeDomain domain, String comparison) {
        boolean domainOk = domains.isEmpty() || domains.contains(domain);
        boolean comparisonOk = comparisonContains.isEmpty()
                || comparison.toLowerCase(java.util.Locale.ROOT).contains(comparisonContains.toLowerCase(java.util.Locale.ROOT));
        return domainOk && comparisonOk;
    }
}
