package org.walkstudy.analysis.personal.samsung;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

/** The export folder built from the published layout (src/test/resources/personal/samsung-health/README.md). */
class SamsungHealthExportTest {
    @TempDir
    Path tmp;

    private static Path export() throws URISyntaxException {
        return Path.of(SamsungHealthExportTest.class.getResource("/personal/samsung-health/export").toURI());
    }

    private static ImportResult run(Path... paths) {
        return PersonalImport.run(ImportFormat.SAMSUNG_HEALTH, List.of(paths), ImportOptions.defaults(), null);
    }

    private static DailyRow day(ImportResult r, String date) {
        return r.table().rows().stream().filter(x -> x.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    @Test
    void aFolderBecomesDaysWithOneDevicePerDayForTheDaySummaries() throws URISyntaxException {
        ImportResult r = run(export());
        DailyRow tenth = day(r, "2024-03-10");
        // Phone 8000 and watch 6500 on the same day are two devices whose days overlap: one counts, the watch
        // (watch before phone, as the Health app ranks them), never 14500; its distance with it.
        assertEquals(6500, tenth.value(DailyMeasure.STEPS).getAsDouble());
        assertEquals(4.8, tenth.value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
        // The walk (type 1001): 30 minutes, 2.7 km, 5.4 km/h, so brisk; the run (1002) is not a walk.
        assertEquals(30, tenth.value(DailyMeasure.WALK_MINUTES).getAsDouble(), 1e-9);
        assertEquals(30, tenth.value(DailyMeasure.BRISK_MINUTES).getAsDouble(), 1e-9);
        assertTrue(tenth.sources().contains("Galaxy Watch6 (workout)"), tenth.sources());
        assertFalse(tenth.sources().contains("Galaxy S23"), tenth.sources());
        DailyRow eleventh = day(r, "2024-03-11");
        assertEquals(3000, eleventh.value(DailyMeasure.STEPS).getAsDouble(), "a day repeated for one device counts once");
        assertTrue(eleventh.sources().contains("Galaxy S23"), eleventh.sources());
        // In bed 23:30 to 06:30 at UTC+01:00, the night ending on the 11th; its stages say asleep 23:48-02:10 and
        // 02:25-06:20 (light, deep, REM, light), awake 02:10-02:25 and 06:20-06:30: 377 minutes, not the 420 in bed.
        assertEquals(377, eleventh.value(DailyMeasure.SLEEP_MINUTES).getAsDouble(), 1e-9);
        assertEquals(18, eleventh.value(DailyMeasure.SLEEP_LATENCY_MIN).getAsDouble(), 1e-9, "first asleep stage - going to bed");
        assertEquals(72.5, eleventh.value(DailyMeasure.WEIGHT_KG).getAsDouble(), 1e-12, "'72,5' in a comma column");
    }

    @Test
    void aHikeCountsAsWalkingAsStravaAndFitHikesDo() throws URISyntaxException {
        DailyRow eleventh = day(run(export()), "2024-03-11");
        // exercise_type 13001 (Hiking), 2 hours, 6 km: 3 km/h, walking minutes but not brisk.
        assertEquals(120, eleventh.value(DailyMeasure.WALK_MINUTES).getAsDouble(), 1e-9);
        assertEquals(0, eleventh.value(DailyMeasure.BRISK_MINUTES).getAsDouble(), 1e-9);
        assertTrue(eleventh.sources().contains("Galaxy Watch6 (workout)"), eleventh.sources());
    }

    @Test
    void aSleepRecordWithoutStagesIsAsleepThroughoutAndGivesNoLatency() throws URISyntaxException {
        DailyRow twelfth = day(run(export()), "2024-03-12");
        assertEquals(360, twelfth.value(DailyMeasure.SLEEP_MINUTES).getAsDouble(), 1e-9);
        assertTrue(twelfth.value(DailyMeasure.SLEEP_LATENCY_MIN).isEmpty());
        assertTrue(twelfth.sources().contains("Galaxy Watch6"), twelfth.sources());
    }

    @Test
    void theSleepFileOrTheStageFileGivenAloneIsReadWithTheOtherBesideIt() throws URISyntaxException {
        Path sleep = export().resolve("com.samsung.shealth.sleep.20240312101010.csv");
        Path stages = export().resolve("com.samsung.health.sleep_stage.20240312101010.csv");
        for (ImportResult r : List.of(run(sleep), run(stages), run(sleep, stages))) {
            DailyRow eleventh = day(r, "2024-03-11");
            assertEquals(377, eleventh.value(DailyMeasure.SLEEP_MINUTES).getAsDouble(), 1e-9);
            assertEquals(18, eleventh.value(DailyMeasure.SLEEP_LATENCY_MIN).getAsDouble(), 1e-9);
            assertEquals(0, r.skipped());
        }
    }

    @Test
    void aStageThatCannotBePlacedIsSkippedAndNamed() throws IOException {
        Files.writeString(tmp.resolve("com.samsung.shealth.sleep.1.csv"), "com.samsung.shealth.sleep,6315005,20\n"
                + "com.samsung.health.sleep.start_time,com.samsung.health.sleep.end_time,com.samsung.health.sleep.time_offset,"
                + "com.samsung.health.sleep.datauuid,com.samsung.health.sleep.deviceuuid\n"
                + "2024-03-10 22:00:00.000,2024-03-11 06:00:00.000,UTC+0000,night,w\n"
                + "2024-03-11 22:00:00.000,2024-03-12 06:00:00.000,UTC+1900,bad-offset,w\n");
        Files.writeString(tmp.resolve("com.samsung.health.sleep_stage.1.csv"), "com.samsung.health.sleep_stage,6315005,13\n"
                + "start_time,end_time,stage,sleep_id,time_offset\n"
                + "2024-03-10 22:30:00.000,2024-03-11 05:00:00.000,40002,night,UTC+0000\n" // line 3: counted
                + "2024-03-10 21:00:00.000,2024-03-10 22:10:00.000,40002,night,UTC+0000\n" // line 4: before going to bed
                + "2024-03-11 05:00:00.000,2024-03-11 05:30:00.000,40009,night,UTC+0000\n" // line 5: no such stage
                + "2024-03-11 05:00:00.000,2024-03-11 05:30:00.000,40002,nap,UTC+0000\n" // line 6: no such record
                + "2024-03-11 23:00:00.000,2024-03-12 05:00:00.000,40002,bad-offset,UTC+0000\n"); // with its record
        ImportResult r = run(tmp);
        DailyRow eleventh = day(r, "2024-03-11");
        assertEquals(390, eleventh.value(DailyMeasure.SLEEP_MINUTES).getAsDouble(), 1e-9);
        assertEquals(30, eleventh.value(DailyMeasure.SLEEP_LATENCY_MIN).getAsDouble(), 1e-9);
        assertTrue(r.table().rows().stream().noneMatch(x -> x.date().equals(LocalDate.parse("2024-03-12"))),
                "a skipped record's stages are passed over with it");
        List<InputException> stages = r.firstSkipped().stream().filter(e -> e.source().contains("sleep_stage")).toList();
        assertEquals(List.of(4L, 5L, 6L), stages.stream().map(InputException::line).toList());
        assertEquals(List.of("start_time", "stage", "sleep_id"), stages.stream().map(e -> e.column().orElseThrow()).toList());
        assertTrue(stages.get(0).problem().startsWith("the stage lies outside its sleep record 'night'"), stages.get(0).problem());
        assertTrue(stages.get(1).problem().startsWith("not a sleep stage (40001 awake"), stages.get(1).problem());
        assertTrue(stages.get(2).problem().startsWith("a stage of sleep record 'nap', which is not in the sleep file"),
                stages.get(2).problem());
        assertEquals(4, r.skipped(), "the three stages and the record with the impossible offset");
    }

    @Test
    void badRecordsAreSkippedWithFileLineAndColumn() throws URISyntaxException {
        ImportResult r = run(export());
        assertEquals(2, r.skipped());
        InputException steps = r.firstSkipped().stream().filter(e -> e.source().contains("pedometer_day_summary"))
                .findFirst().orElseThrow();
        assertEquals(7, steps.line(), "metadata line and header counted: the file's own line numbers");
        assertEquals("step_count", steps.column().orElseThrow());
        InputException offset = r.firstSkipped().stream().filter(e -> e.source().contains("shealth.exercise."))
                .findFirst().orElseThrow();
        assertEquals(5, offset.line());
        assertEquals("com.samsung.health.exercise.time_offset", offset.column().orElseThrow());
        assertTrue(offset.problem().contains("'UTC+1900'"), offset.problem());
    }

    @Test
    void sourcesGivesThePhonesDaysPriority() throws URISyntaxException {
        ImportResult r = PersonalImport.run(ImportFormat.SAMSUNG_HEALTH, List.of(export()),
                ImportOptions.defaults().withSourcePriority(List.of("Galaxy S23")), null);
        assertEquals(8000, day(r, "2024-03-10").value(DailyMeasure.STEPS).getAsDouble());
    }

    @Test
    void twoOverlappingExportsCountEachDayOnce() throws IOException, URISyntaxException {
        Path second = Files.createDirectory(tmp.resolve("second-export"));
        for (String f : List.of("com.samsung.shealth.tracker.pedometer_day_summary.20240312101010.csv",
                "com.samsung.health.device_profile.20240312101010.csv")) {
            Files.copy(export().resolve(f), second.resolve(f.replace("20240312101010", "20240401090000")));
        }
        ImportResult once = run(export());
        ImportResult both = run(export(), second);
        assertEquals(once.table().rows(), both.table().rows());
    }

    /** A day exported while it was still counting, and again later with more steps: the larger count, not the sum. */
    @Test
    void aDayExportedTwiceAsItGrewCountsItsLargerTotal() throws IOException, URISyntaxException {
        String summary = "com.samsung.shealth.tracker.pedometer_day_summary.20240312101010.csv";
        List<String> lines = Files.readAllLines(export().resolve(summary));
        Path early = Files.createDirectory(tmp.resolve("early"));
        Path late = Files.createDirectory(tmp.resolve("late"));
        Files.write(early.resolve(summary), lines.subList(0, 3)); // metadata line, header, the phone's 10 March: 8000
        Files.write(late.resolve(summary.replace("20240312101010", "20240401090000")),
                List.of(lines.get(0), lines.get(1), lines.get(2).replaceFirst("^63070030,8000,", "63070030,9000,")));
        ImportResult r = run(early.resolve(summary), late.resolve(summary.replace("20240312101010", "20240401090000")));
        assertEquals(9000, day(r, "2024-03-10").value(DailyMeasure.STEPS).orElseThrow(), 1e-9, "not 8000 + 9000");
        assertTrue(r.dropped().stream().anyMatch(d -> d.startsWith("1 day summary value(s) replaced by a larger one")),
                r.dropped().toString());
    }

    @Test
    void singleFilesKeepTheDeviceNamesOfTheirFolder() throws URISyntaxException {
        ImportResult r = run(export().resolve("com.samsung.shealth.exercise.20240312101010.csv"));
        DailyRow tenth = day(r, "2024-03-10");
        assertEquals(30, tenth.value(DailyMeasure.WALK_MINUTES).getAsDouble(), 1e-9);
        assertEquals("Galaxy Watch6 (workout)", tenth.sources());
    }

    @Test
    void withoutTheDeviceListADeviceIsNamedByItsId() throws IOException, URISyntaxException {
        Path alone = Files.copy(export().resolve("com.samsung.shealth.exercise.20240312101010.csv"),
                tmp.resolve("com.samsung.shealth.exercise.20240312101010.csv"));
        assertEquals("Samsung Health device watchUUID0 (workout)", day(run(alone), "2024-03-10").sources());
    }

    @Test
    void theSameFolderTwiceCountsOnce() throws URISyntaxException {
        ImportResult once = run(export());
        Path weight = export().resolve("com.samsung.health.weight.20240312101010.csv");
        ImportResult twice = run(export(), weight);
        assertEquals(once.table().rows(), twice.table().rows());
    }

    @Test
    void aCsvThatIsNotSamsungsIsRefusedOnLineOne() throws IOException {
        Path diary = Files.writeString(tmp.resolve("diary.csv"), "date,steps\n2024-03-10,5000\n");
        InputException e = assertThrows(InputException.class, () -> run(diary));
        assertEquals(1, e.line());
        assertTrue(e.problem().startsWith("not a Samsung Health CSV"), e.getMessage());
    }

    @Test
    void aSamsungFileOfAnotherTypeNamesItsType() throws IOException {
        Path hr = Files.writeString(tmp.resolve("com.samsung.shealth.tracker.heart_rate.20240312101010.csv"),
                "com.samsung.shealth.tracker.heart_rate,6315005,5\ncom.samsung.health.heart_rate.start_time\n");
        InputException e = assertThrows(InputException.class, () -> run(hr));
        assertTrue(e.problem().contains("of type com.samsung.shealth.tracker.heart_rate"), e.getMessage());
    }

    @Test
    void aFolderWithoutTheFilesItReadsSaysWhatItLooksFor() throws IOException {
        Files.writeString(tmp.resolve("com.samsung.shealth.stress.20240312101010.csv"), "com.samsung.shealth.stress,1,1\nscore\n");
        InputException e = assertThrows(InputException.class, () -> run(tmp));
        assertEquals(tmp.toString(), e.source());
        assertTrue(e.problem().startsWith("no Samsung Health step summary, exercise, sleep or weight CSV"), e.getMessage());
    }

    @Test
    void aWalkLongerThanADayIsSkippedAndNamed() throws IOException {
        Path f = Files.writeString(tmp.resolve("com.samsung.shealth.exercise.1.csv"), "com.samsung.shealth.exercise,6315005,17\n"
                + "com.samsung.health.exercise.start_time,com.samsung.health.exercise.end_time,com.samsung.health.exercise.time_offset,"
                + "com.samsung.health.exercise.exercise_type,com.samsung.health.exercise.duration\n"
                + "2024-03-01 07:00:00.000,2024-03-30 07:00:00.000,UTC+0100,1001,2505600000\n"
                + "2024-03-10 07:00:00.000,2024-03-10 07:20:00.000,UTC+0100,1001,1200000\n");
        ImportResult r = run(f);
        assertEquals(1, r.skipped());
        assertTrue(r.firstSkipped().get(0).problem().startsWith("a walking session of 41760 minutes in one day"),
                r.firstSkipped().get(0).problem());
        assertEquals(20, day(r, "2024-03-10").value(DailyMeasure.WALK_MINUTES).getAsDouble(), 1e-9);
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path f = Files.writeString(tmp.resolve("com.samsung.health.weight.1.csv"),
                "com.samsung.health.weight,6315005,3\nstart_time,time_offset\n2024-03-11 06:00:00.000,UTC+0100\n");
        InputException e = assertThrows(InputException.class, () -> run(f));
        assertEquals(2, e.line());
        assertTrue(e.problem().startsWith("no column weight"), e.getMessage());
    }

    @Test
    void recognisesFoldersAndFilesByTheMetadataLine() throws IOException, URISyntaxException {
        SamsungHealthExport reader = new SamsungHealthExport();
        assertTrue(reader.recognises(export()));
        Path renamed = Files.copy(export().resolve("com.samsung.health.weight.20240312101010.csv"), tmp.resolve("w.txt"));
        assertTrue(reader.recognises(renamed), "a byte-order mark before the metadata line is allowed");
        assertFalse(reader.recognises(Files.writeString(tmp.resolve("d.csv"), "date,steps\n")));
        assertFalse(reader.recognises(Files.createDirectory(tmp.resolve("empty"))));
        assertFalse(reader.recognises(tmp.resolve("missing")));
    }

    @Test
    void realFilesOfOtherFormatsAreNotTakenForSamsungHealth() throws IOException, URISyntaxException {
        Path personal = Path.of(getClass().getResource("/org/walkstudy/analysis/personal").toURI());
        int n = 0;
        for (String dir : List.of("applehealth", "googlefit", "gpx", "diary")) {
            assertFalse(new SamsungHealthExport().recognises(personal.resolve(dir)), dir);
            try (java.util.stream.Stream<Path> s = Files.list(personal.resolve(dir))) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    assertFalse(new SamsungHealthExport().recognises(f), f.toString());
                    n++;
                }
            }
        }
        assertTrue(n >= 20, "files looked at: " + n);
    }
}
