package org.walkstudy.cli.format;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void controlCharactersAndTerminalEscapesAreReplaced() {
        assertEquals("\uFFFD[31mred\uFFFD[0m", SafeText.line("\u001b[31mred\u001b[0m"));
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFD", SafeText.line("a\u000bb\nc\u009bd\u007f"));
        assertEquals("x\uFFFDy", SafeText.line("x\u202Ey"), "a bidi override cannot reverse what follows");
        assertEquals("\uFFFDz", SafeText.line("\ud800z"), "an unpaired surrogate");
        String plain = "Müller et al. (2019) \uD83D\uDEB6 walking, 30 min";
        assertSame(plain, SafeText.line(plain), "ordinary text, emoji included, is untouched");
    }

    @Test
    void markdownEscapesHtmlAndPipes() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; a \\| b &amp;", SafeText.markdown("<script>alert(1)</script> a | b &"));
    }

    @Test
    void tablesNeverPassAnEscapeToTheTerminal() {
        String text = TextTable.withHeader("study", "yi").row("Evil\u001b[31m study\u001b[2J", 0.1).render();
        assertFalse(text.contains("\u001b"), text);
        assertTrue(text.contains("Evil\uFFFD[31m study\uFFFD[2J"), text);
        String md = TextTable.withHeader("study").row("<img src=x onerror=alert(1)>").renderMarkdown();
        assertFalse(md.contains("<img"), md);
    }
}
