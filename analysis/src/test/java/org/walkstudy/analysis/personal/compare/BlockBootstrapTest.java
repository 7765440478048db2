package org.walkstudy.analysis.personal.compare;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BlockBootstrapTest {
    @Test
    void blockLengthIsTheRoundedCubeRoot() {
        assertEquals(1, BlockBootstrap.blockLength(1));
        assertEquals(2, BlockBootstrap.blockLength(8));
        assertEquals(3, BlockBootstrap.blockLength(27));
        assertEquals(5, BlockBootstrap.blockLength(100)); // 4.64
        assertThrows(IllegalArgumentException.class, () -> BlockBootstrap.blockLength(0));
    }

    @Test
    void estimateIsPeriodMeanMinusBaselineMean() {
        // (2 + 4 + 6) / 3 - (1 + 2 + 3 + 4) / 4 = 4 - 2.5
        Interval i = BlockBootstrap.meanDifference(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6}, 1000, 1, 0.95);
        assertEquals(1.5, i.estimate(), 1e-12);
        assertTrue(i.lower() <= 1.5 && 1.5 <= i.upper());
    }

    @Test
    void constantSeriesHaveNoUncertainty() {
        Interval i = BlockBootstrap.meanDifference(new double[] {3, 3, 3, 3, 3}, new double[] {5, 5, 5}, 500, 7, 0.95);
        assertEquals(2, i.estimate());
        assertEquals(2, i.lower());
        assertEquals(2, i.upper());
    }

    @Test
    void resamplesAreMadeOfConsecutiveBlocks() {
        double[] x = {10, 11, 12, 13, 14, 15, 16, 17, 18};
        double[] out = BlockBootstrap.resample(x, 3, new SplittableRandom(3));
        assertEquals(9, out.length);
        for (int b = 0; b < 9; b += 3) {
            assertEquals(out[b] + 1, out[b + 1]);
            assertEquals(out[b] + 2, out[b + 2]);
        }
    }

    @Test
    void sameSeedSameInterval() {
        double[] b = {5, 6, 4, 7, 5, 6, 8, 4};
        double[] p = {3, 4, 2, 5, 3, 2, 4, 3, 1};
        assertEquals(BlockBootstrap.meanDifference(b, p, 2000, 42, 0.95), BlockBootstrap.meanDifference(b, p, 2000, 42, 0.95));
        assertNotEquals(BlockBootstrap.meanDifference(b, p, 2000, 42, 0.95), BlockBootstrap.meanDifference(b, p, 2000, 43, 0.95));
    }

    @Test
    void quantileIsRsTypeSeven() {
        double[] s = {1, 2, 3, 4};
        assertEquals(2.5, BlockBootstrap.quantile(s, 0.5), 1e-12);   // quantile(1:4, .5) in R
        assertEquals(1.75, BlockBootstrap.quantile(s, 0.25), 1e-12); // quantile(1:4, .25) in R
    }

    @Test
    void tooShortSeriesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> BlockBootstrap.meanDifference(new double[] {1}, new double[] {1, 2}, 1000, 1, 0.95));
    }
}
