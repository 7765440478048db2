package org.walkstudy.core.outcome;


import java.util.Locale;

import org.walkstudy.core.validation.Codes;

/** The kind of thing an outcome measures; claims and summaries group results by it. */
public enum OutcomeDomain {
    PAIN,
    DISABILITY,
    BODY_WEIGHT,
    SLEEP_LATENCY,
    SLEEP_DURATION,
    SLEEP_QUALITY,
    RECURRENCE,
    CHRONIC_LBP_INCIDENCE,
    /** A new episode of low back pain of any duration (prevention trials): not chronic LBP. */
    LBP_EPISODE,
    /** Low back pain in a recall period (e.g. the past 1-12 months) or at one time: prevalence, not incidence. */
    LBP_PREVALENCE,
    SICK_LEAVE,
    ADVERSE_EVENTS,
    WALKING_CAPACITY,
    QUALITY_OF_LIFE,
    MOOD,
    MORTALITY,
    OTHER;

    public static OutcomeDomain parse(String text) {
        return Codes.parse(OutcomeDomain.class, "outcome_domain", text);
    }

    /** The CSV spelling, e.g. {@code sleep-latency}. */
    public String code() {
        return Codes.of(this);
    }

    /** Words for tables, e.g. "sleep latency". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
