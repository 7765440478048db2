package org.walkstudy.core.study;

/** Whether an arm received the walking intervention or served as its comparator. */
public enum ArmRole {
    INTERVENTION,
    CONTROL;

    public static ArmRole parse(String text) {
        return Enums.parse(ArmRole.class, "role", text);
    }
}
