package org.walkstudy.analysis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.walkstudy.analysis.evidence.Magnitude;
import org.walkstudy.analysis.summary.GradeWording.Change;
import org.walkstudy.analysis.verdict.Certainty;

class GradeWordingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "HIGH|Walking reduces pain slightly compared with no treatment",
        "MODERATE|Walking probably reduces pain slightly compared with no treatment",
        "LOW|Walking may reduce pain slightly compared with no treatment",
        "VERY_LOW|The evidence is very uncertain about the effect of walking on pain compared with no treatment"})
    void theVerbCarriesTheCertainty(Certainty certainty, String expected) {
        assertEquals(expected, GradeWording.sentence("walking", "pain", true, false, Change.BENEFIT, "slightly",
                "no treatment", certainty));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "HIGH|Exercise results in little to no difference in sick leave",
        "MODERATE|Exercise probably results in little to no difference in sick leave",
        "LOW|Exercise may result in little to no difference in sick leave"})
    void anIntervalIncludingNoEffectIsLittleToNoDifferenceAndHasNoSize(Certainty certainty, String expected) {
        assertEquals(expected, GradeWording.sentence("exercise", "sick leave", true, false, Change.NONE, "slightly", "",
                certainty));
    }

    @Test
    void ratiosSpeakOfRiskAndHarmsAndGoodOutcomesHaveTheirOwnVerbs() {
        assertEquals("More leisure-time physical activity may reduce the risk of chronic low back pain",
                GradeWording.sentence("more leisure-time physical activity", "chronic low back pain", true, true,
                        Change.BENEFIT, "", "", Certainty.LOW));
        assertEquals("Walking probably increases pain compared with other exercise",
                GradeWording.sentence("walking", "pain", true, false, Change.HARM, "", "other exercise", Certainty.MODERATE));
        assertEquals("Walking improves sleep quality", GradeWording.sentence("walking", "sleep quality", false, false,
                Change.BENEFIT, "", "", Certainty.HIGH));
        assertEquals("Walking may worsen mood", GradeWording.sentence("walking", "mood", false, false, Change.HARM, "",
                "", Certainty.LOW));
    }

    @Test
    void theTableCellKeepsOnlyTheVerbPhrase() {
        assertEquals("probably reduces slightly", GradeWording.phrase(true, Change.BENEFIT, "slightly", Certainty.MODERATE));
        assertEquals("may result in little to no difference", GradeWording.phrase(true, Change.NONE, "", Certainty.LOW));
        assertEquals("improves", GradeWording.phrase(false, Change.BENEFIT, "", Certainty.HIGH));
        assertEquals("very uncertain", GradeWording.phrase(true, Change.HARM, "", Certainty.VERY_LOW));
    }

    @Test
    void noUsableNumbersSayWhatIsMissing() {
        assertEquals("Not known: no study with usable numbers; the trial's numbers were not found",
                GradeWording.notKnown("the trial's numbers were not found"));
        assertEquals("Not known: no study with usable numbers", GradeWording.notKnown(""));
    }

    @ParameterizedTest(name = "SMD {0}")
    @CsvSource({"0.19,very small,very slightly", "-0.2,small,slightly", "-0.23,small,slightly", "0.49,small,slightly",
        "0.5,moderate,moderately", "-0.79,moderate,moderately", "0.8,large,considerably", "-1.86,large,considerably"})
    void cohensSizeWords(double smd, String size, String adverb) {
        assertEquals(size, GradeWording.size(Magnitude.ofStandardised(smd)));
        assertEquals(adverb, GradeWording.adverb(Magnitude.ofStandardised(smd)));
    }

    @Test
    void countsAndThousands() {
        assertEquals("1 study", GradeWording.count(1, "study", "studies"));
        assertEquals("2 studies", GradeWording.count(2, "study", "studies"));
        assertEquals("158,475", GradeWording.thousands(158475));
        assertEquals("701", GradeWording.thousands(701));
    }
}
