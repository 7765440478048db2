package org.walkstudy.analysis.personal.strava;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.garmin.GarminReader;
import org.walkstudy.core.input.InputException;

/** A Strava export folder built from real activity files (see resources personal/strava/README.md), end to end. */
class StravaReaderTest {
    @TempDir
    Path tmp;

    static Path export() throws URISyntaxException {
        return Path.of(StravaReaderTest.class.getResource("/personal/strava/built-export").toURI());
    }

    static Map<LocalDate, DailyRow> byDate(DailyTable t) {
        return t.rows().stream().collect(Collectors.toMap(DailyRow::date, r -> r));
    }

    static double value(DailyRow row, DailyMeasure m) {
        return row.value(m).orElseThrow();
    }

    @Test
    void walksAndHikesAreReadFromTheirFilesOrTheCsvAndRunsAndRidesLeftOut() throws Exception {
        ImportResult r = PersonalImport.run(ImportFormat.STRAVA, List.of(export()), ImportOptions.defaults(), null);
        Map<LocalDate, DailyRow> days = byDate(r.table());
        assertEquals(List.of(LocalDate.of(2010, 10, 3), LocalDate.of(2017, 6, 11), LocalDate.of(2024, 3, 21),
                LocalDate.of(2024, 3, 22), LocalDate.of(2024, 3, 23)), days.keySet().stream().sorted().toList(),
                "the run (1002) and the ride (1003) are left out");
        assertEquals(6, r.recordsUsed(), "fenix walk, 2 hike tracks, Google Fit walk, 2 from the CSV");
        assertEquals(3, r.skipped(), "2 tracks of the hike file without a walk, and the missing file");
        assertTrue(r.firstSkipped().stream().anyMatch(e -> e.getMessage().contains(":8 column 'Filename': activities/1007.gpx.gz "
                + "is not in the export: the activity counts from the CSV's elapsed time and distance")), r.firstSkipped().toString());
        DailyRow fenix = days.get(LocalDate.of(2017, 6, 11));
        assertEquals("Garmin fenix5", fenix.sources(), "the device the FIT file names");
        assertEquals(0.06785, value(fenix, DailyMeasure.DISTANCE_KM), 1e-9);
        assertEquals(46 / 60.0, value(fenix, DailyMeasure.WALK_MINUTES), 1e-9);
        assertEquals(82, value(fenix, DailyMeasure.STEPS), 1e-9);
        DailyRow hike = days.get(LocalDate.of(2010, 10, 3));
        assertEquals("Strava", hike.sources());
        assertTrue(value(hike, DailyMeasure.DISTANCE_KM) > 3.9, hike.toString());
        DailyRow googleFit = days.get(LocalDate.of(2024, 3, 21));
        assertEquals("Google Fit", googleFit.sources());
        assertEquals(0.26, value(googleFit, DailyMeasure.DISTANCE_KM), 1e-12);
        DailyRow byHand = days.get(LocalDate.of(2024, 3, 22));
        assertEquals(30, value(byHand, DailyMeasure.WALK_MINUTES), 1e-9, "the CSV's elapsed time, 1800 s");
        assertEquals(2.5, value(byHand, DailyMeasure.DISTANCE_KM), 1e-12, "the metres column, 2500.0");
        assertEquals(30, value(byHand, DailyMeasure.BRISK_MINUTES), 1e-9, "5 km/h is brisk");
        DailyRow gone = days.get(LocalDate.of(2024, 3, 23));
        assertEquals(60, value(gone, DailyMeasure.WALK_MINUTES), 1e-9);
        assertEquals(0, value(gone, DailyMeasure.BRISK_MINUTES), 1e-9, "3 km/h is not brisk");
    }

