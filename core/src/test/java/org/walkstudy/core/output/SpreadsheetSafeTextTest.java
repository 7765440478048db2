package org.walkstudy.core.output;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTextTest {
    @Test
    void cellsAFormulaCouldStartWithArePrefixedAndReadBackAsWritten() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=x", "''@y"}) {
            String cell = SpreadsheetSafeText.cell(formula);
            assertTrue(cell.startsWith("'"), cell);
            assertEquals(formula, SpreadsheetSafeText.read(cell));
        }
        for (String plain : new String[] {"Ann's Watch", "iPhone", "", "'quoted'", "a=b"}) {
            assertEquals(plain, SpreadsheetSafeText.cell(plain));
            assertEquals(plain, SpreadsheetSafeText.read(plain));
        }
    }

    @Test
    void numbersAreNeverPrefixed() {
        assertEquals(-0.25, SpreadsheetSafeText.value(-0.25));
        assertEquals("'-x", SpreadsheetSafeText.value("-x"));
    }
}
