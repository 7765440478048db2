package org.walkstudy.core.effect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.walkstudy.core.validation.InvalidValueException;

/** The measure of a reported estimate; ratio measures are positive and pooled on the log scale. */
public enum ReportedMeasure {
    MD(false, 0),
    SMD(false, 0),
    RD(false, 0),
    RR(true, 1),
    OR(true, 1),
    HR(true, 1),
    RATE_RATIO(true, 1);

    private final boolean ratio;
    private final double noEffect;

    ReportedMeasure(boolean ratio, double noEffect) {
        this.ratio = ratio;
        this.noEffect = noEffect;
    }

    public boolean isRatio() {
        return ratio;
    }

    /** The value meaning "no difference": 0 for differences, 1 for ratios. */
    public double noEffect() {
        return noEffect;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReportedMeasure parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ReportedMeasure m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw new InvalidValueException("effect_measure", "unknown value '" + text + "' (allowed: "
                + Arrays.stream(values()).map(ReportedMeasure::code).collect(Collectors.joining(", ")) + ")");
    }
}
