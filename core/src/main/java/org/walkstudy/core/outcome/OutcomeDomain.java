package org.walkstudy.core.outcome;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.walkstudy.core.validation.InvalidValueException;

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
    SICK_LEAVE,
    ADVERSE_EVENTS,
    WALKING_CAPACITY,
    QUALITY_OF_LIFE,
    MOOD,
    MORTALITY,
    OTHER;

    public static OutcomeDomain parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("outcome_domain", "must not be blank");
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (OutcomeDomain d : values()) {
            if (d.name().equals(key)) {
                return d;
            }
        }
        throw new InvalidValueException("outcome_domain", "unknown value '" + text.strip() + "' (allowed: "
                + Arrays.stream(values()).map(OutcomeDomain::code).collect(Collectors.joining(", ")) + ")");
    }

    /** The CSV spelling, e.g. {@code sleep-latency}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Words for tables, e.g. "sleep latency". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
