package org.walkstudy.analysis.personal;

import java.util.Optional;

/**
 * Values no person can produce; a record holding one is skipped and reported, never counted
 * (docs/personal-data.md lists them). The limits are far outside real ranges so that no real reading is lost.
 */
public final class PlausibleRange {
    /** Steps a minute: elite sprinters reach about 250-280 steps/min for seconds; no walk or run sustains more than 250. */
    public static final double MAX_STEPS_PER_MINUTE = 250;
    /** Weight in kg: below any adult's (20 kg), above the heaviest recorded people (about 400 kg after the very few outliers). */
    public static final double MIN_WEIGHT_KG = 20;
    public static final double MAX_WEIGHT_KG = 400;
    /** Walking speed in km/h: race walkers hold about 15 km/h; anything faster is not walking. */
    public static final double MAX_WALKING_KMH = 15;
    /** Sleep: one record or one day's total of more than 24 hours. */
    public static final double MAX_SLEEP_MINUTES = 24 * 60;

    private PlausibleRange() {
    }

    /**
     * A record shorter than this is allowed its steps over this long: early iPhones wrote a few minutes' steps
     * as 5-second records (329 steps from 10:27:54 to 10:27:59 in a real export).
     */
    public static final long MIN_STEP_SECONDS = 600;

    /**
     * Steps over a record of {@code seconds} (at least {@link #MIN_STEP_SECONDS} allowed for). A record without
     * a length (start = end) is a count typed into the Health app (30,000 steps at 15:07:00 in a real export):
     * it is held to the limit of a whole day.
     */
    public static Optional<String> steps(double steps, long seconds) {
        if (seconds == 0) {
            return daily(DailyMeasure.STEPS, steps);
        }
        double minutes = Math.max(seconds, MIN_STEP_SECONDS) / 60.0;
        return steps > MAX_STEPS_PER_MINUTE * minutes ? Optional.of(fmt(steps) + " steps in " + seconds
                + " s is more than " + fmt(MAX_STEPS_PER_MINUTE) + " steps a minute: not possible") : Optional.empty();
    }

    public static Optional<String> weightKg(double kg) {
        return kg < MIN_WEIGHT_KG || kg > MAX_WEIGHT_KG ? Optional.of("a weight of " + fmt(kg) + " kg is outside "
                + fmt(MIN_WEIGHT_KG) + "-" + fmt(MAX_WEIGHT_KG) + " kg: not plausible") : Optional.empty();
    }

    public static Optional<String> walkingSpeedKmh(double kmh) {
        return kmh > MAX_WALKING_KMH ? Optional.of("a walking speed of " + fmt(kmh) + " km/h is above "
                + fmt(MAX_WALKING_KMH) + " km/h: not walking") : Optional.empty();
    }

    public static Optional<String> sleepSeconds(long seconds) {
        return seconds > MAX_SLEEP_MINUTES * 60 ? Optional.of("a sleep record of " + fmt(seconds / 3600.0)
                + " hours is longer than a day: not possible") : Optional.empty();
    }

    /** A day's value of a measure (diary, Google Fit): steps over a whole day, sleep over 24 h, weight out of range. */
    public static Optional<String> daily(DailyMeasure m, double v) {
        return switch (m) {
            case STEPS -> v > MAX_STEPS_PER_MINUTE * 24 * 60 ? Optional.of(fmt(v) + " steps in one day is more than "
                    + fmt(MAX_STEPS_PER_MINUTE) + " a minute for 24 hours: not possible") : Optional.empty();
            case WEIGHT_KG -> weightKg(v);
            case SLEEP_MINUTES, WALK_MINUTES, BRISK_MINUTES -> v > 24 * 60 ? Optional.of(fmt(v)
                    + " minutes in one day is more than 24 hours: not possible") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
