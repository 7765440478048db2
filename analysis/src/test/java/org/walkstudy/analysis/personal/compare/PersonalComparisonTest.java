package org.walkstudy.analysis.personal.compare;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.PersonalImport;

class PersonalComparisonTest {
    static DailyTable fixture(String name) {
        try {
            return DailyTable.read(Path.of(PersonalComparisonTest.class.getResource(name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ComparisonReport compare(DailyTable t, String protocol, PersonalOutcome o) {
        return PersonalComparison.compare(t, PersonalProtocol.byId(protocol), o, Optional.empty(), Optional.empty(),
                PersonalComparison.DEFAULT_SEED);
    }

    @Test
    void aShortHistoryGetsAThirdAsBaselineAndTheRestAsPeriod() {
        ComparisonReport r = compare(fixture("synthetic-21-days.csv"), "walkback", PersonalOutcome.PAIN);
        assertEquals(DateRange.parse("2024-03-04..2024-03-10"), r.baseline().orElseThrow());
        assertEquals(DateRange.parse("2024-03-11..2024-03-24"), r.period());
        OutcomeChange c = r.change().orElseThrow();
        // pain: baseline 6,6,5,6,7,6,5 (mean 41/7), period 14 days summing to 58.
        assertEquals(41 / 7.0, c.baselineMean(), 1e-12);
        assertEquals(58 / 14.0, c.periodMean(), 1e-12);
        assertEquals(58 / 14.0 - 41 / 7.0, c.meanDifference().estimate(), 1e-12);
        assertEquals(2, r.weeks().size());
    }

    @Test
    void theDefaultBaselineIsTwentyEightDaysOnceTheHistoryIsLongEnough() {
        assertEquals(28, PersonalComparison.defaultBaseline(DateRange.parse("2024-01-01..2024-03-24"), Optional.empty())
                .orElseThrow().days(), "84 days: a third is 28");
        assertEquals(28, PersonalComparison.defaultBaseline(DateRange.parse("2024-01-01..2024-12-31"), Optional.empty())
                .orElseThrow().days());
        assertEquals(27, PersonalComparison.defaultBaseline(DateRange.parse("2024-01-01..2024-03-22"), Optional.empty())
                .orElseThrow().days(), "82 days: a third is 27");
        assertTrue(PersonalComparison.defaultBaseline(DateRange.parse("2024-01-01..2024-01-02"), Optional.empty()).isEmpty());
        // A given period that starts inside the first 28 days ends the baseline the day before.
        assertEquals(DateRange.parse("2024-01-01..2024-01-09"), PersonalComparison.defaultBaseline(
                DateRange.parse("2024-01-01..2024-12-31"), Optional.of(DateRange.parse("2024-01-10..2024-02-01"))).orElseThrow());
    }

    @Test
    void withoutAnOutcomeColumnAdherenceAndDoseStandAndTheChangeSaysWhy() {
        ComparisonReport r = compare(fixture("synthetic-no-outcome.csv"), "walkback", PersonalOutcome.PAIN);
        assertTrue(r.change().isEmpty());
        assertTrue(r.changeNote().contains("no pain_0_10 values"), r.changeNote());
        assertTrue(r.meanAdherence().isPresent());
        assertTrue(r.doseRatio().isPresent());
    }

    @Test
    void tooFewOutcomeDaysGiveAPlainNoteNotAnError() {
        DailyTable t = fixture("synthetic-21-days.csv");
        ComparisonReport r = PersonalComparison.compare(t, PersonalProtocol.byId("walkback"), PersonalOutcome.PAIN,
                Optional.of(DateRange.parse("2024-03-04..2024-03-04")), Optional.empty(), 1);
        assertTrue(r.change().isEmpty());
        assertTrue(r.changeNote().contains("1 in the baseline 2024-03-04..2024-03-04"), r.changeNote());
    }

    @Test
    void thePeriodIsCappedAtTheProtocolsLengthUnlessGiven() {
        DailyTable t = SyntheticPerson.generate(3);
        long span = java.time.temporal.ChronoUnit.DAYS.between(t.rows().get(0).date(), t.rows().get(t.size() - 1).date()) + 1;
        DailyTable longer = DailyTable.of(java.util.stream.Stream.concat(t.rows().stream(), t.rows().stream()
                .map(r -> org.walkstudy.analysis.personal.DailyRow.of(r.date().plusDays(span), r.values(), r.sources())))
                .toList());
        ComparisonReport capped = compare(longer, "steps-10000", PersonalOutcome.SLEEP_LATENCY);
        assertEquals(28, capped.period().days(), "steps-10000 runs 4 weeks");
        LocalDate last = longer.rows().get(longer.size() - 1).date();
        DateRange given = DateRange.of(capped.period().from(), last);
        ComparisonReport free = PersonalComparison.compare(longer, PersonalProtocol.byId("steps-10000"),
                PersonalOutcome.SLEEP_LATENCY, Optional.empty(), Optional.of(given), 1);
        assertEquals(given, free.period());
        assertEquals(28, compare(longer, "article-30min", PersonalOutcome.PAIN).baseline().orElseThrow().days());
        assertEquals(last, compare(longer, "article-30min", PersonalOutcome.PAIN).period().to(),
                "a protocol without a length runs to the end");
    }

    @Test
    void theRealAppleHealthSampleOfTwoDaysComparesWithoutAnError() throws URISyntaxException {
        Path xml = Path.of(getClass().getResource("/org/walkstudy/analysis/personal/applehealth/export6s3sample.xml").toURI());
        DailyTable t = PersonalImport.run(ImportFormat.APPLE_HEALTH, List.of(xml), ImportOptions.defaults(), null).table();
        ComparisonReport r = compare(t, "walkback", PersonalOutcome.PAIN);
        assertTrue(r.change().isEmpty());
        assertFalse(r.changeNote().isBlank());
        assertFalse(r.weeks().isEmpty());
    }
}
