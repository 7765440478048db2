package org.walkstudy.analysis.personal.applehealth;

import static org.junit.jupiter.api.Assertions.*;
import static org.walkstudy.analysis.personal.applehealth.AppleHealthImportTest.fixture;
import static org.walkstudy.analysis.personal.applehealth.AppleHealthImportTest.row;
import static org.walkstudy.analysis.personal.applehealth.AppleHealthImportTest.value;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

/** Nothing is counted twice and nothing impossible is counted (fixture synthetic-duplicates-overlap-sleep.xml). */
class AppleHealthCountsOnceTest {
    static final String FIXTURE = "synthetic-duplicates-overlap-sleep.xml";

    @TempDir
    Path tmp;

    static ImportResult run(List<Path> files, ImportOptions o) {
        return PersonalImport.run(ImportFormat.APPLE_HEALTH, files, o, null);
    }

    @Test
    void exactDuplicatesCountOnceAndOverlappingDevicesAreProratedByPriority() {
        ImportResult r = run(List.of(fixture(FIXTURE)), ImportOptions.defaults());
        // Watch 1000 (its duplicate dropped) + watch 500 + the phone's 600 for the 5 of 10 minutes the watch
        // does not cover (300).
        assertEquals(1000 + 500 + 300, value(r.table(), "2024-03-01", DailyMeasure.STEPS), 1e-9);
        assertEquals(2, r.duplicates(), "the step record and the sleep record given twice");
        // Phone in the morning, watch in the afternoon: no overlap, both count.
        assertEquals(700 + 800, value(r.table(), "2024-03-02", DailyMeasure.STEPS), 1e-9);
        String sources = row(r.table(), "2024-03-02").sources();
        assertTrue(sources.contains("Bo's Apple Watch;") && sources.contains("Bo's iPhone;"), sources);
    }

    @Test
    void givenOrderDecidesWhichDeviceCountsWhereTheyOverlap() {
        ImportResult r = run(List.of(fixture(FIXTURE)), ImportOptions.defaults().withSourcePriority(List.of("Bo's iPhone")));
        // Phone 600 whole; the watch's 09:05-09:15 500 for the 5 minutes after 09:10 (250); the 07:00 1000 alone.
        assertEquals(1000 + 600 + 250, value(r.table(), "2024-03-01", DailyMeasure.STEPS), 1e-9);
    }

    @Test
    void sleepIsTheUnionOfTheNightCappedAtNoonWithLatencyFromTheSameSourcesInBedStretch() {
        DailyTable t = run(List.of(fixture(FIXTURE)), ImportOptions.defaults()).table();
        assertEquals(540, value(t, "2024-03-04", DailyMeasure.SLEEP_MINUTES), 1e-9, "22:00-07:00 once, not 1080");
        // In bed 21:40 (the stretch holding sleep onset at 22:00), not the 15:00 nap in bed or the phone's 20:00 blip.
        assertEquals(20, value(t, "2024-03-04", DailyMeasure.SLEEP_LATENCY_MIN), 1e-9);
        assertEquals(540, value(t, "2024-03-06", DailyMeasure.SLEEP_MINUTES), 1e-9, "03:00-13:00 capped at noon");
        assertTrue(row(t, "2024-03-06").value(DailyMeasure.SLEEP_LATENCY_MIN).isEmpty());
    }

    @Test
    void impossibleRecordsAreSkippedAndReportedNeverCounted() {
        ImportResult r = run(List.of(fixture(FIXTURE)), ImportOptions.defaults());
        // A 29-day sleep, an end before the start, +1900, 2030, after the export date, 90,000 steps in 10 minutes,
        // 725 kg, 25 km/h walking.
        assertEquals(8, r.skipped());
        List<String> messages = r.firstSkipped().stream().map(Throwable::getMessage).toList();
        assertTrue(messages.get(0).contains("longer than a day"), messages.get(0));
        assertTrue(messages.get(1).contains("ends before it starts"), messages.get(1));
        assertTrue(messages.get(2).contains("UTC offset"), messages.get(2));
        assertTrue(messages.get(3).contains("after the export date"), messages.get(3));
        assertTrue(messages.stream().allMatch(m -> m.contains(FIXTURE + ":")), "each names file and line: " + messages);
        DailyTable t = r.table();
        assertTrue(row(t, "2024-03-05").value(DailyMeasure.STEPS).isEmpty(), "none of the impossible steps counted");
        assertEquals(72.5, value(t, "2024-03-05", DailyMeasure.WEIGHT_KG), 1e-9, "725 kg skipped, 72.5 kept");
        assertTrue(row(t, "2024-03-05").value(DailyMeasure.BRISK_MINUTES).isEmpty());
        assertTrue(t.rows().stream().noneMatch(x -> x.date().getYear() == 2030 || x.date().toString().equals("2024-03-12")));
        assertTrue(t.rows().stream().noneMatch(x -> x.date().toString().startsWith("2024-02")), "the 29-day sleep");
    }

    @Test
    void theSameExportTwiceOrBareAndZippedCountsOnceAndSaysWhatWasDropped() throws IOException {
        Path xml = fixture(FIXTURE);
        DailyTable once = run(List.of(xml), ImportOptions.defaults()).table();
        ImportResult twice = run(List.of(xml, xml), ImportOptions.defaults());
        assertEquals(once.rows(), twice.table().rows());
        assertEquals(1, twice.dropped().size());
        assertTrue(twice.dropped().get(0).contains("same content"), twice.dropped().get(0));
        Path zip = tmp.resolve("export.zip");
        zip(zip, "apple_health_export/export.xml");
        ImportResult both = run(List.of(xml, zip), ImportOptions.defaults());
        assertEquals(once.rows(), both.table().rows());
        assertTrue(both.duplicates() > 2, "every record of the zip's copy is dropped as a duplicate: " + both.duplicates());
    }

    @Test
    void aZipWithTwoExportsIsRefused() throws IOException {
        Path zip = tmp.resolve("export.zip");
        zip(zip, "apple_health_export/export.xml", "old/apple_health_export/export.xml");
        InputException e = assertThrows(InputException.class, () -> run(List.of(zip), ImportOptions.defaults()));
        assertTrue(e.getMessage().contains("second export.xml"), e.getMessage());
    }

    @Test
    void aLocalizedExportIsFoundByItsRootElement() throws IOException {
        DailyTable once = run(List.of(fixture(FIXTURE)), ImportOptions.defaults()).table();
        for (String name : List.of("apple_health_export/exportar.xml", "apple_health_export/exportación.xml")) {
            Path zip = tmp.resolve(name.hashCode() + ".zip");
            zip(zip, name);
            assertEquals(once.rows(), run(List.of(zip), ImportOptions.defaults()).table().rows(), name);
        }
    }

    private static void zip(Path zip, String... entries) throws IOException {
        byte[] xml = Files.readAllBytes(fixture(FIXTURE));
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write(xml);
                z.closeEntry();
            }
        }
    }
}
