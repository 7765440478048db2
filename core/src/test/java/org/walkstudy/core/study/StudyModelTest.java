package org.walkstudy.core.study;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.validation.InvalidValueException;

class StudyModelTest {
    private static final Citation CITATION = Citation.of("Pocovi NC; Hancock MJ", 2024, "Lancet", "doi:10/x");

    private static InvalidValueException rejects(Runnable r) {
        return assertThrows(InvalidValueException.class, r::run);
    }

    @Test
    void citationRejectsBlankAuthorsAndImplausibleYear() {
        assertEquals("authors", rejects(() -> Citation.of(" ", 2020, "", "")).field());
        InvalidValueException year = rejects(() -> Citation.of("A", 1850, "", ""));
        assertEquals("year", year.field());
        assertTrue(year.getMessage().contains("1850"), year.getMessage());
    }

    @Test
    void citationShortFormNamesFirstAuthor() {
        assertEquals("Pocovi NC et al. (2024)", CITATION.shortForm());
        assertEquals("Solo A (2001)", Citation.of("Solo A", 2001, null, null).shortForm());
        assertEquals("Solo A (n.d.)", Citation.undated("Solo A", null, null).shortForm());
    }

    @Test
    void armRejectsZeroNBlankLabelAndMissingRole() {
        InvalidValueException n = rejects(() -> Arm.of("walk", 0, ArmRole.INTERVENTION));
        assertEquals("arm.n", n.field());
        assertTrue(n.getMessage().contains("was 0"));
        assertEquals("arm.label", rejects(() -> Arm.of("", 3, ArmRole.CONTROL)).field());
        assertEquals("arm.role", rejects(() -> Arm.of("x", 3, null)).field());
    }

    @Test
    void studyRejectsBadIdDuplicateArmsAndMissingParts() {
        assertEquals("study_id", rejects(() -> new Study("has space", CITATION, StudyDesign.RCT, "", "", List.of(),
                Optional.empty(), "")).field());
        assertEquals("citation", rejects(() -> new Study("S1", null, StudyDesign.RCT, "", "", List.of(),
                Optional.empty(), "")).field());
        assertEquals("design", rejects(() -> new Study("S1", CITATION, null, "", "", List.of(),
                Optional.empty(), "")).field());
        List<Arm> twice = List.of(Arm.of("walk", 3, ArmRole.INTERVENTION), Arm.of("walk", 4, ArmRole.CONTROL));
        assertEquals("arm.label", rejects(() -> new Study("S1", CITATION, StudyDesign.RCT, "", "", twice,
                Optional.empty(), "")).field());
    }

    @Test
    void studyTotalsItsArms() {
        Study s = new Study("S1", CITATION, StudyDesign.RCT, "adults", "AU",
                List.of(Arm.of("walk", 351, ArmRole.INTERVENTION), Arm.of("none", 350, ArmRole.CONTROL)),
                Optional.empty(), null);
        assertEquals(701, s.totalN());
    }

    @Test
    void protocolRejectsNonPositiveAndAbsurdDoses() {
        assertEquals("minutes_per_session", rejects(() -> new WalkingProtocol("", OptionalDouble.of(0),
                null, null, null, null, null, null)).field());
        assertEquals("sessions_per_week", rejects(() -> new WalkingProtocol("", null, OptionalDouble.of(22),
                null, null, null, null, null)).field());
        assertEquals("weeks", rejects(() -> new WalkingProtocol("", null, null, OptionalDouble.of(-1),
                null, null, null, null)).field());
        assertEquals("daily_step_target", rejects(() -> new WalkingProtocol("", null, null, null, null,
                OptionalInt.of(0), null, null)).field());
    }

    @Test
    void protocolComputesWeeklyMinutesOnlyWhenBothPartsKnown() {
        WalkingProtocol p = new WalkingProtocol("30 min x5", OptionalDouble.of(30), OptionalDouble.of(5), null,
                Intensity.BRISK, null, null, List.of("education"));
        assertEquals(150.0, p.minutesPerWeek().getAsDouble());
        assertTrue(WalkingProtocol.described("walk more").minutesPerWeek().isEmpty());
        assertEquals(Intensity.UNSTATED, WalkingProtocol.described("x").intensity());
    }

    @Test
    void enumsParseCsvSpellingAndListAllowedValues() {
        assertEquals(StudyDesign.PRE_POST, StudyDesign.parse("Pre-Post"));
        assertEquals("pre-post", StudyDesign.PRE_POST.code());
        InvalidValueException e = rejects(() -> StudyDesign.parse("anecdote"));
        assertTrue(e.getMessage().contains("systematic-review"), e.getMessage());
        assertEquals(Intensity.UNSTATED, Intensity.parse(""));
        assertEquals("intensity", rejects(() -> Intensity.parse("sprint")).field());
        assertEquals(Supervision.MIXED, Supervision.parse("mixed"));
        assertEquals(ArmRole.CONTROL, ArmRole.parse("control"));
    }
}
