package org.walkstudy.core.study;

import org.walkstudy.core.validation.Codes;


/** How a study was designed; decides how much weight its result can bear in a certainty rating. */
public enum StudyDesign {
    RCT("randomised controlled trial"),
    CONTROLLED_TRIAL("controlled trial, randomisation not stated"),
    COHORT("prospective cohort"),
    PRE_POST("single-group pre/post"),
    CROSS_SECTIONAL("cross-sectional"),
    /** A trial's exploratory analysis of a subgroup formed after randomisation (e.g. those who had a recurrence). */
    SUBGROUP_ANALYSIS("exploratory analysis of a post-randomisation subgroup (comparison not protected by randomisation)"),
    SYSTEMATIC_REVIEW("systematic review / meta-analysis"),
    OBSERVATIONAL_REVIEW("systematic review / meta-analysis of observational studies");

    private final String label;

    StudyDesign(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for reviews, whose pooled estimates are shown as reported and never re-pooled. */
    public boolean isReview() {
        return this == SYSTEMATIC_REVIEW || this == OBSERVATIONAL_REVIEW;
    }

    /** Parses the CSV spelling: rct, cohort, pre-post, cross-sectional, systematic-review (case-insensitive). */
    public static StudyDesign parse(String text) {
        return Codes.parse(StudyDesign.class, "design", text);
    }

    /** The CSV spelling, e.g. {@code pre-post}. */
    public String code() {
        return Codes.of(this);
    }
}
