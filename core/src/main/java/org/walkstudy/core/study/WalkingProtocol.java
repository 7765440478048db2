package org.walkstudy.core.study;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * The walking dose a study prescribed. Each number is optional because many papers state only part of
 * the dose; {@code description} keeps the dose in the paper's own words so nothing is lost.
 */
public record WalkingProtocol(
        String description,
        OptionalDouble minutesPerSession,
        OptionalDouble sessionsPerWeek,
        OptionalDouble weeks,
        Intensity intensity,
        OptionalInt dailyStepTarget,
        Supervision supervision,
        List<String> coInterventions) {

    public WalkingProtocol {
        description = Require.orEmpty(description);
        minutesPerSession = positiveIfPresent("minutes_per_session", minutesPerSession, 24 * 60);
        sessionsPerWeek = positiveIfPresent("sessions_per_week", sessionsPerWeek, 21);
        weeks = positiveIfPresent("weeks", weeks, 520);
        intensity = intensity == null ? Intensity.UNSTATED : intensity;
        dailyStepTarget = dailyStepTarget == null ? OptionalInt.empty() : dailyStepTarget;
        if (dailyStepTarget.isPresent()) {
            Require.atLeast("daily_step_target", dailyStepTarget.getAsInt(), 1);
        }
        supervision = supervision == null ? Supervision.UNSTATED : supervision;
        coInterventions = coInterventions == null ? List.of() : List.copyOf(coInterventions);
    }

    private static OptionalDouble positiveIfPresent(String field, OptionalDouble value, double max) {
        OptionalDouble v = Require.optional(value);
        if (v.isPresent()) {
            Require.positive(field, v.getAsDouble());
            if (v.getAsDouble() > max) {
                throw new InvalidValueException(field, "must be <= " + max + " but was " + v.getAsDouble());
            }
        }
        return v;
    }

    /** Prescribed walking minutes per week, when both minutes and sessions are known. */
    public OptionalDouble minutesPerWeek() {
        if (minutesPerSession.isPresent() && sessionsPerWeek.isPresent()) {
            return OptionalDouble.of(minutesPerSession.getAsDouble() * sessionsPerWeek.getAsDouble());
        }
        return OptionalDouble.empty();
    }

    /** A protocol known only by its words. */
    public static WalkingProtocol described(String description) {
        return new WalkingProtocol(description, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                Intensity.UNSTATED, OptionalInt.empty(), Supervision.UNSTATED, List.of());
    }
}
