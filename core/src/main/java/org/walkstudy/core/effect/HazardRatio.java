package org.walkstudy.core.effect;

import org.walkstudy.core.validation.Require;

/** A hazard ratio (walking vs control) with its confidence interval, as time-to-event trials report it. */
public record HazardRatio(double ratio, ConfidenceInterval ci) implements EffectData {
    public HazardRatio {
        Require.positive("effect", ratio);
        Require.nonNull("ci", ci);
        Require.positive("ci_lower", ci.lower());
        ci.requireContains("effect", ratio);
    }

    public static HazardRatio of(double ratio, double lower, double upper, double level) {
        return new HazardRatio(ratio, ConfidenceInterval.of(lower, upper, level));
    }

    @Override
    public String kind() {
        return "hazard-ratio";
    }
}
