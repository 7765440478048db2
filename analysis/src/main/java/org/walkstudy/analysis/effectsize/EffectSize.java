package org.walkstudy.analysis.effectsize;

/** One study's effect size {@code yi} and its sampling variance {@code vi} (metafor's escalc output). */
public record EffectSize(String study, double yi, double vi) {
    public EffectSize {
        if (study == null) {
            throw new IllegalArgumentException("study must not be null");
        }
        if (!Double.isFinite(yi)) {
            throw new IllegalArgumentException("yi must be finite but was " + yi + " (study " + study + ")");
        }
        if (!Double.isFinite(vi) || vi <= 0) {
            throw new IllegalArgumentException("vi must be finite and > 0 but was " + vi + " (study " + study + ")");
        }
    }

    public static EffectSize of(String study, double yi, double vi) {
        return new EffectSize(study, yi, vi);
    }

    /** The standard error sqrt(vi). */
    public double sei() {
        return Math.sqrt(vi);
    }
}
