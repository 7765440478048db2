package org.walkstudy.core.claim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.validation.InvalidValueException;

class ClaimTest {
    @Test
    void claimNeedsPositiveNumberStatementAndTopic() {
        assertEquals("number", assertThrows(InvalidValueException.class,
                () -> new Claim(0, "x", ClaimTopic.SLEEP, List.of(), "")).field());
        assertEquals("statement", assertThrows(InvalidValueException.class,
                () -> new Claim(1, "", ClaimTopic.SLEEP, List.of(), "")).field());
        assertEquals("topic", assertThrows(InvalidValueException.class,
                () -> new Claim(1, "x", null, List.of(), "")).field());
        Claim c = new Claim(6, "walking shortens sleep latency", ClaimTopic.SLEEP, null, null);
        assertTrue(c.evidenceStudyIds().isEmpty());
    }
}
