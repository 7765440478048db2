package org.walkstudy.core.effect;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.walkstudy.core.validation.Require;

/**
 * Mean, standard deviation and size of one arm. Papers often print a mean without its SD or n; such a
 * summary is kept (it can be shown and checked) but is not {@link #complete()} and so cannot be pooled.
 */
public record ArmSummary(OptionalInt n, double mean, OptionalDouble sd) {
    public ArmSummary {
        n = n == null ? OptionalInt.empty() : n;
        if (n.isPresent()) {
            Require.atLeast("n", n.getAsInt(), 1);
        }
        Require.finite("mean", mean);
        sd = Require.optional(sd);
        if (sd.isPresent()) {
            Require.nonNegative("sd", sd.getAsDouble());
        }
    }

    /** A fully reported arm: n, mean and SD. */
    public static ArmSummary of(int n, double mean, double sd) {
        return new ArmSummary(OptionalInt.of(n), mean, OptionalDouble.of(sd));
    }

    /** An arm with the numbers the paper gave; missing ones stay missing. */
    public static ArmSummary partial(OptionalInt n, double mean, OptionalDouble sd) {
        return new ArmSummary(n, mean, sd);
    }

    /** True when n and SD are both known, so an effect size and its variance can be computed. */
    public boolean complete() {
        return n.isPresent() && sd.isPresent();
    }
}
