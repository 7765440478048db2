package org.walkstudy.analysis.personal.applehealth;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

class ParallelHealthScanTest {
    @TempDir
    Path tmp;

    /** The devices fixture's records repeated, with a bad record in the middle: SYNTHETIC. */
    Path bigExport() throws IOException {
        String fixture = Files.readString(AppleHealthImportTest.fixture("synthetic-devices-sleep-pain.xml"));
        int bodyStart = fixture.indexOf(" <Record");
        int bodyEnd = fixture.indexOf("</HealthData>");
        StringBuilder sb = new StringBuilder(fixture.substring(0, bodyStart));
        for (int i = 0; i < 40; i++) {
            sb.append(fixture, bodyStart, bodyEnd);
            if (i == 25) {
                sb.append(" <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"X\" unit=\"count\" "
                        + "startDate=\"2024-03-01 09:00:00 +0100\" endDate=\"2024-03-01 09:01:00 +0100\" value=\"NaN!\"/>\n");
            }
        }
        sb.append("</HealthData>\n");
        Path file = tmp.resolve("export.xml");
        Files.writeString(file, sb);
        return file;
    }

    static DailyLedger sequential(Path file, SkippedRecords skipped) throws IOException {
        DailyLedger l = DailyLedger.empty();
        try (InputStream in = Files.newInputStream(file)) {
            AppleHealthImport.readXml(in, file.toString(), Files.size(file), ImportOptions.defaults(), l, skipped, null);
        }
        return l;
    }

    @Test
    void partsGiveTheSameTableAndTheSameBadRecordPositionsAsOnePass() throws IOException {
        Path file = bigExport();
        SkippedRecords oneSkipped = SkippedRecords.strict(false);
        DailyLedger one = sequential(file, oneSkipped);
        DailyLedger parts = DailyLedger.empty();
        SkippedRecords partsSkipped = SkippedRecords.strict(false);
        long used = ParallelHealthScan.tryRead(file, Files.size(file), ImportOptions.defaults(), parts, partsSkipped,
                ProgressListener.NONE, 3, 0);
        assertTrue(used > 0, "the file was split");
        List<DailyRow> a = one.resolve(List.of()).rows();
        List<DailyRow> b = parts.resolve(List.of()).rows();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).date(), b.get(i).date());
            assertEquals(a.get(i).sources(), b.get(i).sources());
            assertEquals(a.get(i).values().keySet(), b.get(i).values().keySet());
            for (DailyMeasure m : a.get(i).values().keySet()) {
                // Sums in another order differ in the last bits only.
                assertEquals(a.get(i).values().get(m), b.get(i).values().get(m), 1e-9 * Math.abs(a.get(i).values().get(m)));
            }
        }
        assertEquals(one.readings(), parts.readings());
        assertEquals(1, partsSkipped.count());
        assertEquals(oneSkipped.first().get(0).getMessage(), partsSkipped.first().get(0).getMessage());
    }

    @Test
    void aProblemInAnyPartMeansScanAgainInOnePass() throws IOException {
        Path file = bigExport();
        assertEquals(-1, ParallelHealthScan.tryRead(file, Files.size(file), ImportOptions.defaults().withStrict(true),
                DailyLedger.empty(), SkippedRecords.strict(true), ProgressListener.NONE, 3, 0));
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() * 2 / 3));
        assertEquals(-1, ParallelHealthScan.tryRead(file, Files.size(file), ImportOptions.defaults(),
                DailyLedger.empty(), SkippedRecords.strict(false), ProgressListener.NONE, 3, 0));
        assertThrows(InputException.class, () -> sequential(file, SkippedRecords.strict(false)));
    }
}
