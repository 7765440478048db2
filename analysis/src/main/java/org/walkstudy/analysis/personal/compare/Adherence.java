package org.walkstudy.analysis.personal.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.core.study.Intensity;
import org.walkstudy.core.study.WalkingProtocol;

/**
 * Weekly adherence and the dose achieved. A session is a day meeting the protocol's daily dose: steps >= the
 * step target; else walking minutes >= the minutes of a walk (brisk minutes for a brisk protocol; for a
 * progressive protocol the ramped weekly target / sessions a week); when the protocol states no minutes, any
 * day with walking counts. Weeks run from the period's first day in steps of 7 days; a final partial week is
 * prorated. A week without the protocol's measure on any day is "no data": it has neither adherence nor dose
 * and is left out of both means, so they share one denominator.
 */
public final class Adherence {
    private Adherence() {
    }

    public static List<WeeklyAdherence> weekly(List<DailyRow> rows, WalkingProtocol dose, DateRange period) {
        return weekly(rows, dose, period, Optional.empty());
    }

    public static List<WeeklyAdherence> weekly(List<DailyRow> rows, WalkingProtocol dose, DateRange period, Optional<Ramp> ramp) {
        if (rows == null || dose == null || period == null || ramp == null) {
            throw new IllegalArgumentException("rows, dose, period and ramp (empty for none) must be given");
        }
        Map<LocalDate, DailyRow> byDate = new TreeMap<>();
        rows.forEach(r -> byDate.put(r.date(), r));
        boolean steps = dose.dailyStepTarget().isPresent();
        double perWeek = steps ? 7 : dose.sessionsPerWeek().orElse(7);
        List<WeeklyAdherence> weeks = new ArrayList<>();
        int week = 1;
        for (LocalDate start = period.from(); !start.isAfter(period.to()); start = start.plusDays(7), week++) {
            LocalDate end = start.plusDays(6).isAfter(period.to()) ? period.to() : start.plusDays(6);
            int length = (int) DateRange.of(start, end).days();
            OptionalDouble weeklyTarget = ramp.isPresent() ? OptionalDouble.of(ramp.get().minutesPerWeek(week))
                    : dose.minutesPerWeek();
            OptionalDouble perWalk = steps || weeklyTarget.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(weeklyTarget.getAsDouble() / perWeek);
            weeks.add(week(byDate, dose, start, end, perWeek * length / 7.0, perWalk,
                    weeklyTarget.isPresent() && !steps ? OptionalDouble.of(weeklyTarget.getAsDouble() * length / 7.0)
                            : OptionalDouble.empty()));
        }
        return List.copyOf(weeks);
    }

    private static WeeklyAdherence week(Map<LocalDate, DailyRow> byDate, WalkingProtocol dose, LocalDate start, LocalDate end,
            double prescribed, OptionalDouble perWalk, OptionalDouble minutesPrescribed) {
        boolean stepProtocol = dose.dailyStepTarget().isPresent();
        int days = 0;
        int withData = 0;
        int sessions = 0;
        double minutes = 0;
        int minuteDays = 0;
        double steps = 0;
        int stepDays = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            days++;
            DailyRow r = byDate.get(d);
            if (r == null) {
                continue;
            }
            OptionalDouble m = minutes(r, dose);
            OptionalDouble s = r.value(DailyMeasure.STEPS);
            if (m.isPresent()) {
                minutes += m.getAsDouble();
                minuteDays++;
            }
            if (s.isPresent()) {
                steps += s.getAsDouble();
                stepDays++;
            }
            if (stepProtocol ? s.isEmpty() : m.isEmpty()) {
                continue;
            }
            withData++;
            if (isSession(r, dose, perWalk)) {
                sessions++;
            }
        }
        OptionalDouble meanSteps = stepDays > 0 ? OptionalDouble.of(steps / stepDays) : OptionalDouble.empty();
        OptionalDouble walked = minuteDays > 0 ? OptionalDouble.of(minutes) : OptionalDouble.empty();
        if (withData == 0) {
            return new WeeklyAdherence(start, days, 0, 0, prescribed, perWalk, walked, meanSteps, OptionalDouble.empty(),
                    OptionalDouble.empty());
        }
        OptionalDouble doseAchieved = stepProtocol ? OptionalDouble.of(meanSteps.getAsDouble() / dose.dailyStepTarget().getAsInt())
                : minutesPrescribed.isPresent() && minutesPrescribed.getAsDouble() > 0
                        ? OptionalDouble.of(walked.getAsDouble() / minutesPrescribed.getAsDouble()) : OptionalDouble.empty();
        return new WeeklyAdherence(start, days, withData, sessions, prescribed, perWalk, walked, meanSteps,
                OptionalDouble.of(Math.min(1, sessions / prescribed)), doseAchieved);
    }

    static boolean isSession(DailyRow r, WalkingProtocol dose, OptionalDouble perWalk) {
        if (dose.dailyStepTarget().isPresent()) {
            return r.value(DailyMeasure.STEPS).orElse(0) >= dose.dailyStepTarget().getAsInt();
        }
        OptionalDouble m = minutes(r, dose);
        if (m.isEmpty()) {
            return false;
        }
        return perWalk.isPresent() ? m.getAsDouble() >= perWalk.getAsDouble() : m.getAsDouble() > 0;
    }

    /** The day's walking minutes as the protocol counts them: brisk minutes for a brisk protocol. */
    static OptionalDouble minutes(DailyRow r, WalkingProtocol dose) {
        return r.value(dose.intensity() == Intensity.BRISK ? DailyMeasure.BRISK_MINUTES : DailyMeasure.WALK_MINUTES);
    }

    /** Mean adherence over the weeks with data; empty when no week has data. */
    public static OptionalDouble meanAdherence(List<WeeklyAdherence> weeks) {
        return weeks.stream().filter(WeeklyAdherence::hasData).mapToDouble(w -> w.adherence().getAsDouble()).average();
    }

    /** Mean over the weeks with data of the dose achieved; empty when the protocol states no dose or no week has data. */
    public static OptionalDouble doseRatio(List<WeeklyAdherence> weeks) {
        return weeks.stream().filter(w -> w.dose().isPresent()).mapToDouble(w -> w.dose().getAsDouble()).average();
    }
}
