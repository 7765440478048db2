package org.walkstudy.analysis.personal.applehealth;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.BackPain;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

class AppleHealthImportTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(AppleHealthImportTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportResult importFile(Path file, ImportOptions options) {
        return PersonalImport.run(ImportFormat.APPLE_HEALTH, List.of(file), options, null);
    }

    static double value(DailyTable t, String date, DailyMeasure m) {
        return row(t, date).value(m).orElseThrow(() -> new AssertionError(m + " missing on " + date));
    }

    static DailyRow row(DailyTable t, String date) {
        return t.rows().stream().filter(r -> r.date().equals(LocalDate.parse(date))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + date));
    }

    /** Per-date sums of value by startDate date, as the applehealthdata CSV has them. */
    static Map<LocalDate, Double> sumsByStartDate(String csv) throws IOException {
        Map<LocalDate, Double> sums = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(fixture(csv))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                sums.merge(LocalDate.parse(r.get("startDate").substring(0, 10)), Double.parseDouble(r.get("value")), Double::sum);
            }
        }
        return sums;
    }

    @Test
    void realSampleDailyTotalsEqualTheApplehealthdataCsvSums() throws IOException {
        ImportResult r = importFile(fixture("export6s3sample.xml"), ImportOptions.defaults());
        Map<LocalDate, Double> steps = sumsByStartDate("StepCount.csv");
        Map<LocalDate, Double> km = sumsByStartDate("DistanceWalkingRunning.csv");
        assertFalse(steps.isEmpty());
        assertFalse(km.isEmpty());
        for (Map.Entry<LocalDate, Double> e : steps.entrySet()) {
            assertEquals(e.getValue(), value(r.table(), e.getKey().toString(), DailyMeasure.STEPS), 1e-9);
        }
        for (Map.Entry<LocalDate, Double> e : km.entrySet()) {
            assertEquals(e.getValue(), value(r.table(), e.getKey().toString(), DailyMeasure.DISTANCE_KM), 1e-12);
        }
        // Every row comes from those two files: nothing invented, nothing zero-filled.
        for (DailyRow row : r.table().rows()) {
            assertTrue(steps.containsKey(row.date()) || km.containsKey(row.date()), row.toString());
            assertEquals(steps.containsKey(row.date()), row.value(DailyMeasure.STEPS).isPresent());
            assertEquals(km.containsKey(row.date()), row.value(DailyMeasure.DISTANCE_KM).isPresent());
            assertTrue(row.value(DailyMeasure.WALK_MINUTES).isEmpty(), "the sample's only workout is not a walk");
        }
        assertEquals(0, r.skipped());
    }

    @Test
    void overlappingDevicesAreNotDoubleCounted() {
        DailyTable t = importFile(fixture("synthetic-devices-sleep-pain.xml"), ImportOptions.defaults()).table();
        // Phone 900, watch 560 + 450 = 1010 in the same ten minutes: the watch (larger total) wins, no sum.
        assertEquals(1010, value(t, "2024-03-01", DailyMeasure.STEPS));
        // Watch cadence 560/5 min = 112 >= 100 for five minutes; 450/5 = 90 is not brisk.
        assertEquals(5, value(t, "2024-03-01", DailyMeasure.BRISK_MINUTES), 1e-9);
        assertTrue(row(t, "2024-03-01").sources().contains("Ann's Apple Watch"));
    }

    @Test
    void sourcePriorityOverridesTheLargestTotal() {
        DailyTable t = importFile(fixture("synthetic-devices-sleep-pain.xml"),
                ImportOptions.defaults().withSourcePriority(List.of("Ann's iPhone"))).table();
        assertEquals(900, value(t, "2024-03-01", DailyMeasure.STEPS));
        assertEquals(0, value(t, "2024-03-01", DailyMeasure.BRISK_MINUTES), "phone cadence 90/min is not brisk");
    }

    @Test
    void sleepMinutesAndLatencyComeFromStagesOfTheNight() {
        DailyTable t = importFile(fixture("synthetic-devices-sleep-pain.xml"), ImportOptions.defaults()).table();
        // Asleep: core 100 + deep 60 + REM 260 min (awake 10 min not counted); the night is labelled with the morning.
        assertEquals(420, value(t, "2024-03-02", DailyMeasure.SLEEP_MINUTES), 1e-9);
        // In bed 23:00 is the phone's, the sleep the watch's: latency comes from the sleep's own source only
        // (a phone's in-bed blip must not make one), so this night has none.
        assertTrue(row(t, "2024-03-02").value(DailyMeasure.SLEEP_LATENCY_MIN).isEmpty());
        assertTrue(row(t, "2024-03-01").value(DailyMeasure.SLEEP_MINUTES).isEmpty());
    }

    @Test
    void backPainKeepsTheWorstSeverityOfTheDay() {
        DailyTable t = importFile(fixture("synthetic-devices-sleep-pain.xml"), ImportOptions.defaults()).table();
        assertEquals(BackPain.MODERATE, row(t, "2024-03-01").backPain().orElseThrow());
        assertEquals(BackPain.UNSPECIFIED, row(t, "2024-03-02").backPain().orElseThrow());
    }

    @Test
    void bodyMassInPoundsIsAveragedInKilograms() {
        DailyTable t = importFile(fixture("synthetic-devices-sleep-pain.xml"), ImportOptions.defaults()).table();
        assertEquals((165 + 163) / 2.0 * 0.45359237, value(t, "2024-03-01", DailyMeasure.WEIGHT_KG), 1e-9);
    }

    @Test
    void walkingWorkoutGivesMinutesDistanceAndBriskMinutes() {
        DailyTable t = importFile(fixture("synthetic-devices-sleep-pain.xml"), ImportOptions.defaults()).table();
        assertEquals(40, value(t, "2024-03-02", DailyMeasure.WALK_MINUTES), 1e-9);
        // 3.6 km in 40 min = 5.4 km/h >= 4.8: all 40 minutes brisk. The watch's own distance records (3.4 km)
        // cover the workout's time and rank before the workout's estimate, so the day has 3.4 km, not 7.0.
        assertEquals(40, value(t, "2024-03-02", DailyMeasure.BRISK_MINUTES), 1e-9);
        assertEquals(3.4, value(t, "2024-03-02", DailyMeasure.DISTANCE_KM), 1e-9);
        assertFalse(t.rows().stream().anyMatch(r -> r.date().equals(LocalDate.parse("2024-03-03"))), "a run is not a walk");
    }

    @Test
    void recordsCountOnTheDateOfTheirOwnOffsetUnlessAZoneIsGiven() {
        DailyTable own = importFile(fixture("synthetic-devices-sleep-pain.xml"), ImportOptions.defaults()).table();
        assertEquals(40, value(own, "2024-03-02", DailyMeasure.STEPS));
        DailyTable utc = importFile(fixture("synthetic-devices-sleep-pain.xml"), ImportOptions.defaults().withZone(ZoneOffset.UTC)).table();
        // 00:30 +0100 is 23:30 UTC the day before: it overlaps no other record, so it adds to that day's 1010.
        assertTrue(row(utc, "2024-03-02").value(DailyMeasure.STEPS).isEmpty());
        assertEquals(1010 + 40, value(utc, "2024-03-01", DailyMeasure.STEPS));
    }

    @Test
    void ios16MalformedDtdAndForbiddenControlCharactersImport() throws Exception {
        Path file = fixture("synthetic-ios16-quirks.xml");
        // The fixture really is what strict parsers reject...
        assertThrows(XMLStreamException.class, () -> {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            try (var in = Files.newInputStream(file)) {
                XMLStreamReader r = f.createXMLStreamReader(in);
                while (r.hasNext()) {
                    r.next();
                }
            }
        });
        // ...and walkstudy imports it.
        ImportResult r = importFile(file, ImportOptions.defaults());
        assertEquals(400, value(r.table(), "2023-01-09", DailyMeasure.STEPS));
        String sources = row(r.table(), "2023-01-09").sources();
        assertTrue(sources.startsWith("Bo's iPhone"), sources);
        assertFalse(sources.contains("\u000b"), "the forbidden character is dropped");
        assertEquals(0, r.skipped());
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + "<HealthData locale=\"en\">\n <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"&xxe;\" "
                + "unit=\"count\" startDate=\"2024-01-01 10:00:00 +0000\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"5\"/>\n"
                + "</HealthData>\n";
        Path file = tmp.resolve("export.xml");
        Files.writeString(file, xml);
        ImportResult r = importFile(file, ImportOptions.defaults());
        StringBuilder csv = new StringBuilder();
        r.table().writeCsv(csv);
        assertFalse(csv.toString().contains("TOP-SECRET"), csv.toString());
        assertTrue(csv.toString().contains("&xxe;"), "the reference stays as written: " + csv);
    }

    @Test
    void truncatedFileFailsWithItsPosition() throws IOException {
        String whole = Files.readString(fixture("export6s3sample.xml"));
        Path file = tmp.resolve("truncated.xml");
        Files.writeString(file, whole.substring(0, whole.indexOf("<Record", whole.indexOf("<Record") + 1) + 40));
        InputException e = assertThrows(InputException.class, () -> importFile(file, ImportOptions.defaults()));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.line() > 80, "line of the cut: " + e.line());
        assertTrue(e.column().isPresent());

        Path unclosed = tmp.resolve("unclosed.xml");
        Files.writeString(unclosed, whole.substring(0, whole.indexOf("</HealthData>")));
        InputException e2 = assertThrows(InputException.class, () -> importFile(unclosed, ImportOptions.defaults()));
        assertTrue(e2.getMessage().contains("</HealthData>"), e2.getMessage());
    }

    @Test
    void nonXmlFileFailsAtLineOneColumnOne() throws IOException {
        Path file = tmp.resolve("export.xml");
        Files.writeString(file, "walked to the shop\n");
        InputException e = assertThrows(InputException.class, () -> importFile(file, ImportOptions.defaults()));
        assertEquals(1, e.line());
        assertEquals("1", e.column().orElseThrow());
        Path other = tmp.resolve("other.xml");
        Files.writeString(other, "<trackbook version=\"1.1\"></trackbook>");
        assertTrue(assertThrows(InputException.class, () -> importFile(other, ImportOptions.defaults()))
                .getMessage().contains("not an Apple Health export"));
        // A file that is plainly another format says which, instead of failing as XML.
        Path diary = tmp.resolve("diary.csv");
        Files.writeString(diary, "date,steps\n2024-01-01,5\n");
        assertTrue(assertThrows(InputException.class, () -> importFile(diary, ImportOptions.defaults()))
                .getMessage().endsWith("this is csv data, not apple-health: use --from csv, or leave --from out so each "
                        + "file is recognised"));
        Path gpx = tmp.resolve("walk.gpx");
        Files.writeString(gpx, "<gpx version=\"1.1\"></gpx>");
        assertTrue(assertThrows(InputException.class, () -> importFile(gpx, ImportOptions.defaults()))
                .getMessage().contains("this is gpx data, not apple-health"));
    }

    @Test
    void badRecordsAreSkippedAndNamedOrFailInStrictMode() throws IOException {
        String xml = "<HealthData>\n"
                + " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"P\" unit=\"count\" startDate=\"2024-01-01 10:00:00 +0000\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"12\"/>\n"
                + " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"P\" unit=\"count\" startDate=\"2024-01-01 10:00:00 +0000\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"abc\"/>\n"
                + " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"P\" unit=\"count\" startDate=\"yesterday\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"3\"/>\n"
                + "</HealthData>\n";
        Path file = tmp.resolve("export.xml");
        Files.writeString(file, xml);
        ImportResult r = importFile(file, ImportOptions.defaults());
        assertEquals(12, value(r.table(), "2024-01-01", DailyMeasure.STEPS));
        assertEquals(2, r.skipped());
        assertEquals(3, r.firstSkipped().get(0).line());
        assertEquals("2", r.firstSkipped().get(0).column().orElseThrow());
        assertTrue(r.firstSkipped().get(0).getMessage().contains("abc"));
        assertEquals(4, r.firstSkipped().get(1).line());
        InputException strict = assertThrows(InputException.class,
                () -> importFile(file, ImportOptions.defaults().withStrict(true)));
        assertEquals(3, strict.line());
    }

    @Test
    void zipExportReadsTheXmlAndWorkoutRoutes() throws IOException {
        Path zip = tmp.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
            Files.copy(fixture("export6s3sample.xml"), out);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("apple_health_export/workout-routes/route_2016-04-02.gpx"));
            writeRoute(out);
            out.closeEntry();
        }
        ImportResult r = importFile(zip, ImportOptions.defaults());
        Map<LocalDate, Double> steps = sumsByStartDate("StepCount.csv");
        for (Map.Entry<LocalDate, Double> e : steps.entrySet()) {
            assertEquals(e.getValue(), value(r.table(), e.getKey().toString(), DailyMeasure.STEPS), 1e-9);
        }
        OptionalDouble routeKm = row(r.table(), "2016-04-02").value(DailyMeasure.DISTANCE_KM);
        assertTrue(routeKm.isPresent());
        assertTrue(routeKm.getAsDouble() > 0.2 && routeKm.getAsDouble() < 0.3, "three points 0.1 deg lat/1000 apart");
    }

    private static void writeRoute(OutputStream out) throws IOException {
        // 0.001 degree of latitude is about 111 m; one minute apart: about 6.7 km/h.
        String gpx = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"SYNTHETIC test\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                + "<trk><trkseg>"
                + "<trkpt lat=\"51.500\" lon=\"-0.100\"><time>2016-04-02T10:00:00Z</time></trkpt>"
                + "<trkpt lat=\"51.501\" lon=\"-0.100\"><time>2016-04-02T10:01:00Z</time></trkpt>"
                + "<trkpt lat=\"51.502\" lon=\"-0.100\"><time>2016-04-02T10:02:00Z</time></trkpt>"
                + "</trkseg></trk></gpx>\n";
        out.write(gpx.getBytes(StandardCharsets.UTF_8));
    }
}
