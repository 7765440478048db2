package org.walkstudy.analysis.personal;

import java.util.Optional;

/**
 * Severity of low back pain as Apple Health logs it (HKCategoryTypeIdentifierLowerBackPain). Codes order
 * the severities so the worst of a day wins; "unspecified" (pain present, severity not given) ranks
 * below every graded value because a graded entry says more.
 */
public enum BackPain {
    UNSPECIFIED(-1, "unspecified", "HKCategoryValueSeverityUnspecified"),
    NONE(0, "none", "HKCategoryValueSeverityNotPresent"),
    MILD(1, "mild", "HKCategoryValueSeverityMild"),
    MODERATE(2, "moderate", "HKCategoryValueSeverityModerate"),
    SEVERE(3, "severe", "HKCategoryValueSeveritySevere");

    private final int code;
    private final String label;
    private final String healthKitValue;

    BackPain(int code, String label, String healthKitValue) {
        this.code = code;
        this.label = label;
        this.healthKitValue = healthKitValue;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<BackPain> ofCode(double code) {
        for (BackPain p : values()) {
            if (p.code == code) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Optional<BackPain> ofLabel(String label) {
        for (BackPain p : values()) {
            if (p.label.equalsIgnoreCase(label.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Optional<BackPain> ofHealthKit(String value) {
        for (BackPain p : values()) {
            if (p.healthKitValue.equals(value)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
