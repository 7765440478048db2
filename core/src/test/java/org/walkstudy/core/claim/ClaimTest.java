package org.walkstudy.core.claim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.validation.InvalidValueException;

class ClaimTest {
    @Test
    void claimNeedsPositiveNumberStatementAndTopic() {
        assertEquals("number", assertThrows(InvalidValueException.class,
                () -> Claim.of(0, "x", ClaimTopic.SLEEP, List.of())).field());
        assertEquals("statement", assertThrows(InvalidValueException.class,
                () -> Claim.of(1, "", ClaimTopic.SLEEP, List.of())).field());
        assertEquals("topic", assertThrows(InvalidValueException.class,
                () -> Claim.of(1, "x", null, List.of())).field());
        Claim c = new Claim(6, "walking shortens sleep latency", ClaimTopic.SLEEP, null, null, null, null);
        assertTrue(c.evidenceStudyIds().isEmpty());
    }

    @Test
    void coversFiltersByDomainAndComparisonPhrase() {
        Claim c = new Claim(1, "walking relieves LBP", ClaimTopic.LOW_BACK_PAIN, List.of("S1"),
                List.of(OutcomeDomain.PAIN, OutcomeDomain.DISABILITY), "minimal", "");
        assertTrue(c.covers(OutcomeDomain.PAIN, "Walking vs Minimal/no intervention"));
        assertFalse(c.covers(OutcomeDomain.PAIN, "walking vs alternate exercise"));
        assertFalse(c.covers(OutcomeDomain.RECURRENCE, "walking vs minimal"));
        assertTrue(Claim.of(2, "x", ClaimTopic.WEIGHT, List.of()).covers(OutcomeDomain.MOOD, "anything"));
    }
}
