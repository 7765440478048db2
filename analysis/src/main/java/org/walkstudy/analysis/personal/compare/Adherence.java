package org.walkstudy.analysis.personal.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.core.study.Intensity;
import org.walkstudy.core.study.WalkingProtocol;

/**
 * Weekly adherence and the dose achieved. A session is a day meeting the protocol's daily dose: steps >=
 * the step target; else walking minutes >= minutes per session (brisk minutes for a brisk protocol); when
 * the protocol states no minutes, any day with walking (brisk walking) counts. Weeks run from the period's
 * first day in steps of 7 days; a final partial week is prorated.
 */
public final class Adherence {
    private Adherence() {
    }

    public static List<WeeklyAdherence> weekly(List<DailyRow> rows, WalkingProtocol dose, DateRange period) {
        if (rows == null || dose == null || period == null) {
            throw new IllegalArgumentException("rows, dose and period must be given");
        }
        Map<LocalDate, DailyRow> byDate = new TreeMap<>();
        rows.forEach(r -> byDate.put(r.date(), r));
        double perWeek = dose.dailyStepTarget().isPresent() ? 7 : dose.sessionsPerWeek().orElse(7);
        List<WeeklyAdherence> weeks = new ArrayList<>();
        for (LocalDate start = period.from(); !start.isAfter(period.to()); start = start.plusDays(7)) {
            LocalDate end = start.plusDays(6).isAfter(period.to()) ? period.to() : start.plusDays(6);
            int days = 0;
            int sessions = 0;
            double minutes = 0;
            boolean anyMinutes = false;
            double steps = 0;
            int stepDays = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                DailyRow r = byDate.get(d);
                if (r == null) {
                    continue;
                }
                days++;
                if (isSession(r, dose)) {
                    sessions++;
                }
                OptionalDouble m = minutes(r, dose);
                if (m.isPresent()) {
                    minutes += m.getAsDouble();
                    anyMinutes = true;
                }
                if (r.value(DailyMeasure.STEPS).isPresent()) {
                    steps += r.value(DailyMeasure.STEPS).getAsDouble();
                    stepDays++;
                }
            }
            int length = (int) DateRange.of(start, end).days();
            double prescribed = perWeek * length / 7.0;
            weeks.add(new WeeklyAdherence(start, days, sessions, prescribed,
                    anyMinutes ? OptionalDouble.of(minutes) : OptionalDouble.empty(),
                    stepDays > 0 ? OptionalDouble.of(steps / stepDays) : OptionalDouble.empty(),
                    Math.min(1, sessions / prescribed)));
        }
        return List.copyOf(weeks);
    }

    static boolean isSession(DailyRow r, WalkingProtocol dose) {
        if (dose.dailyStepTarget().isPresent()) {
            return r.value(DailyMeasure.STEPS).orElse(0) >= dose.dailyStepTarget().getAsInt();
        }
        OptionalDouble m = minutes(r, dose);
        if (m.isEmpty()) {
            return false;
        }
        return dose.minutesPerSession().isPresent() ? m.getAsDouble() >= dose.minutesPerSession().getAsDouble()
                : m.getAsDouble() > 0;
    }

    private static OptionalDouble minutes(DailyRow r, WalkingProtocol dose) {
        return r.value(dose.intensity() == Intensity.BRISK ? DailyMeasure.BRISK_MINUTES : DailyMeasure.WALK_MINUTES);
    }

    /** Mean over weeks of the achieved dose as a fraction of the prescribed (minutes/week or steps/day); empty when the protocol states none. */
    public static OptionalDouble doseRatio(List<WeeklyAdherence> weeks, WalkingProtocol dose) {
        double sum = 0;
        int n = 0;
        for (WeeklyAdherence w : weeks) {
            if (dose.dailyStepTarget().isPresent() && w.meanSteps().isPresent()) {
                sum += w.meanSteps().getAsDouble() / dose.dailyStepTarget().getAsInt();
                n++;
            } else if (dose.dailyStepTarget().isEmpty() && dose.minutesPerWeek().isPresent() && w.walkMinutes().isPresent()) {
                double prescribed = dose.minutesPerWeek().getAsDouble() * w.sessionsPrescribed() / dose.sessionsPerWeek().getAsDouble();
                sum += w.walkMinutes().getAsDouble() / prescribed;
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }
}
