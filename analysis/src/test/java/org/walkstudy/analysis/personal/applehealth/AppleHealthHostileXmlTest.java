package org.walkstudy.analysis.personal.applehealth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.core.input.InputException;

/** export.xml files built to hurt a parser: each imports safely or fails with an InputException, nothing else. */
class AppleHealthHostileXmlTest {
    private static final String RECORD = " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"%s\" unit=\"count\""
            + " startDate=\"2024-01-01 10:00:00 +0000\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"100\"/>\n";

    @TempDir
    Path tmp;

    private ImportResult importXml(String xml) throws IOException {
        Path file = Files.writeString(tmp.resolve("export.xml"), xml);
        return AppleHealthImportTest.importFile(file, ImportOptions.defaults());
    }

    @Test
    void billionLaughsIsNeverExpanded() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String xml = dtd + "]>\n<HealthData locale=\"en\">\n" + String.format(RECORD, "&lol9;") + "</HealthData>\n";
        ImportResult r = importXml(xml);
        StringBuilder csv = new StringBuilder();
        r.table().writeCsv(csv);
        assertFalse(csv.toString().contains("lollol"), "entity expanded: " + csv.length() + " chars");
        assertEquals(100, AppleHealthImportTest.value(r.table(), "2024-01-01", DailyMeasure.STEPS));
    }

    @Test
    void deepNestingFailsOrImportsWithoutStackOverflow() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<HealthData locale=\"en\">\n" + "<a>".repeat(200_000)
                + String.format(RECORD, "deep") + "</a>".repeat(200_000) + "</HealthData>\n";
        try {
            importXml(xml); // a StackOverflowError would escape both branches and fail the test
        } catch (InputException e) {
            assertTrue(e.source().endsWith("export.xml"), e.getMessage());
        }
    }

    @Test
    void hugeAttributeIsReadOrRefusedWithoutRunningOutOfMemory() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<HealthData locale=\"en\">\n" + String.format(RECORD, "x".repeat(20 << 20))
                + String.format(RECORD, "phone") + "</HealthData>\n";
        try {
            ImportResult r = importXml(xml);
            // two sources on one day: one source's total is taken, as for any two devices
            assertEquals(100, AppleHealthImportTest.value(r.table(), "2024-01-01", DailyMeasure.STEPS));
            assertEquals(0, r.skipped());
            ImportResult shortName = importXml(xml.replace("x".repeat(20 << 20), "x"));
            assertEquals(shortName.recordsUsed(), r.recordsUsed(), "the record with the huge attribute was read, not lost");
        } catch (InputException e) {
            assertTrue(e.line() >= 3, e.getMessage());
        }
    }

    @Test
    void unknownRecordTypesAreIgnoredNotFailed() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<HealthData locale=\"en\">\n"
                + " <Record type=\"HKQuantityTypeIdentifierSomethingNew2031\" sourceName=\"phone\" unit=\"zz\""
                + " startDate=\"2024-01-01 10:00:00 +0000\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"7\"/>\n"
                + " <Unheard attribute=\"1\"><Nested/></Unheard>\n"
                + String.format(RECORD, "phone") + "</HealthData>\n";
        ImportResult r = importXml(xml);
        assertEquals(100, AppleHealthImportTest.value(r.table(), "2024-01-01", DailyMeasure.STEPS));
        assertEquals(0, r.skipped(), "unknown types are not errors");
    }

    @Test
    void binaryGarbageIsAnInputProblem() throws IOException {
        Path file = tmp.resolve("export.xml");
        Files.write(file, new byte[] {0, 1, 2, (byte) 0xff, '<', 0, '>'});
        assertThrows(InputException.class, () -> AppleHealthImportTest.importFile(file, ImportOptions.defaults()));
    }
}
