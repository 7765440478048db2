package org.walkstudy.core.evidence;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.effect.HazardRatio;
import org.walkstudy.core.outcome.Direction;
import org.walkstudy.core.outcome.Outcome;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.provenance.Provenance;
import org.walkstudy.core.validation.InvalidValueException;

class FindingTest {
    private static final Outcome RECURRENCE = Outcome.of(OutcomeDomain.RECURRENCE, "days", Direction.LOWER_IS_BETTER);
    private static final Provenance SOURCE = Provenance.of("https://example.org/walkback", "Results");

    @Test
    void provenanceNeedsUrlAndLocation() {
        assertEquals("source_url", assertThrows(InvalidValueException.class,
                () -> Provenance.of("", "Table 2")).field());
        assertEquals("source_url", assertThrows(InvalidValueException.class,
                () -> Provenance.of("my notes", "Table 2")).field());
        assertEquals("source_location", assertThrows(InvalidValueException.class,
                () -> Provenance.of("https://x.org", " ")).field());
    }

    @Test
    void findingNeedsNumbersOrAReasonForTheGap() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Finding.gap("S1", "", RECURRENCE, "", SOURCE, List.of()));
        assertEquals("gap", e.field());
        Finding gap = Finding.gap("S1", "", RECURRENCE, "events per arm not reported", SOURCE, List.of());
        assertFalse(gap.poolable());
    }

    @Test
    void inconsistentFlagKeepsAFindingOutOfPooling() {
        HazardRatio hr = HazardRatio.of(0.72, 0.60, 0.85, 0.95);
        Finding clean = Finding.withData("S1", "walk vs none", RECURRENCE, hr, SOURCE, List.of());
        assertTrue(clean.poolable());
        Finding secondary = Finding.withData("S1", "", RECURRENCE, hr, SOURCE,
                List.of(Flag.of(Flag.SECONDARY_SOURCE, "news summary")));
        assertTrue(secondary.poolable());
        Finding flagged = Finding.withData("S1", "", RECURRENCE, hr, SOURCE,
                List.of(Flag.of(Flag.INCONSISTENT, "sign contradicts CI")));
        assertFalse(flagged.poolable());
    }
}
