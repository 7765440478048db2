package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `walkstudy import` of the Garmin Connect export zip end to end (`--from garmin` and found by `--from auto`). */
class GarminConnectExportImportTest {
    @TempDir
    Path dir;

    private Path exportZip() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/personal/garmin/built-connect-export.zip")) {
            assertNotNull(in);
            Path f = dir.resolve("0a1b2c3d_1.zip");
            Files.copy(in, f);
            return f;
        }
    }

    @Test
    void theExportZipBecomesAnOwnerOnlyDailyCsvWithOrWithoutFrom() throws IOException {
        Path zip = exportZip();
        for (List<String> from : List.of(List.of("--from", "garmin"), List.<String>of())) {
            Path out = dir.resolve("daily" + from.size() + ".csv");
            String[] args = java.util.stream.Stream.of(List.of("import"), from, List.of(zip.toString(), "--out", out.toString()))
                    .flatMap(List::stream).toArray(String[]::new);
            CliRun r = CliRun.of(args);
            assertEquals(0, r.status(), r.err());
            assertEquals("", r.out());
            assertEquals(List.of("date,steps,distance_km,walk_minutes,brisk_minutes,weight_kg,sleep_minutes,sleep_latency_min,"
                    + "pain_0_10,back_pain,sources",
                    "2017-06-11,82,0.068,0.767,0.6,,,,,,Garmin fenix5",
                    "2024-03-01,8412,6.31,,30,81.3,,,,,Garmin Connect",
                    "2024-03-02,11035,8.402,,41,,438,,,,Garmin Connect"), Files.readAllLines(out));
            assertTrue(r.err().contains("skipped 2 bad record"), r.err());
            assertTrue(r.err().contains(zip + "!DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!"
                    + "garmin-fenix-5-run.fit: session 1 is running"), r.err());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
    }

    @Test
    void aFileNamedZipThatIsNotOneIsOneLineAndExit1() throws IOException {
        Path bad = Files.writeString(dir.resolve("export_1.zip"), "not a zip");
        CliRun r = CliRun.of("import", "--from", "garmin", bad.toString(), "--out", dir.resolve("d.csv").toString());
        assertEquals(1, r.status());
        assertEquals("walkstudy: " + bad + ": not a readable zip (not a zip, or cut short): zip END header not found\n", r.err());
        assertFalse(Files.exists(dir.resolve("d.csv")));
    }
}
