package org.walkstudy.analysis.verdict;

import static org.junit.jupiter.api.Assertions.*;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.study.StudyDesign;

class CertaintyRatingTest {
    private static Certainty rate(StudyDesign d, int k, boolean ci, boolean excludes, Integer n, Double i2,
            boolean secondary) {
        return CertaintyRating.rate(d, k, ci, excludes, n == null ? OptionalInt.empty() : OptionalInt.of(n),
                i2 == null ? OptionalDouble.empty() : OptionalDouble.of(i2), secondary).certainty();
    }

    @Test
    void startsFromTheDesign() {
        assertEquals(Certainty.HIGH, rate(StudyDesign.RCT, 3, true, true, 900, 0.0, false));
        assertEquals(Certainty.MODERATE, rate(StudyDesign.SYSTEMATIC_REVIEW, 1, true, true, null, null, false));
        assertEquals(Certainty.LOW, rate(StudyDesign.OBSERVATIONAL_REVIEW, 1, true, true, null, null, false));
        assertEquals(Certainty.VERY_LOW, rate(StudyDesign.PRE_POST, 2, true, true, 900, null, false));
    }

    @Test
    void eachConcernLowersOneLevel() {
        assertEquals(Certainty.MODERATE, rate(StudyDesign.RCT, 3, true, false, 900, 0.0, false));
        assertEquals(Certainty.MODERATE, rate(StudyDesign.RCT, 3, true, true, 120, 0.0, false));
        assertEquals(Certainty.MODERATE, rate(StudyDesign.RCT, 3, true, true, 900, 75.0, false));
        assertEquals(Certainty.MODERATE, rate(StudyDesign.RCT, 3, true, true, 900, 0.0, true));
        assertEquals(Certainty.MODERATE, rate(StudyDesign.RCT, 1, true, true, 900, null, false));
        assertEquals(Certainty.VERY_LOW, rate(StudyDesign.RCT, 1, false, false, 40, 80.0, true));
    }

    @Test
    void reasonsNameEachDowngrade() {
        CertaintyRating r = CertaintyRating.rate(StudyDesign.RCT, 2, true, false, OptionalInt.of(100),
                OptionalDouble.of(60), false);
        assertEquals("low (randomised controlled trial; imprecise: CI includes no effect; inconsistent: I2 = 60%)",
                r.describe());
    }
}
