package org.walkstudy.analysis.personal.compare;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.personal.DailyTable;

class SyntheticPersonTest {
    /** Run with -Dwalkstudy.regenerate=true to rewrite the bundled file after changing the generator. */
    @Test
    void bundledFileIsTheGeneratorsOutput() throws IOException {
        String expected = SyntheticPerson.csv(SyntheticPerson.generate(SyntheticPerson.SEED), SyntheticPerson.SEED);
        if (Boolean.getBoolean("walkstudy.regenerate")) {
            Path target = Path.of("src/main/resources" + SyntheticPerson.RESOURCE);
            Files.createDirectories(target.getParent());
            Files.writeString(target, expected);
        }
        assertEquals(expected, SyntheticPerson.bundledText(),
                "bundled example is stale: run the test with -Dwalkstudy.regenerate=true");
    }

    @Test
    void generationIsDeterministicAndLabelledSynthetic() {
        DailyTable a = SyntheticPerson.generate(5);
        assertEquals(a.rows(), SyntheticPerson.generate(5).rows());
        assertNotEquals(a.rows(), SyntheticPerson.generate(6).rows());
        assertTrue(a.rows().stream().allMatch(r -> r.sources().equals("SYNTHETIC EXAMPLE")));
        assertTrue(SyntheticPerson.RESOURCE.contains("SYNTHETIC-EXAMPLE"));
        assertTrue(SyntheticPerson.bundledText().startsWith("# SYNTHETIC EXAMPLE"));
    }

    @Test
    void comparisonOfTheExampleShowsThePlantedImprovementAndSaysItIsSynthetic() {
        DailyTable t = SyntheticPerson.bundled();
        ComparisonReport r = PersonalComparison.compare(t, PersonalProtocol.byId("walkback"), PersonalOutcome.PAIN,
                Optional.empty(), Optional.empty(), PersonalComparison.DEFAULT_SEED);
        Interval d = r.change().orElseThrow().meanDifference();
        assertTrue(d.estimate() < 0, "pain planted to fall by about 1 point on average");
        assertTrue(d.lower() <= d.estimate());
        assertTrue(r.caveats().get(0).startsWith("SYNTHETIC EXAMPLE"));
        assertTrue(r.caveats().contains(ComparisonReport.NOT_A_TRIAL));
        assertEquals(SyntheticPerson.BASELINE_DAYS, r.baseline().orElseThrow().days());
        // The programme is progressive: later weeks walk more minutes than the first.
        var weeks = r.weeks();
        double early = weeks.subList(0, 4).stream().mapToDouble(w -> w.walkMinutes().getAsDouble()).average().orElseThrow();
        double late = weeks.subList(weeks.size() - 8, weeks.size()).stream().mapToDouble(w -> w.walkMinutes().getAsDouble()).average().orElseThrow();
        assertTrue(late > early, early + " -> " + late);
        assertEquals(26, weeks.size(), "the period is the protocol's 26 weeks");
        assertTrue(r.ramp().isPresent());
    }

    @Test
    void overlappingRangesAreRefused() {
        DailyTable t = SyntheticPerson.bundled();
        DateRange base = DateRange.parse("2024-01-01..2024-01-28");
        assertThrows(IllegalArgumentException.class, () -> PersonalComparison.compare(t, PersonalProtocol.byId("walkback"),
                PersonalOutcome.PAIN, Optional.of(base), Optional.of(DateRange.parse("2024-01-20..2024-03-01")), 1));
        assertThrows(IllegalArgumentException.class, () -> DateRange.parse("2024-01-01-2024-02-01"));
    }
}
