package org.walkstudy.core.effect;

/**
 * The numbers one study reported for one outcome, in the form it reported them. The analysis module
 * turns each form into an effect size (metafor's escalc) where that is possible.
 */
public sealed interface EffectData
        permits TwoArmContinuous, ChangeScores, PrePostSingleGroup, SingleGroupChange, TwoByTwoCounts, HazardRatio,
        ReportedEffect {

    /** Short name of the form, as written in the data files' {@code data_kind} column. */
    String kind();
}
