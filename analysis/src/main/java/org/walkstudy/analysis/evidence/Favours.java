package org.walkstudy.analysis.evidence;

/** Which arm an effect favours, given the outcome's better direction. */
public enum Favours {
    WALKING,
    COMPARATOR,
    NEITHER
}
