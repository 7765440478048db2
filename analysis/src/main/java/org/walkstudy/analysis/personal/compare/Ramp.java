package org.walkstudy.analysis.personal.compare;

/**
 * The build-up of a progressive protocol: the weekly walking target rises in a straight line from the
 * person's own baseline level to the protocol's goal, reached in its last week, and stays there.
 *
 * <p>Why a straight line from the baseline: WalkBack (Pocovi 2024) publishes only the end point, "goal 5
 * walks/week of >=30 min by 6 months", and calls the programme "individualised progressive"; no week-by-week
 * schedule is published. Starting from the person's own level and rising evenly is the simplest rule that fits
 * both words; it is an assumption of walkstudy, labelled as such wherever it is shown.
 *
 * @param startMinutesPerWeek the baseline level (minutes a week), at most the goal
 * @param goalMinutesPerWeek  the protocol's goal (30 x 5 = 150 for WalkBack)
 * @param weeks               the week the goal is reached (26 for WalkBack: "by 6 months")
 */
public record Ramp(double startMinutesPerWeek, double goalMinutesPerWeek, int weeks) {
    public static final String RULE = "walkstudy's assumption: the trial publishes only the goal (5 walks a week of "
            + ">= 30 min by 6 months) and calls the programme individualised and progressive, so the weekly target "
            + "rises in a straight line from your baseline level to the goal in week 26";

    public Ramp {
        if (!(goalMinutesPerWeek > 0) || !(startMinutesPerWeek >= 0) || startMinutesPerWeek > goalMinutesPerWeek || weeks < 1) {
            throw new IllegalArgumentException("a ramp needs 0 <= start <= goal, goal > 0 and at least one week");
        }
    }

    /** Starts at {@code baselineMinutesPerWeek}, capped at the goal (someone already walking enough stays at the goal). */
    public static Ramp from(double baselineMinutesPerWeek, double goalMinutesPerWeek, int weeks) {
        return new Ramp(Math.min(Math.max(0, baselineMinutesPerWeek), goalMinutesPerWeek), goalMinutesPerWeek, weeks);
    }

    /** The weekly target in protocol week {@code week} (1 = the first): start + (goal - start) * min(week, weeks) / weeks. */
    public double minutesPerWeek(int week) {
        if (week < 1) {
            throw new IllegalArgumentException("weeks count from 1: " + week);
        }
        return startMinutesPerWeek + (goalMinutesPerWeek - startMinutesPerWeek) * Math.min(week, weeks) / weeks;
    }
}
