package org.walkstudy.analysis.verdict;

/** What the numbers say about a claim; see {@link ClaimAssessor} for the rule. */
public enum Verdict {
    SUPPORTED("supported", "at least one usable result favours the exposure with an interval excluding no effect, and none favours the comparator"),
    PARTLY_SUPPORTED("partly supported", "a compound claim some of whose parts are supported and others not"),
    MIXED("mixed", "usable results favour the exposure and the comparator, each with an interval excluding no effect"),
    CONTRADICTED("contradicted", "usable results favour the comparator with an interval excluding no effect, and none favours the exposure"),
    NOT_SHOWN("not shown", "usable results exist but every interval includes no effect"),
    UNVERIFIED("unverified", "no usable numbers: only gaps, point estimates without a confidence or credible interval, changes from baseline, flagged or secondary-source numbers");

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
