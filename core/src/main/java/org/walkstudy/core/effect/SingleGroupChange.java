package org.walkstudy.core.effect;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.walkstudy.core.validation.Require;

/**
 * One group's mean change from baseline (post minus pre), as papers and press reports often give it
 * ("lost 7.7 kg"); n and the SD of the change are kept when printed.
 */
public record SingleGroupChange(OptionalInt n, double meanChange, OptionalDouble sd) implements EffectData {
    public SingleGroupChange {
        n = n == null ? OptionalInt.empty() : n;
        if (n.isPresent()) {
            Require.atLeast("n", n.getAsInt(), 1);
        }
        Require.finite("mean", meanChange);
        sd = Require.optional(sd);
        if (sd.isPresent()) {
            Require.nonNegative("sd", sd.getAsDouble());
        }
    }

    public static SingleGroupChange of(OptionalInt n, double meanChange, OptionalDouble sd) {
        return new SingleGroupChange(n, meanChange, sd);
    }

    @Override
    public String kind() {
        return "single-change";
    }
}
