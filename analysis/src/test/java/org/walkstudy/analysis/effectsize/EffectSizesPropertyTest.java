package org.walkstudy.analysis.effectsize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Properties every effect size must have whatever the numbers: swapping the arms, changing units. */
class EffectSizesPropertyTest {
    private static final double TOLERANCE = 1e-9;

    @Property(tries = 200)
    void swappingTheArmsNegatesTheMeanDifference(@ForAll @DoubleRange(min = -1e4, max = 1e4) double m1,
            @ForAll @DoubleRange(min = 0.01, max = 1e3) double sd1, @ForAll @IntRange(min = 2, max = 5000) int n1,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double m2, @ForAll @DoubleRange(min = 0.01, max = 1e3) double sd2,
            @ForAll @IntRange(min = 2, max = 5000) int n2) {
        EffectSize walkingFirst = EffectSizes.twoGroupMeans(EffectMeasure.MD, "s", TwoGroupMeans.of(m1, sd1, n1, m2, sd2, n2));
        EffectSize controlFirst = EffectSizes.twoGroupMeans(EffectMeasure.MD, "s", TwoGroupMeans.of(m2, sd2, n2, m1, sd1, n1));
        assertEquals(-walkingFirst.yi(), controlFirst.yi(), TOLERANCE * (1 + Math.abs(walkingFirst.yi())));
        assertEquals(walkingFirst.vi(), controlFirst.vi(), TOLERANCE * walkingFirst.vi());
    }

    @Property(tries = 200)
    void swappingTheArmsNegatesTheStandardisedMeanDifference(@ForAll @DoubleRange(min = -100, max = 100) double m1,
            @ForAll @DoubleRange(min = 0.1, max = 50) double sd1, @ForAll @IntRange(min = 2, max = 2000) int n1,
            @ForAll @DoubleRange(min = -100, max = 100) double m2, @ForAll @DoubleRange(min = 0.1, max = 50) double sd2,
            @ForAll @IntRange(min = 2, max = 2000) int n2) {
        EffectSize walkingFirst = EffectSizes.twoGroupMeans(EffectMeasure.SMD, "s", TwoGroupMeans.of(m1, sd1, n1, m2, sd2, n2));
        EffectSize controlFirst = EffectSizes.twoGroupMeans(EffectMeasure.SMD, "s", TwoGroupMeans.of(m2, sd2, n2, m1, sd1, n1));
        assertEquals(-walkingFirst.yi(), controlFirst.yi(), TOLERANCE * (1 + Math.abs(walkingFirst.yi())));
        assertEquals(walkingFirst.vi(), controlFirst.vi(), TOLERANCE * walkingFirst.vi());
    }

    @Property(tries = 200)
    void theStandardisedMeanDifferenceDoesNotDependOnTheUnit(@ForAll @DoubleRange(min = -100, max = 100) double m1,
            @ForAll @DoubleRange(min = 0.1, max = 50) double sd1, @ForAll @IntRange(min = 2, max = 2000) int n1,
            @ForAll @DoubleRange(min = -100, max = 100) double m2, @ForAll @DoubleRange(min = 0.1, max = 50) double sd2,
            @ForAll @IntRange(min = 2, max = 2000) int n2, @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double unit) {
        EffectSize original = EffectSizes.twoGroupMeans(EffectMeasure.SMD, "s", TwoGroupMeans.of(m1, sd1, n1, m2, sd2, n2));
        EffectSize rescaled = EffectSizes.twoGroupMeans(EffectMeasure.SMD, "s",
                TwoGroupMeans.of(m1 * unit, sd1 * unit, n1, m2 * unit, sd2 * unit, n2));
        assertEquals(original.yi(), rescaled.yi(), TOLERANCE * (1 + Math.abs(original.yi())));
        assertEquals(original.vi(), rescaled.vi(), TOLERANCE * original.vi());
    }

    @Property(tries = 200)
    void swappingTheArmsInvertsTheRiskRatio(@ForAll @IntRange(min = 1, max = 1000) int events1,
            @ForAll @IntRange(min = 1, max = 1000) int nonEvents1, @ForAll @IntRange(min = 1, max = 1000) int events2,
            @ForAll @IntRange(min = 1, max = 1000) int nonEvents2) {
        assertInverted(EffectMeasure.RR, events1, nonEvents1, events2, nonEvents2);
    }

    @Property(tries = 200)
    void swappingTheArmsInvertsTheOddsRatio(@ForAll @IntRange(min = 1, max = 1000) int events1,
            @ForAll @IntRange(min = 1, max = 1000) int nonEvents1, @ForAll @IntRange(min = 1, max = 1000) int events2,
            @ForAll @IntRange(min = 1, max = 1000) int nonEvents2) {
        assertInverted(EffectMeasure.OR, events1, nonEvents1, events2, nonEvents2);
    }

    /** On the log scale an inverted ratio is a negated one; its variance is the same. */
    private static void assertInverted(EffectMeasure measure, int ai, int bi, int ci, int di) {
        EffectSize walkingFirst = EffectSizes.twoByTwo(measure, "s", TwoByTwoTable.of(ai, bi, ci, di));
        EffectSize controlFirst = EffectSizes.twoByTwo(measure, "s", TwoByTwoTable.of(ci, di, ai, bi));
        assertEquals(1 / Math.exp(walkingFirst.yi()), Math.exp(controlFirst.yi()), 1e-9 * Math.exp(controlFirst.yi()));
        assertEquals(walkingFirst.vi(), controlFirst.vi(), TOLERANCE * walkingFirst.vi());
    }
}
