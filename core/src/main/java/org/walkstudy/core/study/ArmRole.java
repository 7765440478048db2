package org.walkstudy.core.study;

import org.walkstudy.core.validation.Codes;

/** Whether an arm received the walking intervention or served as its comparator. */
public enum ArmRole {
    INTERVENTION,
    CONTROL;

    public static ArmRole parse(String text) {
        return Codes.parse(ArmRole.class, "role", text);
    }
}
