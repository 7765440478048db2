package org.walkstudy.datasets;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.datasets.csv.StudyDataset;

/** Every bundled file loads, matches its catalogue entry, and carries a source for every finding. */
class CatalogueTest {
    private final Catalogue catalogue = Catalogue.bundled();

    @Test
    void everyEntryLoadsWithTheNumberOfStudiesItClaims() {
        assertFalse(catalogue.entries().isEmpty());
        for (DatasetEntry entry : catalogue.entries()) {
            StudyDataset data = catalogue.load(entry);
            assertEquals(entry.studies(), data.studies().size(), entry.id());
            assertFalse(data.findings().isEmpty(), entry.id());
        }
    }

    @Test
    void everyBundledFindingHasASourceUrlAndLocation() {
        StudyDataset all = catalogue.load(catalogue.entries());
        for (Finding f : all.findings()) {
            assertTrue(f.provenance().sourceUrl().startsWith("http"), f.studyId());
            assertFalse(f.provenance().location().isBlank(), f.studyId());
        }
    }

    @Test
    void everyRowOfArmNumbersJoinsOneBundledRatioFindingWithItsSource() {
        StudyDataset all = catalogue.load(catalogue.entries());
        var rows = ArmNumbersCsv.bundled();
        assertFalse(rows.isEmpty());
        for (var row : rows.entrySet()) {
            var joined = all.findings().stream().filter(f -> f.armNumbers().isPresent()
                    && ArmNumbersCsv.Key.of(f).equals(row.getKey())).toList();
            assertEquals(1, joined.size(), row.getKey().toString());
            Finding f = joined.get(0);
            var data = f.data().orElseThrow();
            assertTrue(data instanceof org.walkstudy.core.effect.HazardRatio
                    || data instanceof org.walkstudy.core.effect.ReportedEffect r && r.measure().isRatio(),
                    "arm numbers sit beside a ratio: " + row.getKey());
            assertEquals(row.getValue(), f.armNumbers().orElseThrow());
            assertTrue(row.getValue().provenance().sourceUrl().startsWith("https://"));
        }
        Finding walkBack = all.findings().stream().filter(f -> f.armNumbers().isPresent()).findFirst().orElseThrow();
        assertEquals("208", walkBack.armNumbers().orElseThrow().walking(), "digits as printed");
        assertEquals("112", walkBack.armNumbers().orElseThrow().control());
        assertTrue(walkBack.armNumbers().orElseThrow().secondarySource(), "a summary of the paper is coded as such");
    }

    @Test
    void familyParsesCodesAndRejectsUnknown() {
        assertEquals(Family.SLEEP, Family.parse("Sleep"));
        assertThrows(IllegalArgumentException.class, () -> Family.parse("diet"));
    }
}
