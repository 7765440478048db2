package org.walkstudy.cli.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.walkstudy.cli.command.ClaimsCommand;
import org.walkstudy.cli.command.StudySource;
import org.walkstudy.datasets.Catalogue;

/**
 * The default {@code walkstudy summary} output at 80 and 120 columns against golden files. The files change
 * only on purpose: run with {@code -Dwalkstudy.golden.update=true} to rewrite them, then read the diff.
 */
class BottomLineGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static BottomLine bottomLine;
    private static List<ClaimsView.Assessed> claims;

    @BeforeAll
    static void bundled() {
        claims = ClaimsCommand.withStatements(new StudySource());
        bottomLine = BottomLine.of(claims, FamilySummary.bundled(Catalogue.bundled(), null));
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 120})
    void theDefaultSummaryMatchesItsGoldenFile(int width) throws Exception {
        String text = BottomLineText.text(bottomLine, width);
        Path file = GOLDEN.resolve("summary-" + width + ".txt");
        if (Boolean.getBoolean("walkstudy.golden.update")) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), text,
                "summary at " + width + " columns changed; if on purpose, rerun with -Dwalkstudy.golden.update=true");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 100, 120, 160})
    void oneScreenNeverWiderThanTheTerminal(int width) {
        String text = BottomLineText.text(bottomLine, width);
        text.lines().forEach(l -> assertTrue(l.length() <= width, width + " columns: " + l));
        assertTrue(text.lines().count() <= BottomLineText.MAX_LINES, "lines: " + text.lines().count());
        assertTrue(text.strip().endsWith("writes all of it with charts."), "one closing line at the end");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {60, 80, 120})
    void claimsAndTheFullListingFitTheWidthToo(int width) {
        ClaimsView.text(claims, width).lines().forEach(l -> assertTrue(l.length() <= width, "claims: " + l));
        SummaryText.text(FamilySummary.bundled(Catalogue.bundled(), null), width).lines()
                .forEach(l -> assertTrue(l.length() <= width, "summary --full: " + l));
    }
}