    @Test
    void theExportZipReadsAsTheFolder() throws Exception {
        Path zip = tmp.resolve("export_12345.zip");
        Path root = export();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(root.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        StravaReader reader = new StravaReader();
        assertTrue(reader.recognises(zip));
        assertTrue(reader.recognises(root));
        assertFalse(reader.recognises(root.resolve("activities")));
        ImportResult folder = PersonalImport.run(ImportFormat.STRAVA, List.of(root), ImportOptions.defaults(), null);
        ImportResult zipped = PersonalImport.run(ImportFormat.STRAVA, List.of(zip), ImportOptions.defaults(), null);
        assertEquals(folder.table().rows(), zipped.table().rows());
        assertEquals(folder.skipped(), zipped.skipped());
    }

    @Test
    void aFitFileGivenAlsoOnItsOwnCountsOnce() throws Exception {
        // The fenix walk is in the export (1001.fit.gz) and given separately: same device, start, end and values.
        Path fit = Path.of(StravaReaderTest.class.getResource("/personal/garmin/garmin-fenix-5-walk.fit").toURI());
        DailyLedger ledger = DailyLedger.empty();
        SkippedRecords skipped = SkippedRecords.strict(false);
        new StravaReader().read(export(), ImportOptions.defaults(), ledger, skipped, ProgressListener.NONE);
        DailyTable stravaOnly = ledger.resolve(List.of());
        new GarminReader().read(fit, ImportOptions.defaults(), ledger, skipped, ProgressListener.NONE);
        DailyTable both = ledger.resolve(List.of());
        assertEquals(stravaOnly.rows(), both.rows());
        assertEquals(3, ledger.duplicates(), "walk minutes, distance and steps of the second copy");
    }

    @Test
    void aBadDateOrNumberIsReportedWithLineAndColumn() throws Exception {
        Path folder = tmp.resolve("export");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("activities.csv"), "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n"
                + "1,2024-03-22 07:00,Walk,Walk,1800,2.5\n"
                + "2,\"Mar 22, 2024, 7:00:00 AM\",Walk,Walk,\"1,800\",2.5\n"
                + "3,\"Mar 22, 2024, 9:00:00 AM\",Walk,Walk,600,1.0\n");
        ImportResult r = PersonalImport.run(ImportFormat.STRAVA, List.of(folder), ImportOptions.defaults(), null);
        assertEquals(1, r.recordsUsed());
        String csv = folder.resolve("activities.csv").toString();
        assertEquals(csv + ":2 column 'Activity Date': '2024-03-22 07:00' is not a Strava date such as \"Jan 5, 2019, 3:01:22 PM\"",
                r.firstSkipped().get(0).getMessage());
        assertTrue(r.firstSkipped().get(1).getMessage().startsWith(csv + ":3 column 'Elapsed Time': '1,800' is not a number"),
                r.firstSkipped().get(1).getMessage());
        assertEquals(1.0, r.table().rows().get(0).value(DailyMeasure.DISTANCE_KM).orElseThrow(), 1e-12,
                "one Distance column is read as km");
        InputException notExport = assertThrows(InputException.class, () -> PersonalImport.run(ImportFormat.STRAVA,
                List.of(tmp), ImportOptions.defaults(), null));
        assertTrue(notExport.getMessage().contains("no activities.csv"), notExport.getMessage());
    }

    /** Found by fuzzing: a NUL byte in a Filename failed the import with the JDK's InvalidPathException. */
    @Test
    void aFilenameNoFileCanHaveCountsFromTheCsvAndIsReported() throws Exception {
        Path folder = tmp.resolve("export");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("activities.csv"), "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,"
                + "Distance,Filename\n1,\"Mar 22, 2024, 7:00:00 AM\",Walk,Walk,1800,2.5,activities/1\u0000.gpx\n");
        ImportResult r = PersonalImport.run(ImportFormat.STRAVA, List.of(folder), ImportOptions.defaults(), null);
        assertEquals(2.5, r.table().rows().get(0).value(DailyMeasure.DISTANCE_KM).orElseThrow(), 1e-12);
        assertEquals(1, r.skipped());
        assertTrue(r.firstSkipped().get(0).getMessage().contains(":2 column 'Filename': activities/1\u0000.gpx is not in the export"),
                r.firstSkipped().get(0).getMessage());
    }
}
