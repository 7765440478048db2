package org.walkstudy.analysis.personal.compare;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One week of the period against the protocol. {@code daysWithData} counts the days that have the protocol's
 * own measure (steps for a step target, else walking or brisk minutes); a week with none has no adherence and
 * no dose ("no data"), never 0 %. Otherwise adherence = sessions / prescribed (capped at 1) and dose = minutes
 * walked / minutes prescribed (or mean steps / step target), both over the same week.
 *
 * @param minutesPerWalk the week's session threshold in minutes (ramped for a progressive protocol), empty
 *                       when the protocol counts steps or states no minutes
 */
public record WeeklyAdherence(LocalDate weekStart, int days, int daysWithData, int sessions, double sessionsPrescribed,
        OptionalDouble minutesPerWalk, OptionalDouble walkMinutes, OptionalDouble meanSteps, OptionalDouble adherence,
        OptionalDouble dose) {
    public WeeklyAdherence {
        if (weekStart == null || minutesPerWalk == null || walkMinutes == null || meanSteps == null || adherence == null
                || dose == null) {
            throw new IllegalArgumentException("week start and all optional values must be given (empty when unknown)");
        }
        if (days < 1 || days > 7 || daysWithData < 0 || daysWithData > days || sessions < 0 || sessions > daysWithData
                || !(sessionsPrescribed > 0)) {
            throw new IllegalArgumentException("days 1..7, days with data and sessions 0..days, prescribed sessions > 0");
        }
        if (adherence.isPresent() && !(adherence.getAsDouble() >= 0 && adherence.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("adherence must be in [0, 1]");
        }
        if (daysWithData == 0 && (adherence.isPresent() || dose.isPresent())) {
            throw new IllegalArgumentException("a week without data has no adherence and no dose");
        }
    }

    public boolean hasData() {
        return daysWithData > 0;
    }
}
