package org.walkstudy.core.effect;

import java.util.OptionalDouble;

import org.walkstudy.core.validation.Require;

/**
 * One group measured before and after walking (no control). The pre/post correlation is needed for the
 * variance of the change (metafor's MC/SMCR); it is optional because papers rarely report it, and an
 * analysis that assumes one must say so.
 */
public record PrePostSingleGroup(int n, double preMean, double preSd, double postMean, double postSd,
        OptionalDouble correlation) implements EffectData {

    public PrePostSingleGroup {
        Require.atLeast("n", n, 1);
        Require.finite("pre_mean", preMean);
        Require.nonNegative("pre_sd", preSd);
        Require.finite("post_mean", postMean);
        Require.nonNegative("post_sd", postSd);
        correlation = Require.optional(correlation);
        if (correlation.isPresent()) {
            Require.correlation("correlation", correlation.getAsDouble());
        }
    }

    public static PrePostSingleGroup of(int n, double preMean, double preSd, double postMean, double postSd) {
        return new PrePostSingleGroup(n, preMean, preSd, postMean, postSd, OptionalDouble.empty());
    }

    /** Post minus pre. */
    public double meanChange() {
        return postMean - preMean;
    }

    @Override
    public String kind() {
        return "pre-post";
    }
}
