package org.walkstudy.analysis.effectsize;

import java.util.Locale;

/** Effect measures with metafor's names; ratio measures are analysed on the log scale and know their way back. */
public enum EffectMeasure {
    /** Raw mean difference m1 - m2. */
    MD(InputKind.TWO_GROUP_MEANS, "Mean difference", null),
    /** Standardised mean difference, Hedges' g with the exact gamma-function correction. */
    SMD(InputKind.TWO_GROUP_MEANS, "Standardised mean difference", null),
    /** Log ratio of means. */
    ROM(InputKind.TWO_GROUP_MEANS, "Ratio of means", "ROM"),
    /** Log risk ratio. */
    RR(InputKind.TWO_BY_TWO, "Risk ratio", "RR"),
    /** Log odds ratio. */
    OR(InputKind.TWO_BY_TWO, "Odds ratio", "OR"),
    /** Risk difference. */
    RD(InputKind.TWO_BY_TWO, "Risk difference", null),
    /** Peto's log odds ratio (one-step estimate). */
    PETO(InputKind.TWO_BY_TWO, "Odds ratio", "OR"),
    /** Raw mean change of one group (pre/post). */
    MC(InputKind.PRE_POST, "Mean change", null),
    /** Standardised mean change using the pre-test SD (metafor's SMCR). */
    SMCR(InputKind.PRE_POST, "Standardised mean change", null),
    /** Generic: the estimate and its variance (or standard error) are given. */
    GEN(InputKind.ESTIMATE, "Effect size", null);

    /** Which kind of study summary the measure needs, and its columns in metafor's names. */
    public enum InputKind {
        TWO_BY_TWO("ai", "bi", "ci", "di"),
        TWO_GROUP_MEANS("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i"),
        PRE_POST("m1i", "sd1i", "m2i", "sd2i", "ni", "ri"),
        /** yi with vi or sei (the reader picks the one present). */
        ESTIMATE;

        private final java.util.List<String> columns;

        InputKind(String... columns) {
            this.columns = java.util.List.of(columns);
        }

        /** The arm columns a study row of this kind has (none for ESTIMATE). */
        public java.util.List<String> columns() {
            return columns;
        }
    }

    private final InputKind inputKind;
    private final String label;
    private final String ratioName;

    EffectMeasure(InputKind inputKind, String label, String ratioName) {
        this.inputKind = inputKind;
        this.label = label;
        this.ratioName = ratioName;
    }

    public InputKind inputKind() {
        return inputKind;
    }

    /** The measure's name for people ("Risk ratio"; Peto's is the odds ratio). */
    public String label() {
        return label;
    }

    /** Whether the measure is a ratio, analysed on the log scale (RR, OR, PETO, ROM). */
    public boolean isRatio() {
        return ratioName != null;
    }

    /** The back-transformed measure's name ("OR" for PETO); null for measures that are not ratios. */
    public String ratioName() {
        return ratioName;
    }

    /** A value on the analysis scale back on the measure's own scale: exp for ratios, else unchanged. */
    public double backTransform(double value) {
        return isRatio() ? Math.exp(value) : value;
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
