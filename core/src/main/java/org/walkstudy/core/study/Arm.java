package org.walkstudy.core.study;

import org.walkstudy.core.validation.Require;

/** One arm of a study: its label as published, the number randomised or analysed, and its role. */
public record Arm(String label, int n, ArmRole role) {
    public Arm {
        label = Require.nonBlank("arm.label", label);
        Require.atLeast("arm.n", n, 1);
        Require.nonNull("arm.role", role);
    }

    public static Arm of(String label, int n, ArmRole role) {
        return new Arm(label, n, role);
    }
}
