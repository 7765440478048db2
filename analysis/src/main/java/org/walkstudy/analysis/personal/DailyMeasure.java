package org.walkstudy.analysis.personal;

/**
 * A numeric column of the daily table, and how readings of one day from one source combine: totals add
 * up (steps, minutes), levels average (weight, pain), and back pain keeps the worst severity logged.
 */
public enum DailyMeasure {
    STEPS("steps", Combine.TOTAL),
    DISTANCE_KM("distance_km", Combine.TOTAL),
    WALK_MINUTES("walk_minutes", Combine.TOTAL),
    BRISK_MINUTES("brisk_minutes", Combine.TOTAL),
    WEIGHT_KG("weight_kg", Combine.LEVEL),
    SLEEP_MINUTES("sleep_minutes", Combine.TOTAL),
    SLEEP_LATENCY_MIN("sleep_latency_min", Combine.LEVEL),
    PAIN_0_10("pain_0_10", Combine.LEVEL),
    BACK_PAIN("back_pain", Combine.WORST);

    /** How the readings of one day and one source become that source's value for the day. */
    public enum Combine {
        TOTAL, LEVEL, WORST
    }

    private final String column;
    private final Combine combine;

    DailyMeasure(String column, Combine combine) {
        this.column = column;
        this.combine = combine;
    }

    public String column() {
        return column;
    }

    public Combine combine() {
        return combine;
    }
}
