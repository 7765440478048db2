package org.walkstudy.analysis.personal.healthconnect;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

/** The synthetic export (built from Android's published schema) read end to end, and the files it refuses. */
class HealthConnectExportTest {
    @TempDir
    Path tmp;

    private static ImportResult run(Path... files) {
        return PersonalImport.run(ImportFormat.HEALTH_CONNECT, List.of(files), ImportOptions.defaults(), null);
    }

    private static DailyRow day(ImportResult r, String date) {
        return r.table().rows().stream().filter(x -> x.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    @Test
    void recordsBecomeDaysInTheirOwnOffsetWithTheirSources() throws IOException, SQLException {
        ImportResult r = run(HealthConnectFixture.syntheticExport(tmp));
        DailyRow tenth = day(r, "2024-03-10");
        // Watch 1200 + phone 500, which do not overlap; the 23:30 UTC record is 00:30 on the 11th at +01:00.
        assertEquals(1700, tenth.value(DailyMeasure.STEPS).getAsDouble(), 1e-9);
        assertEquals(0.8505, tenth.value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
        assertEquals(30, tenth.value(DailyMeasure.WALK_MINUTES).getAsDouble(), 1e-9, "the walk only, not the run");
        assertEquals(10, tenth.value(DailyMeasure.BRISK_MINUTES).getAsDouble(), 1e-9, "120 steps/min for 10 minutes");
        assertTrue(tenth.sources().contains("Pixel Watch 2 (Fit)"), tenth.sources());
        assertTrue(tenth.sources().contains("Google Pixel 8 (Samsung Health)"), tenth.sources());
        DailyRow eleventh = day(r, "2024-03-11");
        assertEquals(300, eleventh.value(DailyMeasure.STEPS).getAsDouble(), 1e-9);
        assertEquals(480, eleventh.value(DailyMeasure.SLEEP_MINUTES).getAsDouble(), 1e-9, "light + deep + REM, not awake");
        assertEquals(20, eleventh.value(DailyMeasure.SLEEP_LATENCY_MIN).getAsDouble(), 1e-9);
        assertEquals(72.5, eleventh.value(DailyMeasure.WEIGHT_KG).getAsDouble(), 1e-12);
        // A session without stages is asleep throughout: the 14:00 nap belongs to the night ending on the 12th.
        assertEquals(30, day(r, "2024-03-12").value(DailyMeasure.SLEEP_MINUTES).getAsDouble(), 1e-9);
        assertTrue(day(r, "2024-03-12").value(DailyMeasure.SLEEP_LATENCY_MIN).isEmpty());
    }

    @Test
    void aHikeCountsAsWalkingAsStravaAndFitHikesDo() throws IOException, SQLException {
        DailyRow twelfth = day(run(HealthConnectFixture.syntheticExport(tmp)), "2024-03-12");
        assertEquals(90, twelfth.value(DailyMeasure.WALK_MINUTES).getAsDouble(), 1e-9, "EXERCISE_SESSION_TYPE_HIKING = 21");
        assertTrue(twelfth.sources().contains("Pixel Watch 2 (Fit, workout)"), twelfth.sources());
    }

    @Test
    void impossibleRecordsAreSkippedWithTableRowAndColumn() throws IOException, SQLException {
        ImportResult r = run(HealthConnectFixture.syntheticExport(tmp));
        assertEquals(3, r.skipped());
        List<String> where = r.firstSkipped().stream().map(e -> e.line() + " " + e.column().orElse("") + " " + e.problem()).toList();
        assertTrue(r.firstSkipped().get(0).source().endsWith("Health Connect.zip!health_connect_export.db steps_record_table"),
                r.firstSkipped().get(0).source());
        assertTrue(where.get(0).startsWith("4 start_time ends before it starts"), where.toString());
        assertTrue(where.get(1).startsWith("5 start_zone_offset not a UTC offset"), where.toString());
        assertTrue(where.get(2).startsWith("2 weight a weight of 5 kg"), where.toString());
    }

    @Test
    void theSameRecordsTwiceCountOnce() throws IOException, SQLException {
        Path zip = HealthConnectFixture.syntheticExport(tmp);
        Path db = tmp.resolve("built.db"); // the same database unpacked, beside its zip
        ImportResult once = run(zip);
        ImportResult twice = run(zip, db);
        assertEquals(once.table().rows(), twice.table().rows());
        assertTrue(twice.duplicates() > 0, "the second copy's records are dropped as exact duplicates");
    }

    @Test
    void aZipWithoutTheDatabaseNamesTheFileAndWhatIsMissing() throws IOException, SQLException {
        Path db = HealthConnectFixture.database(tmp, "x.db", "schema.sql");
        Path zip = HealthConnectFixture.zip(tmp, "other.zip", db, "export.xml");
        InputException e = assertThrows(InputException.class, () -> run(zip));
        assertEquals(zip.toString(), e.source());
        assertTrue(e.problem().contains("no health_connect_export.db in the zip"), e.getMessage());
    }

    @Test
    void aZipWithTwoDatabasesIsRefused() throws IOException, SQLException {
        Path db = HealthConnectFixture.database(tmp, "built.db", "schema.sql", "synthetic-rows.sql");
        Path zip = tmp.resolve("two.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : List.of("health_connect_export.db", "old/health_connect_export.db")) {
                z.putNextEntry(new java.util.zip.ZipEntry(entry));
                Files.copy(db, z);
                z.closeEntry();
            }
        }
        InputException e = assertThrows(InputException.class, () -> run(zip));
        assertTrue(e.problem().startsWith("two databases in one zip"), e.getMessage());
    }

    @Test
    void aDatabaseWithoutTheTablesIsNotAnExport() throws IOException, SQLException {
        Path db = HealthConnectFixture.database(tmp, "app.db", "not-health-connect.sql");
        Path zip = HealthConnectFixture.zip(tmp, "Health Connect.zip", db, HealthConnectExport.DATABASE_ENTRY);
        InputException e = assertThrows(InputException.class, () -> run(zip));
        assertEquals(zip + "!health_connect_export.db", e.source());
        assertTrue(e.problem().startsWith("not a Health Connect export: none of the tables [steps_record_table"), e.getMessage());
        assertTrue(e.problem().contains("(it has [notes])"), e.getMessage());
    }

    @Test
    void aTableWithoutAColumnIsNamedWithTheColumn() throws IOException, SQLException {
        Path db = HealthConnectFixture.database(tmp, "old.db", "schema.sql", "steps-without-count.sql");
        InputException e = assertThrows(InputException.class, () -> run(db));
        assertEquals("count", e.column().orElseThrow());
        assertTrue(e.problem().contains("the table steps_record_table has no column count"), e.getMessage());
    }

    @Test
    void aDamagedDatabaseIsOneClearErrorAndNoTemporaryFileStays() throws IOException, SQLException {
        Path db = HealthConnectFixture.database(tmp, "built.db", "schema.sql", "synthetic-rows.sql");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 100; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5A; // keeps the header, damages every page
        }
        Path damaged = Files.write(tmp.resolve("damaged.db"), bytes);
        Path zip = HealthConnectFixture.zip(tmp, "damaged.zip", damaged, HealthConnectExport.DATABASE_ENTRY);
        long before = temporaryDatabases();
        InputException e = assertThrows(InputException.class, () -> run(zip));
        assertTrue(e.getMessage().startsWith(zip + "!health_connect_export.db"), e.getMessage());
        assertEquals(before, temporaryDatabases(), "the unpacked copy is deleted on failure too");
        run(HealthConnectFixture.syntheticExport(Files.createDirectory(tmp.resolve("good"))));
        assertEquals(before, temporaryDatabases(), "and after success");
    }

    @Test
    void recognisesExportsByContent() throws IOException, SQLException {
        HealthConnectExport reader = new HealthConnectExport();
        Path zip = HealthConnectFixture.syntheticExport(tmp);
        Path renamed = Files.copy(zip, tmp.resolve("backup.bin"));
        assertTrue(reader.recognises(renamed), "by the zip's entry, not the file name");
        assertTrue(reader.recognises(tmp.resolve("built.db")), "an unpacked database, by its SQLite header");
        Path other = HealthConnectFixture.zip(tmp, "export.zip", tmp.resolve("built.db"), "apple_health_export/export.xml");
        assertFalse(reader.recognises(other));
        assertFalse(reader.recognises(Files.writeString(tmp.resolve("a.csv"), "date,steps\n")));
        assertFalse(reader.recognises(tmp));
        assertFalse(reader.recognises(tmp.resolve("missing.zip")));
    }

    /** Every file of the other readers' test folders (real exports, zips, GPX, CSV): none is taken for this format. */
    static List<Path> otherFormatsFiles() throws IOException, java.net.URISyntaxException {
        Path personal = Path.of(HealthConnectExportTest.class.getResource("/org/walkstudy/analysis/personal").toURI());
        List<Path> files = new java.util.ArrayList<>();
        for (String dir : List.of("applehealth", "googlefit", "gpx", "diary")) {
            try (Stream<Path> s = Files.list(personal.resolve(dir))) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void realFilesOfOtherFormatsAreNotTakenForHealthConnect() throws IOException, java.net.URISyntaxException {
        List<Path> files = otherFormatsFiles();
        assertTrue(files.size() >= 20, "the other readers' real and synthetic files: " + files.size());
        for (Path f : files) {
            assertFalse(new HealthConnectExport().recognises(f), f.toString());
        }
    }

    private static long temporaryDatabases() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("walkstudy-health-connect")).count();
        }
    }
}
