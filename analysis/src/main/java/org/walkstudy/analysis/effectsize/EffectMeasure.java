package org.walkstudy.analysis.effectsize;

import java.util.Locale;

/** Effect measures with metafor's names; ratio measures are on the log scale. */
public enum EffectMeasure {
    /** Raw mean difference m1 - m2. */
    MD(InputKind.TWO_GROUP_MEANS),
    /** Standardised mean difference, Hedges' g with the exact gamma-function correction. */
    SMD(InputKind.TWO_GROUP_MEANS),
    /** Log ratio of means. */
    ROM(InputKind.TWO_GROUP_MEANS),
    /** Log risk ratio. */
    RR(InputKind.TWO_BY_TWO),
    /** Log odds ratio. */
    OR(InputKind.TWO_BY_TWO),
    /** Risk difference. */
    RD(InputKind.TWO_BY_TWO),
    /** Peto's log odds ratio (one-step estimate). */
    PETO(InputKind.TWO_BY_TWO),
    /** Raw mean change of one group (pre/post). */
    MC(InputKind.PRE_POST),
    /** Standardised mean change using the pre-test SD (metafor's SMCR). */
    SMCR(InputKind.PRE_POST),
    /** Generic: the estimate and its variance (or standard error) are given. */
    GEN(InputKind.ESTIMATE);

    /** Which kind of study summary the measure needs. */
    public enum InputKind { TWO_BY_TWO, TWO_GROUP_MEANS, PRE_POST, ESTIMATE }

    private final InputKind inputKind;

    EffectMeasure(InputKind inputKind) {
        this.inputKind = inputKind;
    }

    public InputKind inputKind() {
        return inputKind;
    }

    /** Parses a measure name case-insensitively; the message lists the accepted names. */
    public static EffectMeasure parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("measure must not be null");
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("measure must be one of " + java.util.Arrays.toString(values())
                    + " but was '" + name + "'", e);
        }
    }
}
