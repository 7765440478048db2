package org.walkstudy.analysis.personal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** One date of personal data: the measures known that day (absent when unknown, never zero-filled) and their sources. */
public record DailyRow(LocalDate date, Map<DailyMeasure, Double> values, String sources) {
    public DailyRow {
        if (date == null) {
            throw new IllegalArgumentException("date must be given");
        }
        values = values == null ? Map.of() : Map.copyOf(values);
        for (Map.Entry<DailyMeasure, Double> e : values.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException(e.getKey().column() + " must be finite on " + date);
            }
            if (e.getKey() == DailyMeasure.BACK_PAIN && BackPain.ofCode(e.getValue()).isEmpty()) {
                throw new IllegalArgumentException("back_pain code " + e.getValue() + " is not a severity");
            }
        }
        sources = sources == null ? "" : sources.strip();
    }

    public static DailyRow of(LocalDate date, Map<DailyMeasure, Double> values, String sources) {
        return new DailyRow(date, values, sources);
    }

    public OptionalDouble value(DailyMeasure m) {
        Double v = values.get(m);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public Optional<BackPain> backPain() {
        Double v = values.get(DailyMeasure.BACK_PAIN);
        return v == null ? Optional.empty() : BackPain.ofCode(v);
    }

    /** A copy with one measure set (used by the synthetic generator and tests). */
    public DailyRow with(DailyMeasure m, double v) {
        EnumMap<DailyMeasure, Double> copy = new EnumMap<>(DailyMeasure.class);
        copy.putAll(values);
        copy.put(m, v);
        return new DailyRow(date, copy, sources);
    }
}
