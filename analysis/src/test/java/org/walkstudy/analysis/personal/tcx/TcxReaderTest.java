package org.walkstudy.analysis.personal.tcx;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** Real TCX files from Garmin Connect and a built Google Fit one (see resources personal/tcx/README.md). */
class TcxReaderTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(TcxReaderTest.class.getResource("/personal/tcx/" + name).toURI());
    }

    static ImportResult run(ImportOptions o, Path... files) {
        return PersonalImport.run(ImportFormat.TCX, List.of(files), o, null);
    }

    static double value(DailyRow row, DailyMeasure m) {
        return row.value(m).orElseThrow();
    }

    @Test
    void aRealGarminActivityOfSportOtherAtWalkingSpeedIsAWalk() throws Exception {
        ImportResult r = run(ImportOptions.defaults(), fixture("tcxreader-sup-activity-other.tcx"));
        assertEquals(1, r.recordsUsed());
        assertEquals(0, r.skipped());
        DailyRow day = r.table().rows().get(0);
        assertEquals(LocalDate.of(2022, 7, 16), day.date());
        assertEquals("vívoactive HR", day.sources());
        // The file's cumulative DistanceMeters run from 0.75 to 1157.51 m over 111 points (checked outside Java).
        assertEquals(1.15676, value(day, DailyMeasure.DISTANCE_KM), 1e-5);
        assertEquals(1087 / 60.0, value(day, DailyMeasure.WALK_MINUTES), 1e-9);
        assertEquals(32 / 60.0, value(day, DailyMeasure.BRISK_MINUTES), 1e-9);
    }

    @Test
    void aRealRunIsSkippedAndReported() throws Exception {
        ImportResult r = run(ImportOptions.defaults(), fixture("tcxparser-run.tcx.gz"));
        assertEquals(0, r.recordsUsed());
        assertEquals(1, r.skipped());
        assertTrue(r.firstSkipped().get(0).getMessage().contains("activity 1 is a Running activity: not a walk"),
                r.firstSkipped().toString());
        assertTrue(r.table().rows().isEmpty());
        assertThrows(InputException.class, () -> run(ImportOptions.defaults().withStrict(true), fixture("tcxparser-run.tcx.gz")));
    }

    @Test
    void aGoogleFitWalkIsReadWithItsDoctypeNeverProcessed() throws Exception {
        ImportResult r = run(ImportOptions.defaults(), fixture("built-google-fit-walk-doctype.tcx"));
        DailyRow day = r.table().rows().get(0);
        assertEquals("Google Fit", day.sources());
        assertEquals(0.26, value(day, DailyMeasure.DISTANCE_KM), 1e-12);
        assertEquals(190 / 60.0, value(day, DailyMeasure.WALK_MINUTES), 1e-9, "0.1 km in 70 s, 0.1 km in 60 s, 0.06 km in 60 s");
        assertEquals(130 / 60.0, value(day, DailyMeasure.BRISK_MINUTES), 1e-9, "the last minute is 3.6 km/h, not brisk");
    }

    @Test
    void anExternalEntityIsNeverFetched() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        Path tcx = tmp.resolve("xxe.tcx");
        Files.writeString(tcx, "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<TrainingCenterDatabase><Activities><Activity Sport=\"&x;\"><Lap><Track><Trackpoint><Time>&x;</Time>"
                + "</Trackpoint></Track></Lap></Activity></Activities></TrainingCenterDatabase>");
        try {
            ImportResult r = run(ImportOptions.defaults(), tcx);
            r.firstSkipped().forEach(e -> assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage()));
        } catch (InputException e) {
            assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());
            assertTrue(e.getMessage().startsWith(tcx.toString()), e.getMessage());
        }
    }

    @Test
    void aTruncatedFileNamesTheFileLineAndColumn() throws Exception {
        Path cut = fixture("truncated-sup-activity.tcx");
        InputException e = assertThrows(InputException.class, () -> run(ImportOptions.defaults(), cut));
        assertTrue(e.getMessage().startsWith(cut + ":539 column '9': not a valid TCX file: "), e.getMessage());
        assertEquals(539, e.line(), "the last line of the 20,000 bytes, where the file ends");
    }

    @Test
    void theSameWalkPlainAndGzippedCountsOnce() throws Exception {
        Path plain = fixture("tcxreader-sup-activity-other.tcx");
        Path gz = tmp.resolve("copy.tcx.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        ImportResult once = run(ImportOptions.defaults(), plain);
        ImportResult twice = run(ImportOptions.defaults(), plain, gz);
        assertEquals(2, twice.recordsUsed());
        assertEquals(2, twice.duplicates(), "the copy's walk minutes and distance (brisk minutes are derived, not counted)");
        assertEquals(once.table().rows(), twice.table().rows());
    }

    @Test
    void aZoneDatesTheWalkAndAFolderIsReadWithItsBadFileReported() throws Exception {
        Path folder = tmp.resolve("Activities");
        Files.createDirectories(folder);
        Files.copy(fixture("built-google-fit-walk-doctype.tcx"), folder.resolve("2024-03-21T17_44_50.622Z_Walking.tcx"));
        Files.copy(fixture("truncated-sup-activity.tcx"), folder.resolve("broken.tcx"));
        Files.writeString(folder.resolve("notes.txt"), "not read");
        ImportResult r = run(ImportOptions.defaults().withZone(ZoneId.of("Pacific/Kiritimati")), folder);
        assertEquals(1, r.recordsUsed());
        assertEquals(1, r.skipped());
        assertTrue(r.firstSkipped().get(0).getMessage().startsWith(folder.resolve("broken.tcx").toString()));
        assertEquals(LocalDate.of(2024, 3, 22), r.table().rows().get(0).date(), "17:44 UTC is 07:44 the next day at +14");
        assertFalse(new TcxReader().recognises(folder), "a folder is searched file by file by --from auto");
        assertTrue(new TcxReader().recognises(folder.resolve("2024-03-21T17_44_50.622Z_Walking.tcx")));
        assertFalse(new TcxReader().recognises(fixture("../../personal/tcx/README.md")));
    }

    static String tcx(String activity) {
        return "<?xml version=\"1.0\"?>\n<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">"
                + "<Activities>\n" + activity + "\n</Activities></TrainingCenterDatabase>\n";
    }

    static String point(String time, String metres) {
        return "<Trackpoint><Time>" + time + "</Time><DistanceMeters>" + metres + "</DistanceMeters></Trackpoint>\n";
    }

    @Test
    void aBadTimeOrNumberSkipsItsActivityWithTheLine() throws Exception {
        Path f = tmp.resolve("bad.tcx");
        Files.writeString(f, tcx("<Activity Sport=\"Other\"><Lap><Track>\n" + point("2024-05-01T10:00:00", "0")
                + point("2024-05-01T10:01:00", "90") + "</Track></Lap></Activity>\n<Activity Sport=\"Other\"><Lap><Track>\n"
                + point("2024-05-01T12:00:00Z", "0") + point("2024-05-01T12:01:00Z", "9O") + "</Track></Lap></Activity>\n"
                + "<Activity Sport=\"Other\"><Lap><Track>\n" + point("2024-05-01T14:00:00Z", "0")
                + point("2024-05-01T14:01:00Z", "90") + "</Track></Lap></Activity>"));
        ImportResult r = run(ImportOptions.defaults(), f);
        assertEquals(1, r.recordsUsed());
        assertEquals(2, r.skipped());
        assertEquals(f + ":4: the time '2024-05-01T10:00:00' is not a date and time with a UTC offset (such as 2024-03-21T17:44:50Z)",
                r.firstSkipped().get(0).getMessage());
        assertTrue(r.firstSkipped().get(1).getMessage().startsWith(f + ":9 column "), r.firstSkipped().get(1).getMessage());
        assertTrue(r.firstSkipped().get(1).getMessage().endsWith("'9O' is not a valid number here"), r.firstSkipped().get(1).getMessage());
    }

    @Test
    void anotherRootOrNoActivityFailsTheFile() throws Exception {
        Path gpx = tmp.resolve("walk.tcx");
        Files.writeString(gpx, "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"/>\n");
        assertEquals(gpx + ": not a TCX file: its root element is not <TrainingCenterDatabase>",
                assertThrows(InputException.class, () -> run(ImportOptions.defaults(), gpx)).getMessage());
        Path course = tmp.resolve("course.tcx");
        Files.writeString(course, tcx("").replace("<Activities>\n\n</Activities>", "<Courses/>"));
        assertEquals(course + ": no <Activity> in the file (a TCX course or workout has none)",
                assertThrows(InputException.class, () -> run(ImportOptions.defaults(), course)).getMessage());
    }

    @Test
    void aWalkInTheFutureOrLongerThanADayIsSkipped() throws Exception {
        Path f = tmp.resolve("clock.tcx");
        Files.writeString(f, tcx("<Activity Sport=\"Walking\"><Lap><Track>\n" + point("2099-05-01T10:00:00Z", "0")
                + point("2099-05-01T10:01:00Z", "90") + "</Track></Lap></Activity>\n<Activity Sport=\"Walking\"><Lap><Track>\n"
                + point("2024-05-01T10:00:00Z", "0") + point("2024-05-02T10:00:01Z", "90") + "</Track></Lap></Activity>"));
        ImportResult r = run(ImportOptions.defaults(), f);
        assertEquals(0, r.recordsUsed());
        assertEquals(2, r.skipped());
        assertTrue(r.firstSkipped().get(0).getMessage().contains("is in the future"), r.firstSkipped().toString());
        assertTrue(r.firstSkipped().get(1).getMessage().contains("lasts more than 24 hours"), r.firstSkipped().toString());
    }

    @Test
    void aLastPointAFractionOfASecondBeforeTheFirstEndsTheWalkAtItsStart() throws Exception {
        Path f = tmp.resolve("sub-second.tcx");
        Files.writeString(f, tcx("<Activity Sport=\"Walking\"><Lap><Track>\n" + point("2024-05-01T10:00:00.900Z", "0")
                + point("2024-05-01T10:00:00.100Z", "1") + "</Track></Lap></Activity>"));
        ImportResult r = run(ImportOptions.defaults(), f);
        assertEquals(1, r.recordsUsed(), "the same second: not time going backwards, as for GPX");
        assertEquals(0.001, r.table().rows().get(0).value(DailyMeasure.DISTANCE_KM).orElseThrow(), 1e-12);
    }

    @Test
    void bytesThatAreNotUtf8FailWithTheirOffsetAndNothingElseOnStderr() throws Exception {
        Path f = tmp.resolve("latin1.tcx");
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase><Activities><Activity Sport=\"Other\">"
                + "<Id>").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 6);
        bytes[head.length] = (byte) 0xE9; // "é" in Latin-1, not UTF-8: a UTF-8 lead byte that "</Id>" does not continue
        System.arraycopy("</Id>".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, head.length + 1, 5);
        Files.write(f, bytes);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        InputException e;
        try {
            e = assertThrows(InputException.class, () -> run(ImportOptions.defaults(), f));
        } finally {
            System.setErr(err);
        }
        assertEquals(f + ": not a valid TCX file: byte " + head.length + " (0xE9) is not valid UTF-8 text", e.getMessage());
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8), "the JDK parser printed nothing");
        Path latin1 = tmp.resolve("declared-latin1.tcx");
        Files.write(latin1, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("UTF-8", "ISO-8859-1")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        InputException declared = assertThrows(InputException.class, () -> run(ImportOptions.defaults(), latin1));
        assertFalse(declared.getMessage().contains("UTF-8"), "a file declaring Latin-1 is read as Latin-1: " + declared.getMessage());
    }
}
