package org.walkstudy.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextWrapTest {
    @Test
    void wrapsAtWordsAndCutsAWordLongerThanTheLine() {
        assertEquals(List.of("one two", "three"), TextWrap.lines("one two three", 8));
        assertEquals(List.of("see", "https://ex", "ample.org/"), TextWrap.lines("see https://example.org/", 10));
        assertEquals("- one two\n  three\n", TextWrap.block("one two three", 10, "- ", "  "));
    }

    @Test
    void truncatesWithThreeDots() {
        assertEquals("abcdefghij", TextWrap.truncated("abcdefghij", 10));
        assertEquals("abcdef...", TextWrap.truncated("abcdefghijk", 9));
    }
}
