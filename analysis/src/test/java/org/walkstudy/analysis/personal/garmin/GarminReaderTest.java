package org.walkstudy.analysis.personal.garmin;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

/** Real FIT files from a Garmin fēnix 5 and a truncated one (see resources personal/garmin/README.md). */
class GarminReaderTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(GarminReaderTest.class.getResource("/personal/garmin/" + name).toURI());
    }

    static ImportResult run(ImportOptions o, Path... files) {
        return PersonalImport.run(ImportFormat.GARMIN, List.of(files), o, null);
    }

    static double value(DailyRow row, DailyMeasure m) {
        return row.value(m).orElseThrow();
    }

    @Test
    void aRealFenixWalkIsReadWithItsStepsAndLocalDate() throws Exception {
        ImportResult r = run(ImportOptions.defaults(), fixture("garmin-fenix-5-walk.fit"));
        assertEquals(1, r.recordsUsed());
        DailyRow day = r.table().rows().get(0);
        // Dated in the file's own offset (activity local_timestamp - timestamp = -7 h): 07:32 PDT on 11 June 2017.
        assertEquals(LocalDate.of(2017, 6, 11), day.date());
        assertEquals("Garmin fenix5", day.sources());
        // From fitparse's own decode of the same file (tests/files/garmin-fenix-5-walk-records.csv): 17 records,
        // distance 0 to 67.85 m over 46 s, 36 s of it at 4.8 km/h or more.
        assertEquals(0.06785, value(day, DailyMeasure.DISTANCE_KM), 1e-9);
        assertEquals(46 / 60.0, value(day, DailyMeasure.WALK_MINUTES), 1e-9);
        assertEquals(36 / 60.0, value(day, DailyMeasure.BRISK_MINUTES), 1e-9);
        assertEquals(82, value(day, DailyMeasure.STEPS), 1e-9, "the session's 41 strides are 82 steps");
    }

    @Test
    void aRealRunIsSkippedAndReported() throws Exception {
        ImportResult r = run(ImportOptions.defaults(), fixture("garmin-fenix-5-run.fit"));
        assertEquals(0, r.recordsUsed());
        assertEquals(1, r.skipped());
        assertTrue(r.firstSkipped().get(0).getMessage().endsWith("garmin-fenix-5-run.fit: session 1 is running: not a walk, skipped"),
                r.firstSkipped().get(0).getMessage());
    }

    @Test
    void aTruncatedFileNamesTheFileAndTheByte() throws Exception {
        Path cut = fixture("activity-unexpected-eof.fit");
        InputException e = assertThrows(InputException.class, () -> run(ImportOptions.defaults(), cut));
        assertEquals(cut + ": not a valid FIT file: FIT decode error: Unexpected end of input stream at byte: 768",
                e.getMessage());
    }

    @Test
    void gzippedItIsTheSameWalkAndBothTogetherCountOnce() throws Exception {
        Path plain = fixture("garmin-fenix-5-walk.fit");
        Path gz = tmp.resolve("walk.fit.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        ImportResult once = run(ImportOptions.defaults(), plain);
        assertEquals(once.table().rows(), run(ImportOptions.defaults(), gz).table().rows());
        ImportResult both = run(ImportOptions.defaults(), plain, gz);
        assertEquals(3, both.duplicates(), "the copy's walk minutes, distance and steps");
        assertEquals(once.table().rows(), both.table().rows());
    }

    @Test
    void aFolderReadsEveryFitFileAndReportsTheBadOne() throws Exception {
        Path folder = tmp.resolve("Activity");
        Files.createDirectories(folder);
        for (String f : new String[] {"garmin-fenix-5-walk.fit", "garmin-fenix-5-run.fit", "activity-unexpected-eof.fit"}) {
            Files.copy(fixture(f), folder.resolve(f));
        }
        assertFalse(new GarminReader().recognises(folder), "a folder is searched file by file by --from auto");
        assertTrue(new GarminReader().recognises(fixture("garmin-fenix-5-walk.fit")));
        assertFalse(new GarminReader().recognises(fixture("README.md")));
        ImportResult r = run(ImportOptions.defaults(), folder);
        assertEquals(1, r.recordsUsed());
        assertEquals(2, r.skipped(), "the truncated file and the run");
        assertThrows(InputException.class, () -> run(ImportOptions.defaults().withStrict(true), folder));
    }

    @Test
    void aFitFileThatIsNotAnActivityOrIsCorruptIsRefusedWithTheFileNamed() throws Exception {
        Path settings = fixture("Settings.fit");
        InputException notActivity = assertThrows(InputException.class, () -> run(ImportOptions.defaults(), settings));
        assertEquals(settings + ": a FIT settings file, not an activity: it holds no walks", notActivity.getMessage());
        byte[] walk = Files.readAllBytes(fixture("garmin-fenix-5-walk.fit"));
        walk[2000] ^= 0x5A; // one byte changed in the middle: the file's CRC no longer matches, or its messages break
        Path corrupt = tmp.resolve("corrupt.fit");
        Files.write(corrupt, walk);
        InputException bad = assertThrows(InputException.class, () -> run(ImportOptions.defaults(), corrupt));
        assertTrue(bad.getMessage().startsWith(corrupt + ": not a valid FIT file: "), bad.getMessage());
        assertTrue(bad.getMessage().contains("byte"), bad.getMessage());
    }
}
