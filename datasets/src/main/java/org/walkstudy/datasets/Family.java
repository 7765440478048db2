package org.walkstudy.datasets;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The study families the article's claims fall into. */
public enum Family {
    LBP("Walking and low back pain"),
    WEIGHT("Walking and body weight"),
    SLEEP("Walking and sleep"),
    OTHER("Step counts, dose and well-being");

    private final String title;

    Family(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Family parse(String text) {
        for (Family f : values()) {
            if (f.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown family '" + text + "' (allowed: "
                + Arrays.stream(values()).map(Family::code).collect(Collectors.joining(", ")) + ")");
    }
}
