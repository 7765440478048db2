package org.walkstudy.analysis.personal.fitbit;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

class FitbitExportTest {
    private static final String DATA = "Takeout/Fitbit/Global Export Data/";
    @TempDir
    Path tmp;

    static Path takeout() throws URISyntaxException {
        return Path.of(FitbitExportTest.class.getResource("/personal/fitbit/takeout").toURI());
    }

    private static ImportResult run(Path path, ImportOptions options) {
        return PersonalImport.run(ImportFormat.FITBIT, List.of(path), options, null);
    }

    private static DailyRow day(ImportResult r, String date) {
        return r.table().rows().stream().filter(row -> row.date().equals(LocalDate.parse(date))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + date + " in " + r.table().rows()));
    }

    private static double value(DailyRow row, DailyMeasure m) {
        OptionalDouble v = row.value(m);
        assertTrue(v.isPresent(), m + " missing on " + row.date());
        return v.getAsDouble();
    }

    @Test
    void takeoutFolderGivesEveryMeasureInTheProfilesZone() throws Exception {
        ImportResult r = run(takeout(), ImportOptions.defaults());
        DailyRow first = day(r, "2024-03-30");
        assertEquals(95 + 110 + 20, value(first, DailyMeasure.STEPS));
        assertEquals((7250 + 8400) / 100_000.0, value(first, DailyMeasure.DISTANCE_KM), 1e-12);
        assertEquals(12 + 9, value(first, DailyMeasure.BRISK_MINUTES)); // very + moderately ("fairly") active
        assertEquals(72.5, value(first, DailyMeasure.WEIGHT_KG));
        assertEquals(392, value(first, DailyMeasure.SLEEP_MINUTES), 1e-9); // main sleep only: the 35-min nap is left out
        assertTrue(first.value(DailyMeasure.SLEEP_LATENCY_MIN).isEmpty(), "auto-detected 0 is no measured latency");
        assertEquals("Fitbit; Fitbit (active minutes); Fitbit Aria", first.sources());
        DailyRow second = day(r, "2024-03-31");
        assertEquals(40, value(second, DailyMeasure.STEPS));
        assertEquals(5, value(second, DailyMeasure.BRISK_MINUTES));
        assertEquals(72.9, value(second, DailyMeasure.WEIGHT_KG));
        // A night across the spring-forward change: 430 asleep minutes of a 465-minute log, 14 to fall asleep.
        assertEquals(430, value(second, DailyMeasure.SLEEP_MINUTES), 1e-9);
        assertEquals(14, value(second, DailyMeasure.SLEEP_LATENCY_MIN), 1e-9);
        // 1 April: zero active minutes and no steps (not worn): no row.
        assertEquals(2, r.table().size(), r.table().rows().toString());
        assertEquals(0, r.skipped(), r.firstSkipped().toString());
    }

    @Test
    void aZipOfTheExportGivesTheSameDaysAsTheFolder() throws Exception {
        Path zip = tmp.resolve("takeout-20240401T000000Z-001.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(takeout())) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new ZipEntry(takeout().relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        assertTrue(new FitbitExport().recognises(zip));
        assertEquals(run(takeout(), ImportOptions.defaults()).table().rows(), run(zip, ImportOptions.defaults()).table().rows());
    }

    @Test
    void withoutZoneOrProfileTheImportIsRefusedNamingWhatToPass() throws IOException {
        Path steps = write("export/" + "steps-2024-03-30.json", "[{\"dateTime\":\"03/30/24 08:01:00\",\"value\":\"95\"}]");
        InputException e = assertThrows(InputException.class, () -> run(steps.getParent(), ImportOptions.defaults()));
        assertTrue(e.getMessage().contains("no time zone") && e.getMessage().contains("--tz ZONE"), e.getMessage());
        ImportResult r = run(steps.getParent(), ImportOptions.defaults().withZone(ZoneId.of("America/New_York")));
        assertEquals(95, value(day(r, "2024-03-30"), DailyMeasure.STEPS));
    }

    @Test
    void theZoneGivenWinsOverTheProfiles() throws Exception {
        // 23:59 in Berlin is read as 23:59 in Tokyo: the same wall-clock date, a different instant.
        ImportResult r = run(takeout(), ImportOptions.defaults().withZone(ZoneId.of("Asia/Tokyo")));
        assertEquals(225, value(day(r, "2024-03-30"), DailyMeasure.STEPS));
    }

    @Test
    void springForwardGapIsReportedAndTheRepeatedAutumnHourCountsTwice() throws IOException {
        StringBuilder json = new StringBuilder("[{\"dateTime\":\"03/31/24 02:30:00\",\"value\":\"50\"},"
                + "{\"dateTime\":\"03/31/24 02:31:00\",\"value\":\"0\"}");
        // Berlin, 27 Oct 2024: 02:00-02:59 happens twice (CEST, then CET); Fitbit writes the hour twice in order.
        for (int pass = 0; pass < 2; pass++) {
            for (int m = 0; m < 60; m++) {
                json.append(String.format(",{\"dateTime\":\"10/27/24 02:%02d:00\",\"value\":\"10\"}", m));
            }
        }
        json.append(",{\"dateTime\":\"10/27/24 03:00:00\",\"value\":\"10\"}]");
        Path steps = write("dst/steps-2024-03-31.json", json.toString());
        ImportResult r = run(steps.getParent(), ImportOptions.defaults().withZone(ZoneId.of("Europe/Berlin")));
        assertEquals(1, r.skipped());
        InputException gap = r.firstSkipped().get(0);
        assertEquals(1, gap.line());
        assertTrue(gap.getMessage().contains("does not exist in Europe/Berlin"), gap.getMessage());
        assertEquals(121 * 10, value(day(r, "2024-10-27"), DailyMeasure.STEPS));
        assertEquals(0, r.duplicates(), "the second pass of the hour is a later instant, not a duplicate");
    }

    @Test
    void aDailyMinuteFileWrittenInUtcIsReadAsUtc() throws IOException {
        // Sydney (UTC+11 in February): the local day 26 Feb runs 25 Feb 13:00Z to 26 Feb 12:59Z.
        write("syd/steps-2023-02-26.json", "[{\"dateTime\":\"02/25/23 13:17:00\",\"value\":\"0\"},"
                + "{\"dateTime\":\"02/25/23 13:52:00\",\"value\":\"5\"},{\"dateTime\":\"02/26/23 12:59:00\",\"value\":\"7\"}]");
        ImportResult syd = run(tmp.resolve("syd"), ImportOptions.defaults().withZone(ZoneId.of("Australia/Sydney")));
        assertEquals(1, syd.table().size(), syd.table().rows().toString());
        assertEquals(12, value(day(syd, "2023-02-26"), DailyMeasure.STEPS));
        // A month of them (the Takeout layout): still one clock for the whole file.
        write("sydmonth/steps-2023-02-26.json", "[{\"dateTime\":\"02/25/23 13:17:00\",\"value\":\"5\"},"
                + "{\"dateTime\":\"03/24/23 08:45:00\",\"value\":\"15\"}]");
        ImportResult month = run(tmp.resolve("sydmonth"), ImportOptions.defaults().withZone(ZoneId.of("Australia/Sydney")));
        assertEquals(5, value(day(month, "2023-02-26"), DailyMeasure.STEPS));
        assertEquals(15, value(day(month, "2023-03-24"), DailyMeasure.STEPS)); // 08:45Z is 19:45 local (UTC+11)
        // West of UTC a file cannot tell its clock: read as UTC, as every real export reported writes these series.
        write("nyc/steps-2023-02-26.json", "[{\"dateTime\":\"02/26/23 05:00:00\",\"value\":\"30\"},"
                + "{\"dateTime\":\"02/27/23 04:59:00\",\"value\":\"40\"}]");
        ImportResult nyc = run(tmp.resolve("nyc"), ImportOptions.defaults().withZone(ZoneId.of("America/New_York")));
        assertEquals(1, nyc.table().size(), nyc.table().rows().toString());
        assertEquals(70, value(day(nyc, "2023-02-26"), DailyMeasure.STEPS)); // 04:59Z on the 27th is 23:59 on the 26th
        // East of UTC, times on the file's own day are local.
        write("local/steps-2023-02-26.json", "[{\"dateTime\":\"02/26/23 00:05:00\",\"value\":\"30\"},"
                + "{\"dateTime\":\"02/26/23 23:59:00\",\"value\":\"40\"}]");
        ImportResult local = run(tmp.resolve("local"), ImportOptions.defaults().withZone(ZoneId.of("Australia/Sydney")));
        assertEquals(70, value(day(local, "2023-02-26"), DailyMeasure.STEPS));
    }

    @Test
    void theSameExportTwiceCountsOnce() throws Exception {
        Path both = tmp.resolve("both");
        copyTree(takeout(), both.resolve("first"));
        copyTree(takeout(), both.resolve("second"));
        ImportResult r = run(both, ImportOptions.defaults());
        assertEquals(run(takeout(), ImportOptions.defaults()).table().rows(), r.table().rows());
        assertTrue(r.duplicates() > 0);
    }

    @Test
    void poundsFromTheProfileBecomeKilogramsAndAnUnknownUnitIsReportedNotGuessed() throws IOException {
        String weight = "[{\"logId\":1431993599000,\"weight\":191.8,\"bmi\":27.77,\"date\":\"05/18/15\",\"time\":\"23:59:59\"}]";
        write("us/user-site-export/weight-2015-05-18.json", weight);
        write("us/Your Profile/Profile.csv", "id,timezone,weight_unit\nX,America/Los_Angeles,en_US\n");
        ImportResult us = run(tmp.resolve("us"), ImportOptions.defaults());
        assertEquals(191.8 * 0.45359237, value(day(us, "2015-05-18"), DailyMeasure.WEIGHT_KG), 1e-12);
        write("gb/user-site-export/weight-2015-05-18.json", weight);
        write("gb/Your Profile/Profile.csv", "id,timezone,weight_unit\nX,Europe/London,en_GB\n");
        ImportResult gb = run(tmp.resolve("gb"), ImportOptions.defaults());
        assertEquals(0, gb.table().size());
        assertEquals(1, gb.skipped());
        assertTrue(gb.firstSkipped().get(0).getMessage().contains("unit of the weight is not known"));
    }

    @Test
    void manualLogWithZeroLatencyKeepsItAndAnAutoDetectedNapIsLeftOut() throws IOException {
        String log = "[{\"startTime\":\"2024-05-01T23:00:00.000\",\"endTime\":\"2024-05-02T07:00:00.000\","
                + "\"minutesToFallAsleep\":0,\"minutesAsleep\":450,\"logType\":\"manual\",\"mainSleep\":true},"
                + "{\"startTime\":\"2024-05-02T10:00:00.000\",\"levels\":{\"data\":[1,[2],{\"level\":\"light\"}]},"
                + "\"endTime\":\"2024-05-02T11:00:00.000\","
                + "\"minutesToFallAsleep\":0,\"minutesAsleep\":55,\"logType\":\"auto_detected\",\"isMainSleep\":false}]";
        Path sleep = write("sleep/sleep-2024-05-01.json", log);
        ImportResult r = run(sleep.getParent(), ImportOptions.defaults().withZone(ZoneId.of("UTC")));
        DailyRow night = day(r, "2024-05-02");
        assertEquals(450, value(night, DailyMeasure.SLEEP_MINUTES), 1e-9);
        assertEquals(0, value(night, DailyMeasure.SLEEP_LATENCY_MIN), 1e-9);
    }

    @Test
    void badRecordsAreSkippedWithFileLineAndFieldAndBrokenJsonFailsWithItsPosition() throws IOException {
        Path dir = tmp.resolve("bad");
        write("bad/steps-2024-01-01.json", "[{\n\"dateTime\" : \"01/01/24 08:00:00\",\n\"value\" : \"ten\"\n},{\n"
                + "\"dateTime\" : \"2024-01-01 08:01\",\n\"value\" : \"12\"\n},{\n"
                + "\"dateTime\" : \"01/01/24 08:02:00\",\n\"value\" : \"9000\"\n},{\n"
                + "\"dateTime\" : \"01/01/24 08:03:00\",\n\"value\" : \"80\"\n}]");
        ImportResult r = run(dir, ImportOptions.defaults().withZone(ZoneId.of("UTC")));
        assertEquals(3, r.skipped());
        assertEquals(80, value(day(r, "2024-01-01"), DailyMeasure.STEPS));
        InputException first = r.firstSkipped().get(0);
        assertTrue(first.source().endsWith("steps-2024-01-01.json"), first.source());
        assertEquals(1, first.line());
        assertEquals("value", first.column().orElseThrow());
        assertEquals("dateTime", r.firstSkipped().get(1).column().orElseThrow());
        assertTrue(r.firstSkipped().get(2).problem().contains("250 steps a minute"), r.firstSkipped().get(2).problem());
        assertThrows(InputException.class, () -> PersonalImport.run(ImportFormat.FITBIT, List.of(dir),
                ImportOptions.defaults().withZone(ZoneId.of("UTC")).withStrict(true), null));

        write("broken/distance-2024-01-01.json", "[{\"dateTime\":\"01/01/24 08:00:00\",\n\"value\":\"12\"},\n{\"dateTime\" 5}]");
        InputException e = assertThrows(InputException.class,
                () -> run(tmp.resolve("broken"), ImportOptions.defaults().withZone(ZoneId.of("UTC"))));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void impossibleRecordsAreSkippedEachWithItsField() throws IOException {
        write("imp/distance-2024-01-01.json", "[{\"dateTime\":\"01/01/24 08:00:00\",\"value\":\"150000\"}]");
        write("imp/sleep-2024-01-01.json", "[{\"startTime\":\"2024-01-02T07:00:00.000\",\"endTime\":\"2024-01-01T23:00:00.000\","
                + "\"minutesAsleep\":400,\"mainSleep\":true},"
                + "{\"startTime\":\"2024-01-02T22:00:00.000\",\"endTime\":\"2024-01-04T07:00:00.000\",\"minutesAsleep\":400},"
                + "{\"startTime\":\"2024-01-05T22:00:00.000\",\"endTime\":\"2024-01-06T06:00:00.000\",\"minutesAsleep\":400,"
                + "\"levels\":{\"data\":[{\"dateTime\":\"2024-01-06T09:00:00.000\",\"level\":\"light\",\"seconds\":60}]}}]");
        write("imp/very_active_minutes-2024-01-01.json", "[{\"dateTime\":\"01/01/24 00:00:00\",\"value\":\"10\"},"
                + "{\"dateTime\":\"01/01/24 00:00:00\",\"value\":\"12\"}]");
        write("imp/steps-2099-01-01.json", "[{\"dateTime\":\"01/01/99 08:00:00\",\"value\":\"10\"}]");
        write("imp/weight-2024-01-01.json", "[{\"weight\":4.2,\"date\":\"01/01/24\",\"time\":\"07:00:00\"}]");
        write("imp/Profile.csv", "id,timezone,weight_unit\nX,UTC,METRIC\n");
        ImportResult r = run(tmp.resolve("imp"), ImportOptions.defaults());
        List<String> problems = r.firstSkipped().stream().map(e -> e.column().orElse("") + ": " + e.problem()).toList();
        assertEquals(5, problems.size(), problems.toString()); // the summary names the first five
        assertTrue(r.skipped() == 7, problems.toString());
        assertTrue(problems.get(0).startsWith("value: 150000 cm in one minute"), problems.toString());
        assertTrue(problems.get(1).equals("endTime: ends before it starts"), problems.toString());
        assertTrue(problems.get(2).contains("longer than a day"), problems.toString());
        assertTrue(problems.get(3).startsWith("levels: the first asleep stage lies outside"), problems.toString());
        assertTrue(problems.get(4).startsWith("dateTime: in the future"), problems.toString());
        assertEquals(10, value(day(r, "2024-01-01"), DailyMeasure.BRISK_MINUTES)); // the first value is kept
    }

    @Test
    void filesThatAreNotAnExportAreRefusedWithTheirNames() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        InputException none = assertThrows(InputException.class, () -> run(empty, ImportOptions.defaults()));
        assertTrue(none.getMessage().contains("no Fitbit export files"), none.getMessage());
        Path notArray = write("obj/steps-2024-01-01.json", "{\"dateTime\":\"01/01/24 08:00:00\"}");
        InputException object = assertThrows(InputException.class,
                () -> run(notArray.getParent(), ImportOptions.defaults().withZone(ZoneId.of("UTC"))));
        assertTrue(object.getMessage().contains("expected a JSON array"), object.getMessage());
        Path other = write("x/notes.json", "[]");
        InputException name = assertThrows(InputException.class, () -> run(other, ImportOptions.defaults()));
        assertTrue(name.getMessage().contains("not a Fitbit export file"), name.getMessage());
        write("tz/steps-2024-01-01.json", "[]");
        write("tz/Your Profile/Profile.csv", "id,timezone\nX,Mars/Olympus\n");
        InputException tz = assertThrows(InputException.class, () -> run(tmp.resolve("tz"), ImportOptions.defaults()));
        assertEquals(2, tz.line());
        assertEquals("timezone", tz.column().orElseThrow());
        assertTrue(tz.getMessage().contains("not a time zone: 'Mars/Olympus'"), tz.getMessage());
    }

    @Test
    void recognisesTheExportByItsLayoutAndNeverThrows() throws Exception {
        FitbitExport reader = new FitbitExport();
        assertTrue(reader.recognises(takeout()));
        assertTrue(reader.recognises(takeout().resolve("Takeout/Fitbit")));
        assertTrue(reader.recognises(takeout().resolve(DATA + "steps-2024-03-30.json")));
        // The 2023 fitbit.com account archive: MyFitbitData/NAME/Physical Activity/steps-*.json.
        Path archive = write("MyFitbitData/Walker/Physical Activity/steps-2023-02-26.json", "[]").getParent().getParent().getParent();
        write("MyFitbitData/Walker/Physical Activity/heart_rate-2023-02-26.json", "[]");
        assertTrue(reader.recognises(archive));
        Path other = write("other/data.json", "[{\"a\":1}]");
        assertFalse(reader.recognises(other));
        assertFalse(reader.recognises(other.getParent()));
        assertFalse(reader.recognises(write("fake/steps-2024-01-01.json", "<xml/>")));
        assertFalse(reader.recognises(tmp.resolve("missing")));
        assertFalse(reader.recognises(write("bad.zip", "PK\u0003\u0004 not really a zip")));
    }

    static Path takeoutCsv() throws URISyntaxException {
        return Path.of(FitbitExportTest.class.getResource("/personal/fitbit/takeout-csv").toURI());
    }

    @Test
    void theNewerCsvFolderGivesStepsAndDistanceUnderTheirDataSources() throws Exception {
        ImportResult r = run(takeoutCsv(), ImportOptions.defaults());
        DailyRow eleventh = day(r, "2024-03-11");
        // Charge 6 minutes 07:00 and 07:01 local (a zero minute adds nothing) and MobileTrack's at 09:00: no overlap.
        assertEquals(100 + 120 + 50, value(eleventh, DailyMeasure.STEPS));
        assertEquals((80.5 + 99.5) / 1000, value(eleventh, DailyMeasure.DISTANCE_KM), 1e-12, "metres");
        assertTrue(eleventh.sources().contains("Charge 6") && eleventh.sources().contains("MobileTrack"), eleventh.sources());
        assertEquals(0, r.skipped());
    }

    @Test
    void aDayTheJsonFilesHoldIsReadFromThemAndItsCsvRowsArePassedOverAndSaid() throws Exception {
        ImportResult r = run(takeoutCsv(), ImportOptions.defaults());
        DailyRow tenth = day(r, "2024-03-10");
        assertEquals(100, value(tenth, DailyMeasure.STEPS), "the JSON minute and its CSV twin count once, not 200");
        assertEquals("Fitbit", tenth.sources());
        assertTrue(r.dropped().stream().anyMatch(l -> l.startsWith("1 Fitbit CSV row(s) (Physical Activity_GoogleData) on "
                + "1 day(s) the Global Export Data JSON files also hold")), r.dropped().toString());
        assertTrue(r.dropped().stream().anyMatch(l -> l.startsWith("1 Fitbit CSV row(s) whose data source is Health "
                + "Connect")), r.dropped().toString());
    }

    @Test
    void badCsvRowsAreSkippedWithFileLineAndColumn() throws IOException {
        Path steps = write("gh/Physical Activity_GoogleData/steps_2024-03-01.csv", "timestamp,steps,data source\n"
                + "2024-03-11T06:00:00Z,100,Charge 6\n" // line 2: counted
                + "2024-03-11 06:01:00,100,Charge 6\n" // line 3: no offset
                + "2024-03-11T06:02:00Z,lots,Charge 6\n" // line 4
                + "2024-03-11T06:03:00Z,3000,Charge 6\n"); // line 5: more than the limit allows a minute
        ImportResult r = run(steps.getParent().getParent(), ImportOptions.defaults().withZone(ZoneId.of("Europe/Berlin")));
        assertEquals(100, value(day(r, "2024-03-11"), DailyMeasure.STEPS));
        assertEquals(List.of(3L, 4L, 5L), r.firstSkipped().stream().map(InputException::line).toList());
        assertEquals(List.of("timestamp", "steps", "steps"), r.firstSkipped().stream().map(e -> e.column().orElseThrow()).toList());
        assertTrue(r.firstSkipped().get(0).problem().startsWith("not a time with its UTC offset"), r.firstSkipped().get(0).problem());
        Path noColumn = write("nc/Physical Activity_GoogleData/steps_2024-03-01.csv", "time,count\n2024-03-11T06:00:00Z,1\n");
        InputException e = assertThrows(InputException.class,
                () -> run(noColumn.getParent().getParent(), ImportOptions.defaults().withZone(ZoneId.of("UTC"))));
        assertEquals(1, e.line());
        assertTrue(e.problem().startsWith("a Fitbit steps CSV needs the columns timestamp and steps"), e.getMessage());
    }

    @Test
    void aCsvNamedLikeStepsIsClaimedOnlyInsideItsFolder() throws IOException {
        FitbitExport reader = new FitbitExport();
        Path inside = write("a/Physical Activity_GoogleData/steps_2024-03-01.csv", "timestamp,steps,data source\n");
        assertTrue(reader.recognises(inside.getParent().getParent()));
        assertTrue(reader.recognises(inside), "a single file by its name and header");
        Path elsewhere = write("b/exports/steps_2024-03-01.csv", "timestamp,steps,data source\n");
        assertFalse(reader.recognises(elsewhere.getParent().getParent()));
        assertFalse(reader.recognises(write("c/steps_2024-03-01.csv", "date,steps\n")));
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    Files.copy(f, out);
                }
            }
        }
    }
}
