package org.walkstudy.core.effect;

import java.util.Optional;
import java.util.OptionalDouble;

import org.walkstudy.core.validation.Require;

/**
 * An estimate a paper reported directly (e.g. a review's pooled SMD, a cohort's adjusted RR), with its CI
 * and/or standard error on the measure's natural scale (ratios as ratios, not logs). A CI must contain
 * the estimate; ratio measures must be positive. A point estimate without either is kept but cannot be
 * pooled.
 */
public record ReportedEffect(ReportedMeasure measure, double estimate, Optional<ConfidenceInterval> ci,
        OptionalDouble se) implements EffectData {

    public ReportedEffect {
        Require.nonNull("effect_measure", measure);
        Require.finite("effect", estimate);
        ci = ci == null ? Optional.empty() : ci;
        se = Require.optional(se);
        if (measure.isRatio()) {
            Require.positive("effect", estimate);
            // A lower bound printed as 0.00 is a rounded tiny ratio (e.g. OR 0.04, 0.00 to 0.34): kept as printed.
            ci.ifPresent(c -> Require.nonNegative("ci_lower", c.lower()));
        }
        ci.ifPresent(c -> c.requireContains("effect", estimate));
        if (se.isPresent()) {
            Require.positive("se", se.getAsDouble());
        }
    }

    /** A point estimate printed without CI or SE (e.g. a news summary): shown, never weighed or pooled. */
    public static ReportedEffect pointOnly(ReportedMeasure measure, double estimate) {
        return new ReportedEffect(measure, estimate, Optional.empty(), OptionalDouble.empty());
    }

    /** True when a CI or SE gives the estimate a variance. */
    public boolean hasUncertainty() {
        return ci.isPresent() || se.isPresent();
    }

    public static ReportedEffect withCi(ReportedMeasure measure, double estimate, double lower, double upper,
            double level) {
        return new ReportedEffect(measure, estimate, Optional.of(ConfidenceInterval.of(lower, upper, level)),
                OptionalDouble.empty());
    }

    public static ReportedEffect withSe(ReportedMeasure measure, double estimate, double se) {
        return new ReportedEffect(measure, estimate, Optional.empty(), OptionalDouble.of(se));
    }

    @Override
    public String kind() {
        return "reported";
    }
}
