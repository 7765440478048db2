package org.walkstudy.datasets;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.effect.HazardRatio;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.effect.ReportedMeasure;
import org.walkstudy.core.evidence.Exposure;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.evidence.IntervalKind;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.StudyDesign;
import org.walkstudy.datasets.csv.StudyDataset;

/**
 * Every bundled row is coded as what it is (issue 12, section 1): each test is one class of error the audit
 * found, checked over all bundled files, so the class cannot come back.
 */
class BundledCodingTest {
    private static final StudyDataset ALL = Catalogue.bundled().load(Catalogue.bundled().entries());

    private static List<Finding> of(String study) {
        List<Finding> found = ALL.findings().stream().filter(f -> f.studyId().equals(study)).toList();
        assertFalse(found.isEmpty(), study);
        return found;
    }

    private static boolean secondary(Finding f) {
        return f.flags().stream().anyMatch(x -> x.code().equals(Flag.SECONDARY_SOURCE));
    }

    private static boolean flagged(Finding f, String code) {
        return f.flags().stream().anyMatch(x -> x.code().equals(code));
    }

    @Test
    void aPooledOrWithinGroupChangeIsNeverStoredAsAComparison() {
        for (String study : List.of("Richardson2008_AnnFamMed_MA", "Hartescu2015_JSleepRes")) {
            Finding change = of(study).get(0);
            assertEquals(ReportedMeasure.MEAN_CHANGE, ((ReportedEffect) change.data().orElseThrow()).measure(), study);
        }
        Finding between = of("Hartescu2015_JSleepRes").stream().filter(f -> f.participants().isPresent()).findFirst()
                .orElseThrow();
        assertEquals(".78", between.printed().estimate());
        assertEquals(41, between.participants().getAsInt());
    }

    @Test
    void theSecondaryAnalysisOfWalkBackIsItsOwnStudy() {
        assertEquals(StudyDesign.SUBGROUP_ANALYSIS, ALL.study("Pocovi2025_WalkBack_recurrences").orElseThrow().design());
        assertTrue(of("Pocovi2025_WalkBack_recurrences").stream().allMatch(f -> f.participants().getAsInt() == 596));
        assertTrue(of("Pocovi2024_WalkBack").stream().noneMatch(f -> f.data().orElse(null) instanceof HazardRatio h
                && h.ratio() == 1.30));
    }

    @Test
    void chronicLbpIncidenceHoldsOnlyChronicLbp() {
        for (Finding f : ALL.findings()) {
            if (f.outcome().domain() == OutcomeDomain.CHRONIC_LBP_INCIDENCE) {
                String what = f.outcome().instrument().toLowerCase(java.util.Locale.ROOT);
                assertTrue(what.contains("chronic"), f.studyId() + ": " + f.outcome().instrument());
            }
        }
        assertTrue(of("Alzahrani2019_SciRep").stream().allMatch(f -> f.outcome().domain() == OutcomeDomain.LBP_PREVALENCE));
    }

    @Test
    void coInterventionsAndOtherActivitiesAreIndirect() {
        assertTrue(of("Jakicic2003_JAMA").stream().allMatch(f -> flagged(f, Flag.INDIRECT)));
        assertTrue(of("Slentz2004_STRRIDE").stream().filter(f -> f.comparison().contains("vigorous"))
                .allMatch(f -> flagged(f, Flag.INDIRECT)));
    }

    @Test
    void gebhartIsComputedFromChangeScores() {
        Finding latency = of("Gebhart2011_SleepDisord").stream()
                .filter(f -> f.outcome().domain() == OutcomeDomain.SLEEP_LATENCY).findFirst().orElseThrow();
        var change = (org.walkstudy.core.effect.ChangeScores) latency.data().orElseThrow();
        assertEquals(-12.99, change.walking().mean() - change.control().mean(), 1e-9);
        assertTrue(latency.provenance().note().contains("change scores"));
    }

    @Test
    void intervalsSayWhatTheyAre() {
        assertTrue(of("Huang2020_BJSM").stream().allMatch(f -> f.intervalKind() == IntervalKind.CREDIBLE));
        for (Finding f : ALL.findings()) {
            boolean limits = f.printed().hasInterval();
            assertEquals(limits, f.intervalKind() != IntervalKind.NONE, f.studyId());
        }
    }

    @Test
    void webCopiesAreSecondaryAndEveryAddressIsWellFormed() {
        Set<String> copies = Set.of("chiro", "integrative-archives", "weglot", "translate.google", "vercel.app",
                "physiciansweekly", "healthline", "medicalbag", "reliasmedia");
        Predicate<Finding> fromCopy = f -> copies.stream().anyMatch(c -> f.provenance().sourceUrl().contains(c));
        for (Finding f : ALL.findings()) {
            if (fromCopy.test(f) && f.data().isPresent()) {
                assertTrue(secondary(f), f.studyId() + " read from " + f.provenance().sourceUrl());
            }
            assertFalse(f.provenance().sourceUrl().contains("cookie"), f.studyId());
        }
        assertTrue(of("Steffens2016_JAMAIM").stream().filter(f -> !secondary(f))
                .allMatch(f -> f.provenance().sourceUrl().startsWith("https://pubmed.ncbi.nlm.nih.gov/")));
        assertTrue(of("Shiri2018_AJE").stream().noneMatch(BundledCodingTest::secondary));
    }

    @Test
    void citationsAreComplete() {
        for (var s : ALL.studies()) {
            String shortForm = s.citation().shortForm();
            assertFalse(shortForm.contains("et al. et al."), shortForm);
            assertFalse(shortForm.startsWith("not shown"), shortForm);
            assertEquals(shortForm.chars().filter(c -> c == '(').count(), shortForm.chars().filter(c -> c == ')').count(),
                    shortForm);
        }
        assertEquals("Clin J Pain 29(11):972-981", ALL.study("McDonough2013_pilot").orElseThrow().citation().journal());
        assertEquals("Am J Epidemiol 187(5):1093-1101", ALL.study("Shiri2018_AJE").orElseThrow().citation().journal());
    }

    @Test
    void everyResultKnowsItsExposure() {
        assertEquals(Exposure.WALKING_OR_RUNNING, of("Pocovi2022_JOSPT").get(0).exposure());
        assertEquals(Exposure.LEISURE_TIME_ACTIVITY, of("Shiri2017_BJSM").get(0).exposure());
        assertTrue(of("Steffens2016_JAMAIM").stream().allMatch(f -> f.exposure() == Exposure.EXERCISE));
        assertTrue(of("Paluch2022_LancetPH").stream().allMatch(f -> f.exposure() == Exposure.STEP_COUNTS));
        assertEquals("0.60", of("Paluch2022_LancetPH").get(0).printed().estimate());
    }
}
