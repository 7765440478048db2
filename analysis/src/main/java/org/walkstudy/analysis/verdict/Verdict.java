package org.walkstudy.analysis.verdict;

/** What the numbers say about a claim; see {@link ClaimAssessor} for the rule. */
public enum Verdict {
    SUPPORTED("supported", "at least one usable result favours walking with a CI excluding no effect, and none favours the comparator"),
    MIXED("mixed", "usable results favour walking and the comparator, each with a CI excluding no effect"),
    CONTRADICTED("contradicted", "usable results favour the comparator with a CI excluding no effect, and none favours walking"),
    NOT_SHOWN("not shown", "usable results exist but every CI includes no effect"),
    UNVERIFIED("unverified", "no usable numbers: only gaps, point estimates without CI, flagged or secondary-source numbers");

    private final String label;
    private final String rule;

    Verdict(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    /** The rule that gives this verdict, in words. */
    public String rule() {
        return rule;
    }
}
