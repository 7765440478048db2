package org.walkstudy.core.effect;

import org.walkstudy.core.validation.Require;

/** Final (post-intervention) mean, SD and n in the walking arm and the control arm. */
public record TwoArmContinuous(ArmSummary walking, ArmSummary control) implements EffectData {
    public TwoArmContinuous {
        Require.nonNull("walking", walking);
        Require.nonNull("control", control);
    }

    public static TwoArmContinuous of(ArmSummary walking, ArmSummary control) {
        return new TwoArmContinuous(walking, control);
    }

    @Override
    public String kind() {
        return "two-arm";
    }
}
