package org.walkstudy.core.input;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class InputExceptionTest {
    @Test
    void messageNamesFileLineAndColumn() {
        InputException e = InputException.atCell("studies.csv", 12, "sd_walk", "not a number: 'abc'");
        assertEquals("studies.csv:12 column 'sd_walk': not a number: 'abc'", e.getMessage());
        assertEquals(12, e.line());
        assertEquals("sd_walk", e.column().orElseThrow());
        assertEquals("not a number: 'abc'", e.problem());
    }

    @Test
    void wholeFileProblemsHaveNoLine() {
        InputException e = InputException.inFile("x.csv", "empty file");
        assertEquals("x.csv: empty file", e.getMessage());
        assertEquals(0, e.line());
        assertTrue(e.column().isEmpty());
        assertEquals("x.csv:3: bad", InputException.atLine("x.csv", 3, "bad").getMessage());
    }
}
