package org.walkstudy.cli.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEverythingThatCouldOpenMarkup() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
                Html.escape("<script>alert(\"x\") & 'y'</script>"));
    }

    @Test
    void onlyHttpAddressesBecomeLinks() {
        assertEquals("javascript:alert(1)", Html.link("javascript:alert(1)"));
        assertEquals("file:/etc/passwd", Html.link("file:/etc/passwd"));
        String link = Html.link("https://pubmed.ncbi.nlm.nih.gov/34783263/?a=1&b=\"2\"");
        assertTrue(link.startsWith("<a href=\"https://pubmed.ncbi.nlm.nih.gov/34783263/?a=1&amp;b=&quot;2&quot;\""), link);
        assertTrue(link.contains(">pubmed.ncbi.nlm.nih.gov/34783263/?a=1&amp;b…</a>"), link);
    }

    @Test
    void inlineSvgLosesItsPrologAndGainsATextAlternative() {
        String file = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg height=\"10px\" viewBox=\"0 0 10 10\" xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>\n";
        InlineSvg svg = InlineSvg.of(file.getBytes(StandardCharsets.UTF_8), "A \"forest\" plot");
        assertEquals("<svg role=\"img\" aria-label=\"A &quot;forest&quot; plot\" height=\"10px\" viewBox=\"0 0 10 10\" "
                + "xmlns=\"http://www.w3.org/2000/svg\"><title>A &quot;forest&quot; plot</title><rect/></svg>", svg.markup());
        assertThrows(IllegalArgumentException.class, () -> InlineSvg.of(file.getBytes(StandardCharsets.UTF_8), " "));
        assertThrows(IllegalArgumentException.class, () -> InlineSvg.of("<html/>".getBytes(StandardCharsets.UTF_8), "x"));
    }

    @Test
    void tablesHaveScopedHeadersACaptionAndAScrollBox() {
        String t = HtmlTable.of("Claims & verdicts", List.of("#", "Claim")).withRow("1", Html.escape("a < b")).markup();
        assertTrue(t.startsWith("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Claims &amp; verdicts\">"), t);
        assertTrue(t.contains("<caption>Claims &amp; verdicts</caption>"));
        assertTrue(t.contains("<th scope=\"col\">#</th><th scope=\"col\">Claim</th>"));
        assertTrue(t.contains("<tr><th scope=\"row\">1</th><td>a &lt; b</td></tr>"));
        assertThrows(IllegalArgumentException.class, () -> HtmlTable.of("x", List.of("a", "b")).withRow("only one"));
        assertThrows(IllegalArgumentException.class, () -> HtmlTable.of(" ", List.of("a")));
    }

    @Test
    void theCommandIsQuotedAsAShellWouldNeedIt() {
        Colophon c = Colophon.of("walkstudy 1", "today", List.of("report", "--out", "my report.html", "--input", "it's.csv"));
        assertEquals("walkstudy report --out 'my report.html' --input 'it'\\''s.csv'", c.command());
    }
}
