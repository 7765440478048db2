package org.walkstudy.analysis.personal.diary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.walkstudy.analysis.personal.DailyMeasure;

/**
 * A field a diary may have, the header names recognised for it and its units (the first is the default).
 * {@code --map FIELD=COLUMN} names other headers.
 */
public enum DiaryField {
    DATE(null, List.of("date", "day"), Map.of()),
    STEPS(DailyMeasure.STEPS, List.of("steps", "step count", "step_count"), Map.of()),
    DISTANCE(DailyMeasure.DISTANCE_KM, List.of("distance", "distance_km", "distance_mi", "km", "miles"),
            Map.of("km", 1.0, "mi", 1.609344, "miles", 1.609344, "m", 0.001)),
    WALK_MINUTES(DailyMeasure.WALK_MINUTES, List.of("walk_minutes", "walking minutes", "walking_minutes",
            "walk minutes", "minutes walked"), Map.of("min", 1.0, "h", 60.0)),
    BRISK_MINUTES(DailyMeasure.BRISK_MINUTES, List.of("brisk_minutes", "brisk minutes"), Map.of("min", 1.0)),
    WEIGHT(DailyMeasure.WEIGHT_KG, List.of("weight", "weight_kg", "weight_lb", "body mass"),
            Map.of("kg", 1.0, "lb", 0.45359237, "lbs", 0.45359237)),
    PAIN(DailyMeasure.PAIN_0_10, List.of("pain", "pain_0_10", "back pain score"), Map.of("0-10", 1.0)),
    SLEEP_MINUTES(DailyMeasure.SLEEP_MINUTES, List.of("sleep_minutes", "sleep minutes", "sleep"),
            Map.of("min", 1.0, "h", 60.0)),
    SLEEP_LATENCY(DailyMeasure.SLEEP_LATENCY_MIN, List.of("sleep_latency", "sleep_latency_min", "sleep latency",
            "latency"), Map.of("min", 1.0));

    private final DailyMeasure measure;
    private final List<String> headers;
    private final Map<String, Double> units;

    DiaryField(DailyMeasure measure, List<String> headers, Map<String, Double> units) {
        this.measure = measure;
        this.headers = headers;
        this.units = units;
    }

    public Optional<DailyMeasure> measure() {
        return Optional.ofNullable(measure);
    }

    public List<String> headers() {
        return headers;
    }

    /** The factor from {@code unit} to walkstudy's unit; empty when the unit is not one of this field's. */
    public Optional<Double> factor(String unit) {
        if (unit == null || unit.isBlank()) {
            return Optional.of(1.0);
        }
        return Optional.ofNullable(units.get(unit.strip().toLowerCase(Locale.ROOT)));
    }

    /** The default unit implied by a header such as distance_mi or weight_lb. */
    String impliedUnit(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        if (h.endsWith("_mi") || h.equals("miles")) {
            return "mi";
        }
        if (h.endsWith("_lb")) {
            return "lb";
        }
        return "";
    }

    /** The field for a --map name such as "weight" or "sleep_latency". */
    public static Optional<DiaryField> byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (DiaryField f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.headers.contains(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
