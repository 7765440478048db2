package org.walkstudy.core.claim;

import java.util.List;

import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * A statement of the article, numbered as in walkstudy's claim list, with the evidence that bears on it:
 * the studies, the outcome domains of their findings that count, and optionally a phrase the finding's
 * comparison must contain (so "walking vs minimal intervention" is not mixed with "walking vs other
 * exercise"). A claim with no evidence can only be unverified. A compound claim lists its {@link ClaimPart}s,
 * each with its own evidence; a claim without explicit parts is one part made of its own fields.
 */
public record Claim(int number, String statement, ClaimTopic topic, List<String> evidenceStudyIds,
        List<OutcomeDomain> domains, String comparisonContains, String note, List<ClaimPart> explicitParts) {
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
        explicitParts = explicitParts == null ? List.of() : List.copyOf(explicitParts);
    }

    /** A claim that is one assertion (no explicit parts). */
    public Claim(int number, String statement, ClaimTopic topic, List<String> evidenceStudyIds,
            List<OutcomeDomain> domains, String comparisonContains, String note) {
        this(number, statement, topic, evidenceStudyIds, domains, comparisonContains, note, List.of());
    }

    /** The same claim split into the given parts. */
    public Claim withParts(List<ClaimPart> parts) {
        return new Claim(number, statement, topic, evidenceStudyIds, domains, comparisonContains, note, parts);
    }

    /** The parts the claim's verdict is derived from: the explicit ones, or the whole claim as one part. */
    public List<ClaimPart> parts() {
        if (!explicitParts.isEmpty()) {
            return explicitParts;
        }
        return List.of(new ClaimPart("whole", statement, evidenceStudyIds, domains, comparisonContains,
                java.util.Set.of(), "", PartExpectation.BENEFIT, note));
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
