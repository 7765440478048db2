package org.walkstudy.analysis.personal.gpx;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/** Real GPX files (see README.md beside them): GPX 1.0, gzip, a byte-order mark, rides and runs, many files. */
class GpxFilesPeopleHaveTest {
    @TempDir
    Path tmp;

    Path real(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }

    static ImportResult run(List<Path> files, ImportOptions o) {
        return PersonalImport.run(ImportFormat.GPX, files, o, null);
    }

    static List<Walk> walks(Path file, SkippedRecords skipped) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return GpxWalks.read(in, file.toString(), skipped);
        }
    }

    @Test
    void gpx10FromGpsBabelIsRead() throws Exception {
        SkippedRecords skipped = SkippedRecords.strict(false);
        List<Walk> walks = walks(real("gpx10-gpsbabel-korita.gpx"), skipped);
        assertEquals(2, walks.size());
        assertEquals("2010-10-03T09:36:30Z", walks.get(0).start().toString());
        assertTrue(walks.get(1).distanceKm() > 3.9 && walks.get(1).distanceKm() < 4.0, walks.toString());
        assertEquals(2, skipped.count(), "an empty track and one without timestamps, named");
    }

    @Test
    void ridesAndRunsAreNotWalks() throws Exception {
        SkippedRecords skipped = SkippedRecords.strict(false);
        List<Walk> walks = walks(real("gpx10-gpsbabel-cerknicko.gpx"), skipped);
        assertEquals(3, skipped.count());
        assertTrue(skipped.first().get(1).getMessage().contains("track 3 moves at 20.3 km/h"), skipped.first().toString());
        assertTrue(skipped.first().get(2).getMessage().contains("track 5 moves at 26.5 km/h"), skipped.first().toString());
        assertTrue(walks.stream().allMatch(w -> w.movingMinutes() == 0 || w.distanceKm() / (w.movingMinutes() / 60) <= 10));
        SkippedRecords run = SkippedRecords.strict(false);
        assertEquals(List.of(), walks(real("gpx11-garmin-connect-run.gpx"), run));
        assertTrue(run.first().get(0).getMessage().contains("11.8 km/h"), run.first().toString());
        SkippedRecords ride = SkippedRecords.strict(false);
        assertEquals(List.of(), walks(real("gpx11-strava-extensions.gpx"), ride));
        Path typed = tmp.resolve("typed.gpx");
        Files.writeString(typed, "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" creator=\"t\"><trk><type>cycling</type>"
                + "<trkseg><trkpt lat=\"50\" lon=\"8\"><time>2024-01-01T10:00:00Z</time></trkpt>"
                + "<trkpt lat=\"50.001\" lon=\"8\"><time>2024-01-01T10:01:00Z</time></trkpt></trkseg></trk></gpx>");
        SkippedRecords typedSkip = SkippedRecords.strict(false);
        assertEquals(List.of(), walks(typed, typedSkip));
        assertTrue(typedSkip.first().get(0).getMessage().contains("of type 'cycling'"), typedSkip.first().toString());
    }

    @Test
    void gzippedAndByteOrderMarkedFilesReadTheSame() throws Exception {
        Path korita = real("gpx10-gpsbabel-korita.gpx");
        ImportResult plain = run(List.of(korita), ImportOptions.defaults());
        Path gz = tmp.resolve("korita.gpx.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(korita));
        }
        assertEquals(plain.table().rows(), run(List.of(gz), ImportOptions.defaults()).table().rows());
        Path bom = tmp.resolve("bom.gpx");
        byte[] body = Files.readAllBytes(korita);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        assertEquals(plain.table().rows(), run(List.of(bom), ImportOptions.defaults()).table().rows());
    }

    @Test
    void withManyFilesABadOneIsSkippedAndNamedUnlessStrict() throws Exception {
        Path korita = real("gpx10-gpsbabel-korita.gpx");
        Path broken = tmp.resolve("broken.gpx");
        String text = Files.readString(korita);
        Files.writeString(broken, text.substring(0, text.length() / 2));
        ImportResult r = run(List.of(korita, broken), ImportOptions.defaults());
        assertEquals(run(List.of(korita), ImportOptions.defaults()).table().rows(), r.table().rows());
        InputException bad = r.firstSkipped().stream().filter(e -> e.source().endsWith("broken.gpx")).findFirst().orElseThrow();
        assertTrue(bad.line() > 1, "the position where the file breaks: " + bad.getMessage());
        assertThrows(InputException.class, () -> run(List.of(korita, broken), ImportOptions.defaults().withStrict(true)));
        assertThrows(InputException.class, () -> run(List.of(broken), ImportOptions.defaults()), "one file alone still fails");
    }
}
