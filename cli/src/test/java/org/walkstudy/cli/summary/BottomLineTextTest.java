package org.walkstudy.cli.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BottomLineTextTest {
    @Test
    void theBriefNoteKeepsTheComparatorAndDirectionWithoutTheNumbers() {
        assertEquals("Against alternate interventions, it did worse on pain.", BottomLineText.briefly(
                "Against alternate interventions, walking or running did worse on pain (SMD 0.81, 0.28 to 1.34, large)."));
        assertEquals("Against usual care, it did better on disability.", BottomLineText.briefly(
                "Against usual care, exercise did better on disability (SMD -0.30, -0.50 to -0.10, small)."));
    }
}
