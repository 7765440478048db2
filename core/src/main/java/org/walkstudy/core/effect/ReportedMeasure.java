package org.walkstudy.core.effect;


import org.walkstudy.core.validation.Codes;

/**
 * The measure of a reported estimate; ratio measures are positive and pooled on the log scale.
 * {@code MEAN_CHANGE} is a change from baseline (one group's, or several cohorts' pooled own before/after
 * changes): it is not a comparison with a control and never favours either side.
 */
public enum ReportedMeasure {
    MD(false, 0),
    SMD(false, 0),
    RD(false, 0),
    RR(true, 1),
    OR(true, 1),
    HR(true, 1),
    RATE_RATIO(true, 1),
    MEAN_CHANGE(false, 0);

    private final boolean ratio;
    private final double noEffect;

    ReportedMeasure(boolean ratio, double noEffect) {
        this.ratio = ratio;
        this.noEffect = noEffect;
    }

    public boolean isRatio() {
        return ratio;
    }

    /** The value meaning "no difference": 0 for differences, 1 for ratios. */
    public double noEffect() {
        return noEffect;
    }

    /** True for measures that compare an exposed group with a comparator. */
    public boolean isComparative() {
        return this != MEAN_CHANGE;
    }

    public String code() {
        return Codes.of(this);
    }

    public static ReportedMeasure parse(String text) {
        return Codes.parse(ReportedMeasure.class, "effect_measure", text);
    }
}
