package org.walkstudy.analysis.personal.compare;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One week of the period against the protocol: days with data, sessions done (days meeting the session
 * dose), sessions prescribed, walking minutes (or mean daily steps for a step protocol), adherence =
 * sessions done / prescribed, capped at 1.
 */
public record WeeklyAdherence(LocalDate weekStart, int daysWithData, int sessions, double sessionsPrescribed,
        OptionalDouble walkMinutes, OptionalDouble meanSteps, double adherence) {
    public WeeklyAdherence {
        if (weekStart == null) {
            throw new IllegalArgumentException("week start must be given");
        }
        if (daysWithData < 0 || daysWithData > 7 || sessions < 0 || sessions > 7 || !(sessionsPrescribed > 0)) {
            throw new IllegalArgumentException("days and sessions must be 0..7, prescribed sessions > 0");
        }
        if (!(adherence >= 0 && adherence <= 1)) {
            throw new IllegalArgumentException("adherence must be in [0, 1]");
        }
    }
}
