package org.walkstudy.core.effect;

import org.walkstudy.core.validation.Require;

/** Change from baseline (post minus pre) per arm: mean change, SD of change and n. */
public record ChangeScores(ArmSummary walking, ArmSummary control) implements EffectData {
    public ChangeScores {
        Require.nonNull("walking", walking);
        Require.nonNull("control", control);
    }

    public static ChangeScores of(ArmSummary walking, ArmSummary control) {
        return new ChangeScores(walking, control);
    }

    @Override
    public String kind() {
        return "change";
    }
}
