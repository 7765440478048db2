package org.walkstudy.core.effect;

import org.walkstudy.core.validation.Require;

/** Mean, standard deviation and size of one arm. */
public record ArmSummary(int n, double mean, double sd) {
    public ArmSummary {
        Require.atLeast("n", n, 1);
        Require.finite("mean", mean);
        Require.nonNegative("sd", sd);
    }

    public static ArmSummary of(int n, double mean, double sd) {
        return new ArmSummary(n, mean, sd);
    }
}
