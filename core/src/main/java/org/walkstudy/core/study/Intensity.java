package org.walkstudy.core.study;

import org.walkstudy.core.validation.Codes;

/** Walking intensity as the study described it; UNSTATED when the source does not say. */
public enum Intensity {
    LIGHT,
    MODERATE,
    BRISK,
    UNSTATED;

    public static Intensity parse(String text) {
        return text == null || text.isBlank() ? UNSTATED : Codes.parse(Intensity.class, "intensity", text);
    }
}
