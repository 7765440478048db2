package org.walkstudy.analysis.personal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.core.input.InputException;

/** {@code --from auto} on a folder laid out as a person's downloads, built from the project's real sample files. */
class ExportDetectionTest {
    @TempDir
    Path tmp;

    private Path real(String resource) throws URISyntaxException {
        return Path.of(getClass().getResource(resource).toURI());
    }

    private Path copy(String resource, Path to) throws IOException, URISyntaxException {
        Files.createDirectories(to.getParent());
        return Files.copy(real(resource), to);
    }

    /** A Downloads folder: an Apple export, a Takeout with Google Fit inside, GPX (one gzipped), a diary, notes. */
    private Path downloads() throws IOException, URISyntaxException {
        Path d = tmp.resolve("Downloads");
        copy("applehealth/export6s3sample.xml", d.resolve("apple_health_export/export.xml"));
        copy("googlefit/real-Daily-activity-metrics.csv", d.resolve("Takeout/Fit/Daily activity metrics/Daily activity metrics.csv"));
        copy("gpx/gpx10-gpsbabel-korita.gpx", d.resolve("tracks/korita.gpx"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(d.resolve("tracks/cerknicko.gpx.gz")))) {
            Files.copy(real("gpx/gpx10-gpsbabel-cerknicko.gpx"), gz);
        }
        copy("diary/synthetic-diary-lb-mi.csv", d.resolve("my diary.csv"));
        Files.writeString(d.resolve("notes.txt"), "walk more\n");
        Files.writeString(d.resolve("Takeout/archive_browser.html"), "<html></html>\n");
        return d;
    }

    @Test
    void aFolderIsSearchedAndEachFileTakesTheFormatItsContentShows() throws Exception {
        Path d = downloads();
        ExportDetection.Found found = ExportDetection.detect(List.of(d));
        Map<String, ImportFormat> byName = found.inputs().stream()
                .collect(Collectors.toMap(i -> d.relativize(i.path()).toString(), DetectedInput::format));
        assertEquals(Map.of("apple_health_export/export.xml", ImportFormat.APPLE_HEALTH,
                "Takeout/Fit/Daily activity metrics/Daily activity metrics.csv", ImportFormat.GOOGLE_FIT,
                "tracks/korita.gpx", ImportFormat.GPX, "tracks/cerknicko.gpx.gz", ImportFormat.GPX,
                "my diary.csv", ImportFormat.CSV), byName);
        assertEquals(2, found.notUsed().size(), found.notUsed().toString());
        assertTrue(found.notUsed().stream().anyMatch(n -> n.contains("notes.txt") && n.contains("not a format walkstudy reads")));
    }

    @Test
    void autoGivesTheSameDaysAsNamingEachFormat() throws Exception {
        Path d = downloads();
        ExportDetection.Found found = ExportDetection.detect(List.of(d));
        DailyTable auto = PersonalImport.run(found.inputs(), found.notUsed(), ImportOptions.defaults(), null).table();
        List<DetectedInput> named = List.of(
                new DetectedInput(d.resolve("apple_health_export/export.xml"), ImportFormat.APPLE_HEALTH),
                new DetectedInput(d.resolve("Takeout/Fit/Daily activity metrics/Daily activity metrics.csv"), ImportFormat.GOOGLE_FIT),
                new DetectedInput(d.resolve("tracks/korita.gpx"), ImportFormat.GPX),
                new DetectedInput(d.resolve("tracks/cerknicko.gpx.gz"), ImportFormat.GPX),
                new DetectedInput(d.resolve("my diary.csv"), ImportFormat.CSV));
        ImportResult byHand = PersonalImport.run(named, List.of(), ImportOptions.defaults(), null);
        assertEquals(byHand.table().rows(), auto.rows());
        assertTrue(auto.size() > 100, "the real Google Fit file alone has months of days: " + auto.size());
    }

    @Test
    void aFileGivenByNameThatNoReaderRecognisesIsAnErrorNamingIt() throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "walk more\n");
        InputException e = assertThrows(InputException.class, () -> ExportDetection.detect(List.of(notes)));
        assertTrue(e.getMessage().startsWith(notes + ": not a supported format"), e.getMessage());
        assertTrue(e.getMessage().contains("--from"), e.getMessage());
    }

    @Test
    void aFolderWithNothingReadableIsAnErrorAndADeviceIsRefused() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(empty.resolve("a.txt"), "x");
        InputException e = assertThrows(InputException.class, () -> ExportDetection.detect(List.of(empty)));
        assertTrue(e.getMessage().contains("no file in this folder"), e.getMessage());
        InputException dev = assertThrows(InputException.class, () -> ExportDetection.detect(List.of(Path.of("/dev/zero"))));
        assertTrue(dev.getMessage().contains("not a regular file"), dev.getMessage());
        InputException missing = assertThrows(InputException.class, () -> ExportDetection.detect(List.of(tmp.resolve("nope.zip"))));
        assertTrue(missing.getMessage().endsWith("file not found"), missing.getMessage());
    }

    @Test
    void aCsvWithoutADateColumnIsNotTakenForADiary() throws IOException {
        Path f = Files.writeString(tmp.resolve("steps.csv"), "when,steps\n2024-01-01,100\n");
        assertTrue(ExportDetection.formatOf(f).isEmpty());
        Path diary = Files.writeString(tmp.resolve("diary.csv"), "\uFEFFDate,Steps\n2024-01-01,100\n");
        assertEquals(ImportFormat.CSV, ExportDetection.formatOf(diary).orElseThrow());
    }

    @Test
    void aTakeoutWithFitbitBesideGoogleFitIsSearchedSoBothAreFound() throws Exception {
        Path downloads = tmp.resolve("Downloads");
        Path fitbit = Path.of(getClass().getResource("/personal/fitbit/takeout/Takeout/Fitbit").toURI());
        copyTree(fitbit, downloads.resolve("Takeout/Fitbit"));
        copy("googlefit/real-Daily-activity-metrics.csv", downloads.resolve("Takeout/Fit/Daily activity metrics/Daily activity metrics.csv"));
        ExportDetection.Found found = ExportDetection.detect(List.of(downloads));
        assertEquals(List.of(new DetectedInput(downloads.resolve("Takeout/Fit/Daily activity metrics/Daily activity metrics.csv"),
                ImportFormat.GOOGLE_FIT), new DetectedInput(downloads.resolve("Takeout/Fitbit"), ImportFormat.FITBIT)),
                found.inputs(), "the Fitbit folder whole (its profile gives the zone), Google Fit beside it");
        // The Fitbit export alone is still read whole, from its top folder.
        assertEquals(ImportFormat.FITBIT, ExportDetection.formatOf(downloads.resolve("Takeout/Fitbit")).orElseThrow());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void aFileGivenAsAFormatItPlainlyIsNotIsRefusedNamingWhatItIs() throws Exception {
        Path tcx = Path.of(getClass().getResource("/personal/tcx/built-google-fit-walk-doctype.tcx").toURI());
        InputException e = assertThrows(InputException.class,
                () -> PersonalImport.run(ImportFormat.GPX, List.of(tcx), ImportOptions.defaults(), null));
        assertEquals(tcx + ": this is tcx data, not gpx: use --from tcx, or leave --from out so each file is recognised",
                e.getMessage());
        Path diary = Files.writeString(tmp.resolve("d.csv"), "date,steps\n2024-01-01,100\n");
        assertEquals(1, PersonalImport.run(ImportFormat.CSV, List.of(diary), ImportOptions.defaults(), null).table().size(),
                "a file its format recognises is read as given");
    }
}
