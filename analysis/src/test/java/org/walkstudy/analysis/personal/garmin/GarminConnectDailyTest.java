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

    @Test
    void weighInsAreReadInKilogramsEachOnceWithItsLastEditAndADaysWeighInsAveraged() throws Exception {
        ImportResult r = PersonalImport.run(ImportFormat.GARMIN, List.of(export()), ImportOptions.defaults(), null);
        // 06:12 GMT twice (version 2, 80950 g, is the edit that counts) and 18:40 GMT: (80.95 + 81.65) / 2
        assertEquals((80.95 + 81.65) / 2, day(r, "2024-03-01").value(DailyMeasure.WEIGHT_KG).orElseThrow(), 1e-9);
        assertTrue(day(r, "2024-03-02").value(DailyMeasure.WEIGHT_KG).isEmpty(), "a height-only record is not a weigh-in");
    }

    @Test
    void anImpossibleOrUndatedWeighInIsSkippedAndNamed(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path f = java.nio.file.Files.writeString(tmp.resolve("1_userBioMetrics.json"), """
                [ {"metaData" : {"calendarDate" : "2024-04-01T08:00:00.0"}, "weight" : {"weight" : 7.9}},
                  {"metaData" : {"calendarDate" : "2024-04-02T08:00:00.0"}, "weight" : {"weight" : -70000}},
                  {"metaData" : {}, "weight" : {"weight" : 70000}},
                  {"metaData" : {"calendarDate" : "2024-04-04T08:00:00.0"}, "weight" : {"weight" : 70500}} ]""");
        ImportResult r = PersonalImport.run(ImportFormat.GARMIN, List.of(f), ImportOptions.defaults(), null);
        assertEquals(70.5, day(r, "2024-04-04").value(DailyMeasure.WEIGHT_KG).orElseThrow(), 1e-9);
        assertEquals(1, r.table().size());
        List<String> skipped = r.firstSkipped().stream().map(Throwable::getMessage).toList();
        assertEquals(3, r.skipped(), skipped.toString());
        assertTrue(skipped.get(0).contains("weight.weight") && skipped.get(0).contains("is outside 20-400 kg") && skipped.get(0).contains("(7.9 g)"),
                skipped.get(0));
        assertTrue(skipped.get(1).contains("weight.weight") && skipped.get(1).contains("not a number >= 0: '-70000'"),
                skipped.get(1));
        assertTrue(skipped.get(2).contains(f + ":3") && skipped.get(2).contains("no metaData.calendarDate"), skipped.get(2));
    }
}
