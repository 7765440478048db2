package org.walkstudy.core.claim;

/** The study family a claim belongs to; matches the dataset families. */
public enum ClaimTopic {
    LOW_BACK_PAIN,
    WEIGHT,
    SLEEP,
    WELLBEING
}
