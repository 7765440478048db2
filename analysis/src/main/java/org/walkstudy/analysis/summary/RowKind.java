package org.walkstudy.analysis.summary;

/** What a summary row holds. */
public enum RowKind {
    /** Walkstudy's own random-effects pool of primary studies. */
    POOLED,
    /** One result as a study or review reported it (reviews are never re-pooled). */
    REPORTED,
    /** Numbers without a between-arm effect or CI (pre/post, single-group change, arms without SD). */
    DESCRIPTIVE,
    /** A finding flagged inconsistent, indirect or direction-unstated: shown with its numbers, used nowhere. */
    FLAGGED,
    /** Findings whose numbers were not found. */
    GAP
}
