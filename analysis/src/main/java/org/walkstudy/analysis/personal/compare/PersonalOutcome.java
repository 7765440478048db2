package org.walkstudy.analysis.personal.compare;

import java.util.Locale;

import org.walkstudy.analysis.personal.DailyMeasure;

/** The outcomes a person can compare, each a column of the daily table; lower is better for all four but sleep duration. */
public enum PersonalOutcome {
    WEIGHT("weight", DailyMeasure.WEIGHT_KG, "kg", true),
    PAIN("pain", DailyMeasure.PAIN_0_10, "points (0-10)", true),
    SLEEP_LATENCY("sleep-latency", DailyMeasure.SLEEP_LATENCY_MIN, "min", true),
    SLEEP_DURATION("sleep-duration", DailyMeasure.SLEEP_MINUTES, "min", false);

    private final String id;
    private final DailyMeasure measure;
    private final String unit;
    private final boolean lowerIsBetter;

    PersonalOutcome(String id, DailyMeasure measure, String unit, boolean lowerIsBetter) {
        this.id = id;
        this.measure = measure;
        this.unit = unit;
        this.lowerIsBetter = lowerIsBetter;
    }

    public String id() {
        return id;
    }

    public DailyMeasure measure() {
        return measure;
    }

    public String unit() {
        return unit;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    public static PersonalOutcome byId(String id) {
        for (PersonalOutcome o : values()) {
            if (o.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + id + "'; outcomes: weight, pain, sleep-latency, sleep-duration");
    }
}
