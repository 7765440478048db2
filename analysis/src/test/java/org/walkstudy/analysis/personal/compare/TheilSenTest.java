package org.walkstudy.analysis.personal.compare;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TheilSenTest {
    @Test
    void exactLineHasItsSlopeAndNoWidth() {
        Interval i = TheilSen.slope(new double[] {0, 1, 2, 3, 4}, new double[] {1, 3, 5, 7, 9}, 0.95);
        assertEquals(2, i.estimate(), 1e-12);
        assertEquals(2, i.lower(), 1e-12);
        assertEquals(2, i.upper(), 1e-12);
    }

    @Test
    void fourPointsByHand() {
        // Slopes: 1, 1.5, 2/3, 2, 0.5, -1 -> sorted -1, 0.5, 2/3, 1, 1.5, 2; median (2/3 + 1) / 2.
        // C = 1.96 * sqrt(4*3*13/18) = 5.77: ranks floor(0.115) -> 1 and ceil(6.885) -> 6 (clamped): [-1, 2].
        Interval i = TheilSen.slope(new double[] {0, 1, 2, 3}, new double[] {0, 1, 3, 2}, 0.95);
        assertEquals((2.0 / 3 + 1) / 2, i.estimate(), 1e-12);
        assertEquals(-1, i.lower(), 1e-12);
        assertEquals(2, i.upper(), 1e-12);
    }

    @Test
    void sixPointsByHand() {
        // 15 slopes sorted: -1,-1,1/3,.5,.5,.75,.75,1,1,1,4/3,4/3,2,2,3; median 1.
        // C = 1.96 * sqrt(6*5*17/18) = 10.43: lower rank floor(2.28) = 2 -> -1; upper rank ceil(13.72) = 14 -> 2.
        Interval i = TheilSen.slope(new double[] {0, 1, 2, 3, 4, 5}, new double[] {1, 3, 2, 5, 4, 6}, 0.95);
        assertEquals(1, i.estimate(), 1e-12);
        assertEquals(-1, i.lower(), 1e-12);
        assertEquals(2, i.upper(), 1e-12);
    }

    @Test
    void anOutlierBarelyMovesTheSlope() {
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        Interval i = TheilSen.slope(x, new double[] {0, 1, 2, 3, 4, 5, 100}, 0.95);
        assertEquals(1, i.estimate(), 1e-12);
    }

    @Test
    void refusesTooFewPoints() {
        assertThrows(IllegalArgumentException.class, () -> TheilSen.slope(new double[] {0, 1}, new double[] {0, 1}, 0.95));
    }
}
