package org.walkstudy.core.study;

import org.walkstudy.core.validation.Codes;

/** Who watched the walking: a physiotherapist or trainer, nobody, or a mix of both. */
public enum Supervision {
    SUPERVISED,
    UNSUPERVISED,
    MIXED,
    UNSTATED;

    public static Supervision parse(String text) {
        return text == null || text.isBlank() ? UNSTATED : Codes.parse(Supervision.class, "supervision", text);
    }
}
