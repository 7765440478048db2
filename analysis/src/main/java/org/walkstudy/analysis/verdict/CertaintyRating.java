package org.walkstudy.analysis.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.study.Study;
import org.walkstudy.core.study.StudyDesign;

/**
 * A certainty level with the reasons that lowered it. The rule is a plain-language simplification of GRADE
 * (Guyatt et al., BMJ 2008): start from the design (randomised trials high, controlled trials and reviews
 * moderate because walkstudy cannot see their risk of bias, cohorts and reviews of them low, uncontrolled
 * designs very low), then go down one level for each of: imprecision (no CI, CI including no effect, or fewer
 * than 400 participants), a single primary study (one study is not a body of evidence), inconsistency (I^2 of
 * 50% or more), and numbers read from a secondary source.
 */
public record CertaintyRating(Certainty certainty, List<String> reasons) {
    /**
     * The certainty of one key result: its study's design (a missing study rates as pre-post), the number of
     * studies with numbers, its interval, participants (a review's pooled count where printed, else the study's
     * total) and whether it was read from a secondary source. The one rule for claims, parts and statements.
     */
    public static CertaintyRating ofResult(StudyEffect e, Study study, int studiesWithNumbers) {
        OptionalInt pooled = e.finding().participants();
        int n = pooled.isPresent() ? pooled.getAsInt() : study == null ? 0 : study.totalN();
        return rate(study == null ? StudyDesign.PRE_POST : study.design(), studiesWithNumbers,
                e.hasUncertaintyInterval(), e.excludesNoEffect(), n > 0 ? OptionalInt.of(n) : OptionalInt.empty(),
                OptionalDouble.empty(), e.finding().flags().stream().anyMatch(x -> x.code().equals(Flag.SECONDARY_SOURCE)));
    }

    /** Optimal-information-size rule of thumb for continuous outcomes (GRADE guidelines 6, 2011). */
    static final int ADEQUATE_PARTICIPANTS = 400;

    public CertaintyRating {
        reasons = List.copyOf(reasons);
    }

    public static CertaintyRating rate(StudyDesign design, int studies, boolean hasCi, boolean excludesNoEffect,
            OptionalInt participants, OptionalDouble i2, boolean secondarySource) {
        Certainty c = start(design);
        List<String> reasons = new ArrayList<>();
        reasons.add(design.label());
        if (!hasCi) {
            c = c.downgrade();
            reasons.add("imprecise: no confidence interval");
        } else if (!excludesNoEffect) {
            c = c.downgrade();
            reasons.add("imprecise: CI includes no effect");
        } else if (participants.isPresent() && participants.getAsInt() < ADEQUATE_PARTICIPANTS) {
            c = c.downgrade();
            reasons.add("imprecise: " + participants.getAsInt() + " participants");
        }
        if (studies == 1 && !design.isReview()) {
            c = c.downgrade();
            reasons.add("a single study");
        }
        if (i2.isPresent() && i2.getAsDouble() >= 50) {
            c = c.downgrade();
            reasons.add(String.format(java.util.Locale.ROOT, "inconsistent: I2 = %.0f%%", i2.getAsDouble()));
        }
        if (secondarySource) {
            c = c.downgrade();
            reasons.add("numbers from a secondary source");
        }
        return new CertaintyRating(c, reasons);
    }

    private static Certainty start(StudyDesign design) {
        return switch (design) {
            case RCT -> Certainty.HIGH;
            case CONTROLLED_TRIAL, SYSTEMATIC_REVIEW -> Certainty.MODERATE;
            case COHORT, OBSERVATIONAL_REVIEW, SUBGROUP_ANALYSIS -> Certainty.LOW;
            case PRE_POST, CROSS_SECTIONAL -> Certainty.VERY_LOW;
        };
    }

    /** "low (cohort; imprecise: CI includes no effect)". */
    public String describe() {
        return certainty.label() + " (" + String.join("; ", reasons) + ")";
    }
}
