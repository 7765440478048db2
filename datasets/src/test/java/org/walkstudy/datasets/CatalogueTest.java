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
    void familyParsesCodesAndRejectsUnknown() {
        assertEquals(Family.SLEEP, Family.parse("Sleep"));
        assertThrows(IllegalArgumentException.class, () -> Family.parse("diet"));
    }
}
