package org.walkstudy.analysis.personal.garmin;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.ExportDetection;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

/**
 * The Garmin Connect export zip as Garmin sends it, read in place: built-connect-export.zip holds the built
 * export's files and, under DI-Connect-Uploaded-Files, a zip of two real FIT files (resources
 * personal/garmin/README.md).
 */
class GarminConnectZipTest {
    private static final String UDS = "DI_CONNECT/DI-Connect-Aggregator/UDSFile_2024-03-01_2024-06-09.json";

    @TempDir
    Path tmp;

    private static Path fixture(String name) throws Exception {
        return GarminReaderTest.fixture(name);
    }

    private static ImportResult garmin(Path... paths) {
        return PersonalImport.run(ImportFormat.GARMIN, List.of(paths), ImportOptions.defaults(), null);
    }

    private static double value(ImportResult r, String date, DailyMeasure m) {
        DailyRow row = r.table().rows().stream().filter(x -> x.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
        return row.value(m).orElseThrow();
    }

    @Test
    void theZipReadsAsItsFolderAndTheUploadedFitFilesToo() throws Exception {
        Path zip = fixture("built-connect-export.zip");
        ImportResult r = garmin(zip);
        ImportResult folder = garmin(fixture("built-connect-export"));
        for (String day : List.of("2024-03-01", "2024-03-02")) {
            assertEquals(folder.table().rows().stream().filter(x -> x.date().equals(LocalDate.parse(day))).toList(),
                    r.table().rows().stream().filter(x -> x.date().equals(LocalDate.parse(day))).toList(), day);
        }
        assertEquals(11035, value(r, "2024-03-02", DailyMeasure.STEPS), 1e-9, "the day in both UDS files counts once");
        assertEquals(82, value(r, "2017-06-11", DailyMeasure.STEPS), 1e-9, "the real fenix 5 walk inside the uploads zip");
        assertEquals(0.06785, value(r, "2017-06-11", DailyMeasure.DISTANCE_KM), 1e-9);
        List<String> skipped = r.firstSkipped().stream().map(Throwable::getMessage).toList();
        assertEquals(2, r.skipped(), skipped.toString());
        assertTrue(skipped.contains(zip + "!DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!"
                + "garmin-fenix-5-run.fit: session 1 is running: not a walk, skipped"), skipped.toString());
        assertTrue(skipped.stream().anyMatch(m -> m.startsWith(zip + "!" + UDS + ":") && m.contains("totalSteps")),
                skipped.toString());
    }

    @Test
    void theZipGivenWithItsUnzippedFolderCountsEachDayOnce() throws Exception {
        ImportResult zip = garmin(fixture("built-connect-export.zip"));
        ImportResult both = garmin(fixture("built-connect-export.zip"), fixture("built-connect-export"));
        assertEquals(zip.table().rows(), both.table().rows(), "every day, value and source as from the zip alone");
        assertEquals(11035, value(both, "2024-03-02", DailyMeasure.STEPS), 1e-9);
        assertTrue(both.duplicates() > zip.duplicates(), "the folder's days are counted as dropped duplicates");
    }

    @Test
    void theZipIsRecognisedByItsEntryNamesAndOtherZipsAreNot() throws Exception {
        assertEquals(ImportFormat.GARMIN, ExportDetection.formatOf(fixture("built-connect-export.zip")).orElseThrow());
        Path other = zip("notes.zip", "notes/readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertFalse(new GarminReader().recognises(other));
        Path notZip = Files.writeString(tmp.resolve("export_1.zip"), "not a zip at all");
        assertFalse(new GarminReader().recognises(notZip), "recognising never throws");
        Path original = zip("activity_1234.zip", "1234_ACTIVITY.fit", Files.readAllBytes(fixture("garmin-fenix-5-walk.fit")));
        assertEquals(ImportFormat.GARMIN, ExportDetection.formatOf(original).orElseThrow(), "Export Original: a zip of one FIT");
        assertEquals(82, value(garmin(original), "2017-06-11", DailyMeasure.STEPS), 1e-9);
    }

    @Test
    void aZipWithTheSameDayInTwoCopiesOfTheExportCountsItOnce() throws Exception {
        byte[] day = "[ {\"calendarDate\" : \"2024-05-01\", \"totalSteps\" : 6000, \"totalDistanceMeters\" : 4500} ]"
                .getBytes(StandardCharsets.UTF_8);
        Path zip = tmp.resolve("twice.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String top : List.of("", "copy/")) {
                out.putNextEntry(new ZipEntry(top + "DI_CONNECT/DI-Connect-Aggregator/UDSFile_2024-05-01_2024-08-09.json"));
                out.write(day);
                out.closeEntry();
            }
        }
        ImportResult r = garmin(zip);
        assertEquals(6000, value(r, "2024-05-01", DailyMeasure.STEPS), 1e-9);
        assertEquals(4.5, value(r, "2024-05-01", DailyMeasure.DISTANCE_KM), 1e-9);
    }

    @Test
    void notAZipOrACutShortZipNamesTheFile() throws Exception {
        Path notZip = Files.writeString(tmp.resolve("export_1.zip"), "not a zip at all");
        InputException e = assertThrows(InputException.class, () -> garmin(notZip));
        assertTrue(e.getMessage().startsWith(notZip + ": not a readable zip"), e.getMessage());
        byte[] whole = Files.readAllBytes(fixture("built-connect-export.zip"));
        Path cut = Files.write(tmp.resolve("cut_1.zip"), Arrays.copyOf(whole, whole.length / 2));
        InputException c = assertThrows(InputException.class, () -> garmin(cut));
        assertTrue(c.getMessage().startsWith(cut + ": not a readable zip"), c.getMessage());
        Path empty = zip("other.zip", "notes/readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        InputException none = assertThrows(InputException.class, () -> garmin(empty));
        assertTrue(none.getMessage().startsWith(empty + ": no Garmin Connect export files in the zip"), none.getMessage());
    }

    @Test
    void aDamagedEntryNamesTheZipAndTheEntry() throws Exception {
        byte[] json = ("[ {\"calendarDate\" : \"2024-05-01\", \"totalSteps\" : 6000} "
                + ", {\"calendarDate\" : \"2024-05-02\", \"totalSteps\" : 7000} ]").getBytes(StandardCharsets.UTF_8);
        Path zip = zip("damaged.zip", UDS, json);
        byte[] bytes = Files.readAllBytes(zip);
        int data = 30 + UDS.length(); // the local header (30 bytes) and the name, then the deflated data
        for (int i = data; i < data + 12; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(zip, bytes);
        InputException e = assertThrows(InputException.class, () -> garmin(zip));
        assertTrue(e.getMessage().startsWith(zip + "!" + UDS + ":"), e.getMessage());
    }

    @Test
    void aZipBombEntryIsRefusedNamingTheZipAndTheEntry() throws Exception {
        Path zip = tmp.resolve("bomb_1.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(UDS));
            out.write('[');
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 70; i++) { // 70 MiB of blanks: past the 64 MiB any entry may expand to, at ~1000:1
                out.write(blanks);
            }
            out.closeEntry();
        }
        InputException e = assertThrows(InputException.class, () -> garmin(zip));
        assertTrue(e.getMessage().startsWith(zip + "!" + UDS + ": expands to more than"), e.getMessage());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void progressCountsTheEntriesAsStoredUpToTheirTotal() throws Exception {
        Path zip = fixture("built-connect-export.zip");
        List<long[]> told = new java.util.ArrayList<>();
        PersonalImport.run(ImportFormat.GARMIN, List.of(zip), ImportOptions.defaults(), (done, total) -> told.add(new long[] {done, total}));
        long stored;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            stored = z.stream().mapToLong(ZipEntry::getCompressedSize).sum(); // every entry of the fixture is read
        }
        assertEquals(5, told.size(), "one report per entry read");
        for (int i = 1; i < told.size(); i++) {
            assertTrue(told.get(i)[0] > told.get(i - 1)[0]);
        }
        assertArrayEquals(new long[] {stored, stored}, told.get(told.size() - 1));
    }

    private Path zip(String name, String entry, byte[] content) throws Exception {
        Path zip = tmp.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return zip;
    }
}
