package org.walkstudy.core.evidence;

import org.walkstudy.core.validation.Codes;

/**
 * What a result is about: walking itself, walking and running pooled by a review, exercise in general (walking pooled with running or other
 * exercise, or a named non-walking exercise), leisure-time or total physical activity, or step counts. A
 * view says "favours walking" only for a walking result; the others name their own exposure.
 */
public enum Exposure {
    WALKING("walking", "walking"),
    WALKING_OR_RUNNING("walking and running pooled", "walking/running"),
    EXERCISE("exercise in general", "exercise"),
    LEISURE_TIME_ACTIVITY("leisure-time physical activity", "more leisure-time activity"),
    PHYSICAL_ACTIVITY("total physical activity", "more physical activity"),
    STEP_COUNTS("daily step counts", "more daily steps");

    private final String label;
    private final String favoured;

    Exposure(String label, String favoured) {
        this.label = label;
        this.favoured = favoured;
    }

    /** In words, e.g. "leisure-time physical activity". */
    public String label() {
        return label;
    }

    /** The side a beneficial result favours, e.g. "favours exercise". */
    public String favoursLabel() {
        return "favours " + favoured;
    }

    public String code() {
        return Codes.of(this);
    }

    public static Exposure parse(String text) {
        return Codes.parse(Exposure.class, "exposure", text);
    }
}
