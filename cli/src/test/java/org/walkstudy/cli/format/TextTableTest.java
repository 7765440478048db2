package org.walkstudy.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTableTest {
    private static final String LONG_CITATION = "Verylongfirstauthorname AB, " + "Coauthor CD, ".repeat(14)
            + "et al. (2020) A journal with a long name";

    private static TextTable table() {
        return TextTable.withHeader("study", "design", "n", "citation")
                .row("Short2020", "rct", 40, "Short A (2020)")
                .row("Long2020", "cohort", 158475, LONG_CITATION);
    }

    private static int widest(String text) {
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    @Test
    void aTwoHundredCharacterCitationIsCutToTheWidthWithAnEllipsis() {
        assertTrue(LONG_CITATION.length() >= 200, "the fixture is what the test says");
        for (int width : new int[] {80, 120, 60}) {
            String out = table().render(width, TextTable.Overflow.TRUNCATE);
            assertTrue(widest(out) <= width, width + " columns:\n" + out);
            assertEquals(4, out.lines().count(), "one line per row when truncating");
            assertTrue(out.lines().anyMatch(l -> l.endsWith("...")), out);
            assertTrue(out.contains("Short A (2020)"), "short cells stay whole");
        }
    }

    @Test
    void wrappingKeepsEveryWordAndTheWidth() {
        String out = table().render(80, TextTable.Overflow.WRAP);
        assertTrue(widest(out) <= 80, out);
        String joined = out.replaceAll("\\s+", " ");
        for (String word : LONG_CITATION.split(" ")) {
            assertTrue(joined.contains(word), word);
        }
    }

    @Test
    void aTableThatFitsIsUnchanged() {
        TextTable t = TextTable.withHeader("a", "b").row("1", "2");
        assertEquals(t.render(), t.render(80, TextTable.Overflow.TRUNCATE));
        assertEquals("a  b\n-  -\n1  2\n", t.render());
    }
}
