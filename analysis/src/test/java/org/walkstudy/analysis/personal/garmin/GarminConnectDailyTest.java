package org.walkstudy.analysis.personal.garmin;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.ExportDetection;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;

/** The Garmin Connect account export's daily summaries, on an export built from the published layout. */
class GarminConnectDailyTest {
    private Path export() throws Exception {
        return Path.of(getClass().getResource("/personal/garmin/built-connect-export").toURI());
    }

    private static DailyRow day(ImportResult r, String date) {
        return r.table().rows().stream().filter(x -> x.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    @Test
    void dailyStepsDistanceIntensityMinutesAndSleepAreRead() throws Exception {
        ImportResult r = PersonalImport.run(ImportFormat.GARMIN, List.of(export()), ImportOptions.defaults(), null);
        assertEquals(8412, day(r, "2024-03-01").value(DailyMeasure.STEPS).orElseThrow(), 1e-9);
        assertEquals(6.31, day(r, "2024-03-01").value(DailyMeasure.DISTANCE_KM).orElseThrow(), 1e-9);
        assertEquals(30, day(r, "2024-03-01").value(DailyMeasure.BRISK_MINUTES).orElseThrow(), 1e-9, "moderate + vigorous");
        assertEquals((5280 + 15600 + 5400) / 60.0, day(r, "2024-03-02").value(DailyMeasure.SLEEP_MINUTES).orElseThrow(), 1e-9,
                "deep + light + REM on the wake date; awake time is not sleep");
        assertEquals("Garmin Connect", day(r, "2024-03-01").sources());
    }

    @Test
    void aDayInTwoOverlappingFilesCountsOnceAndABadRecordIsSkippedWithItsPosition() throws Exception {
        ImportResult r = PersonalImport.run(ImportFormat.GARMIN, List.of(export()), ImportOptions.defaults(), null);
        assertEquals(11035, day(r, "2024-03-02").value(DailyMeasure.STEPS).orElseThrow(), 1e-9);
        assertEquals(1, r.skipped());
        String problem = r.firstSkipped().get(0).getMessage();
        assertTrue(problem.contains("UDSFile_2024-03-01_2024-06-09.json:") && problem.contains("totalSteps")
                && problem.contains("not a number >= 0: 'ten'"), problem);
        assertTrue(r.table().rows().stream().noneMatch(x -> x.date().equals(LocalDate.parse("2024-03-03"))),
                "the bad record is skipped whole: its distance does not count either");
    }

    @Test
    void theExportFolderIsRecognisedByItsContent() throws Exception {
        assertEquals(ImportFormat.GARMIN, ExportDetection.formatOf(export()).orElseThrow());
        assertEquals(ImportFormat.GARMIN, ExportDetection.formatOf(
                export().resolve("DI_CONNECT/DI-Connect-Aggregator/UDSFile_2024-03-01_2024-06-09.json")).orElseThrow());
    }

    @Test
    void aDayInTheFutureIsSkippedAndNamed(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path f = java.nio.file.Files.writeString(tmp.resolve("UDSFile_2099-01-01_2099-04-10.json"),
                "[ {\"calendarDate\" : \"2099-01-01\", \"totalSteps\" : 5000} ]");
        ImportResult r = PersonalImport.run(ImportFormat.GARMIN, List.of(f), ImportOptions.defaults(), null);
        assertEquals(0, r.table().size());
        assertTrue(r.firstSkipped().get(0).getMessage().contains("calendarDate") && r.firstSkipped().get(0).getMessage()
                .contains("in the future"), r.firstSkipped().get(0).getMessage());
    }
}
