package org.walkstudy.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void columnsWinsThenEightyWhenNotATerminal() {
        assertEquals(120, Terminal.width("120", false));
        assertEquals(120, Terminal.width(" 120 ", true));
        assertEquals(80, Terminal.width(null, false));
        assertEquals(80, Terminal.width("wide", false), "a COLUMNS that is not a number is ignored");
        assertEquals(Terminal.MIN_WIDTH, Terminal.width("10", false), "never narrower than a table can be drawn");
    }
}
