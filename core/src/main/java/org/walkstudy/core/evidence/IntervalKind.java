package org.walkstudy.core.evidence;

import org.walkstudy.core.validation.Codes;

/**
 * What the interval printed beside an estimate is. Only a confidence or a Bayesian credible interval
 * measures the uncertainty of the estimate and may decide a verdict; a range (lowest to highest across
 * studies or people) does not, and NONE means no interval was printed.
 */
public enum IntervalKind {
    CONFIDENCE("CI"),
    CREDIBLE("CrI"),
    RANGE("range"),
    NONE("");

    private final String abbreviation;

    IntervalKind(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** "CI", "CrI" or "range" as printed beside numbers; empty for NONE. */
    public String abbreviation() {
        return abbreviation;
    }

    /** True when the interval expresses the uncertainty of the estimate (confidence or credible). */
    public boolean expressesUncertainty() {
        return this == CONFIDENCE || this == CREDIBLE;
    }

    public String code() {
        return Codes.of(this);
    }

    public static IntervalKind parse(String text) {
        return Codes.parse(IntervalKind.class, "interval_kind", text);
    }
}
