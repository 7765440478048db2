package org.walkstudy.core.outcome;

/** Which way is better for an outcome; decides the "favours walking" side of every effect. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /** Reads yes/no/true/false as "lower is better". */
    public static Direction fromLowerIsBetter(boolean lowerIsBetter) {
        return lowerIsBetter ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
    }
}
