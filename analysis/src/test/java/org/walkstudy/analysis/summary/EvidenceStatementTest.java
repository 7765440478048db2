package org.walkstudy.analysis.summary;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.verdict.Certainty;

/** The statement's full and one-screen forms: absolute numbers whole after the bracket, or in brief inside it. */
class EvidenceStatementTest {
    private final EvidenceStatement s = new EvidenceStatement("10", "claim", "", "supported", Optional.of(Certainty.MODERATE),
            "Walking probably reduces the risk of recurrence compared with no treatment", "HR 0.72, 0.60 to 0.85",
            "1 study, 701 participants", "Against X, it did worse (HR 1.1, 1.0 to 1.2).",
            "Median days to a recurrence: 208 with walking vs 112 with no treatment (from a summary of the paper).",
            "median 208 vs 112 days to recurrence, from a summary of the paper");

    @Test
    void theFullStatementAddsTheAbsoluteSentenceThenTheFurtherNote() {
        assertEquals("Walking probably reduces the risk of recurrence compared with no treatment (HR 0.72, 0.60 to 0.85; "
                + "1 study, 701 participants; moderate certainty). Median days to a recurrence: 208 with walking vs 112 "
                + "with no treatment (from a summary of the paper). Against X, it did worse (HR 1.1, 1.0 to 1.2).", s.text());
    }

    @Test
    void theBriefStatementKeepsTheAbsoluteNumbersAndTheirSourceKindInTheBracket() {
        assertEquals("Walking probably reduces the risk of recurrence compared with no treatment (HR 0.72, 0.60 to 0.85; "
                + "median 208 vs 112 days to recurrence, from a summary of the paper; 1 study, 701 participants; "
                + "moderate certainty).", s.brief());
    }

    @Test
    void withoutAbsoluteNumbersBothFormsAreTheSameStatement() {
        EvidenceStatement plain = new EvidenceStatement("1", "c", "", "v", Optional.of(Certainty.LOW), "Walking may reduce pain",
                "SMD -0.23", "1 review", "", null, null);
        assertEquals("Walking may reduce pain (SMD -0.23; 1 review; low certainty).", plain.text());
        assertEquals(plain.text(), plain.brief());
    }
}
