package org.walkstudy.analysis.personal.applehealth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.core.input.InputException;

/** Hostile and broken export.zip files: each fails with an InputException naming the zip and its entry. */
class AppleHealthZipTest {
    private static InputException importFails(String fixture) {
        Path zip = AppleHealthImportTest.fixture(fixture);
        return assertThrows(InputException.class, () -> AppleHealthImportTest.importFile(zip, ImportOptions.defaults()));
    }

    @Test
    void zipBombIsRefusedOnceTheEntryExpandsPastTheLimit() {
        // 96 MiB of blanks in a 96 KB zip: 1000 times its compressed size.
        InputException e = importFails("bad-zip-bomb.zip");
        assertTrue(e.getMessage().contains("bad-zip-bomb.zip!apple_health_export/export.xml"), e.getMessage());
        assertTrue(e.problem().contains("zip bomb"), e.getMessage());
    }

    @Test
    void entryPathLeavingTheExportFolderIsRefused() throws IOException {
        Path zip = AppleHealthImportTest.fixture("bad-entry-escapes-folder.zip");
        InputException e = importFails("bad-entry-escapes-folder.zip");
        assertTrue(e.problem().contains("leaves the export folder"), e.getMessage());
        assertFalse(Files.exists(zip.getParent().getParent().resolve("export.xml")), "nothing is extracted");
    }

    @Test
    void zipWithoutExportXmlIsRefused() {
        InputException e = importFails("bad-no-export-xml.zip");
        assertEquals(0, e.line());
        assertTrue(e.problem().contains("no apple_health_export/export.xml"), e.getMessage());
    }

    @Test
    void limitCountsTheBytesActuallyRead() throws IOException {
        try (InputStream in = ZipEntryLimit.ofBytes(new ByteArrayInputStream(new byte[11]), "x.zip!e", 10)) {
            assertEquals(10, in.readNBytes(10).length, "up to the limit is fine");
            InputException e = assertThrows(InputException.class, in::read);
            assertEquals("x.zip!e", e.source());
        }
    }

    @Test
    void smallEntriesMayExpandFreely() throws IOException {
        // A 1-byte compressed size would allow 200 bytes by ratio; small files are no threat, so 64 MiB are free.
        try (InputStream in = ZipEntryLimit.forEntry(new ByteArrayInputStream(new byte[4096]), "x.zip!e", 1)) {
            assertEquals(4096, in.readAllBytes().length);
        }
    }

    @Test
    void entryNamesThatLeaveTheFolderAreRecognised() {
        assertTrue(AppleHealthImport.leavesTheFolder("../export.xml"));
        assertTrue(AppleHealthImport.leavesTheFolder("apple_health_export/../../export.xml"));
        assertTrue(AppleHealthImport.leavesTheFolder("/etc/export.xml"));
        assertTrue(AppleHealthImport.leavesTheFolder("C:\\export.xml"));
        assertTrue(AppleHealthImport.leavesTheFolder("a\\..\\..\\export.xml"));
        assertFalse(AppleHealthImport.leavesTheFolder("apple_health_export/export.xml"));
        assertFalse(AppleHealthImport.leavesTheFolder("apple_health_export/workout-routes/route..gpx"));
    }
}
