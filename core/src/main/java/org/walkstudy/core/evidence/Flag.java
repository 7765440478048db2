package org.walkstudy.core.evidence;

import org.walkstudy.core.validation.Require;

/**
 * Something a reader must know about a finding before trusting it, e.g. {@code inconsistent}: a CI that
 * does not contain its printed estimate. Flagged findings are shown but never pooled.
 */
public record Flag(String code, String message) {
    public static final String INCONSISTENT = "inconsistent";
    public static final String SECONDARY_SOURCE = "secondary-source";

    public Flag {
        code = Require.nonBlank("flag.code", code);
        message = Require.nonBlank("flag.message", message);
    }

    public static Flag of(String code, String message) {
        return new Flag(code, message);
    }

    /** Flags that keep a finding out of pooling. */
    public boolean excludesFromPooling() {
        return INCONSISTENT.equals(code);
    }
}
