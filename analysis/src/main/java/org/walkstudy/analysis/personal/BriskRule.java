package org.walkstudy.analysis.personal;

/**
 * When walking counts as brisk (moderate intensity); see docs/personal-data.md for the sources.
 * Cadence: >= 100 steps/min ~ moderate intensity (Tudor-Locke C et al., Br J Sports Med 2018;52:776-788;
 * CADENCE-Adults, Int J Behav Nutr Phys Act 2019;16:8). Speed: >= 4.8 km/h (3 mph), the CDC/ACSM example
 * of moderate-intensity "brisk walking".
 */
public final class BriskRule {
    public static final double MIN_CADENCE_STEPS_PER_MIN = 100;
    public static final double MIN_SPEED_KMH = 4.8;
    /** Cadence is read only from step records of 1 to 10 minutes: shorter ones are noise, longer ones average out pauses. */
    public static final long MIN_CADENCE_SECONDS = 60;
    public static final long MAX_CADENCE_SECONDS = 600;

    private BriskRule() {
    }

    public static boolean isBriskCadence(double stepsPerMinute) {
        return stepsPerMinute >= MIN_CADENCE_STEPS_PER_MIN;
    }

    public static boolean isBriskSpeed(double kmPerHour) {
        return kmPerHour >= MIN_SPEED_KMH;
    }
}
