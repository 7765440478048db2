package org.walkstudy.datasets.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.walkstudy.core.evidence.Exposure;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.evidence.IntervalKind;
import org.walkstudy.core.input.InputException;

/**
 * The mechanical checks of a study row (issue 12, section 2), one test per rule, on a synthetic one-row file
 * whose cells are changed one at a time. Listed in docs/bad-inputs.md.
 */
class StudyRowChecksTest {
    private static Map<String, String> valid() {
        Map<String, String> row = new LinkedHashMap<>();
        StudyColumn.headers().forEach(h -> row.put(h, ""));
        row.putAll(Map.of("study_id", "Synthetic2020_Checks", "authors", "Synthetic A; Synthetic B", "year", "2020",
                "design", "rct", "outcome_domain", "pain", "lower_is_better", "yes", "data_kind", "reported",
                "effect_measure", "md", "effect", "-1.0", "ci_lower", "-2.0"));
        row.putAll(Map.of("ci_upper", "-0.50", "source_url", "https://example.org/synthetic-fixture",
                "source_location", "Table 1 (synthetic fixture)"));
        return row;
    }

    private static StudyDataset read(Map<String, String> changes) {
        Map<String, String> row = valid();
        row.putAll(changes);
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            p.printRecord(row.keySet());
            p.printRecord(row.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StudyCsvReader.read("checks.csv", new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static InputException fails(String column, Map<String, String> changes) {
        InputException e = assertThrows(InputException.class, () -> read(changes));
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(column, e.column().orElse(null), e.getMessage());
        return e;
    }

    @Test
    void theValidRowReadsWithItsPrintedDigitsAndDefaults() {
        Finding f = read(Map.of()).findings().get(0);
        assertEquals("-0.50", f.printed().upper());
        assertEquals(IntervalKind.CONFIDENCE, f.intervalKind());
        assertEquals(Exposure.WALKING, f.exposure());
        assertTrue(f.flags().isEmpty());
    }

    @Test
    void anEstimateOutsideItsIntervalIsFlaggedInconsistent() {
        Finding f = read(Map.of("effect", "1.0")).findings().get(0);
        assertTrue(f.flags().stream().anyMatch(x -> x.code().equals(Flag.INCONSISTENT)), f.flags().toString());
        assertFalse(f.poolable());
    }

    @Test
    void eventsNeverExceedTheirArm() {
        fails("events_ctrl", Map.of("data_kind", "gap", "gap", "synthetic", "effect_measure", "", "effect", "",
                "ci_lower", "", "ci_upper", "", "n_ctrl", "10", "events_ctrl", "11"));
    }

    @Test
    void armSizesAddUpToTheStatedTotal() {
        InputException e = fails("participants", Map.of("n_walk", "40", "n_ctrl", "50", "participants", "100"));
        assertTrue(e.problem().contains("arms add up to 90"), e.problem());
        assertEquals(OptionalInt.of(90), read(Map.of("n_walk", "40", "n_ctrl", "50", "participants", "90"))
                .findings().get(0).participants());
    }

    @Test
    void anIntervalLevelLiesStrictlyBetweenZeroAndOneHundred() {
        fails("ci_level", Map.of("ci_level", "100"));
        fails("ci_level", Map.of("ci_level", "0"));
        assertTrue(fails("ci_level", Map.of("ci_level", "0.95")).problem().contains("in percent"));
        assertEquals(1, read(Map.of("ci_level", "90")).findings().size());
    }

    @Test
    void aSourceAddressParsesAndUsesHttpOrHttps() {
        fails("source_url", Map.of("source_url", "ftp://example.org/file"));
        fails("source_url", Map.of("source_url", "doi:10.1000/xyz"));
        assertTrue(fails("source_url", Map.of("source_url", "https:///example.org/x")).problem().contains("host"));
        assertTrue(fails("source_url", Map.of("source_url", "http://120.26.44.124:3004/details/1")).problem()
                .contains("bare IP"));
        fails("source_url", Map.of("source_url", "https://example.org/a b"));
    }

    @Test
    void aCitationHasAuthorsAndAYear() {
        assertTrue(fails("year", Map.of("year", "")).problem().contains("unidentified"));
        fails("authors", Map.of("authors", "Synthetic A et al."));
        fails("authors", Map.of("authors", "Synthetic A (as cited in Synthetic B"));
        fails("authors", Map.of("authors", "not shown in the source"));
        assertEquals(1, read(Map.of("authors", "unidentified: the study a news page cites", "year", ""))
                .findings().size());
    }

    @Test
    void anIntervalKindMatchesTheLimitsGiven() {
        assertEquals(IntervalKind.CREDIBLE, read(Map.of("interval_kind", "credible")).findings().get(0).intervalKind());
        fails("interval_kind", Map.of("interval_kind", "none"));
        fails("interval_kind", Map.of("interval_kind", "range", "ci_lower", "", "ci_upper", ""));
        fails("interval_kind", Map.of("interval_kind", "posterior"));
    }

    @Test
    void anExposureIsOneOfTheKnownKinds() {
        assertEquals(Exposure.STEP_COUNTS, read(Map.of("exposure", "step-counts")).findings().get(0).exposure());
        assertTrue(fails("exposure", Map.of("exposure", "swimming")).problem().contains("allowed"));
    }
}
