package org.walkstudy.analysis.evidence;

/**
 * Which side an effect favours, given the outcome's better direction: the exposure the result is about
 * (walking, exercise, activity or steps: see {@link StudyEffect#favoursLabel()} for the words), the
 * comparator, or neither.
 */
public enum Favours {
    EXPOSURE,
    COMPARATOR,
    NEITHER
}
