package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `walkstudy import --from health-connect|samsung-health` end to end, on the analysis module's fixtures. */
class AndroidExportImportTest {
    @TempDir
    Path dir;

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Path f = dir.resolve(name);
            Files.copy(in, f);
            return f;
        }
    }

    private static String day(List<String> lines, String date) {
        return lines.stream().filter(l -> l.startsWith(date + ",")).findFirst().orElseThrow();
    }

    @Test
    void healthConnectExportZipBecomesAnOwnerOnlyDailyCsv() throws IOException {
        Path zip = copy("/org/walkstudy/analysis/personal/healthconnect/HealthConnectFuzzTestInputs/importHealthConnect/seed-export.zip",
                "Health Connect.zip");
        Path out = dir.resolve("daily.csv");
        CliRun r = CliRun.of("import", "--from", "health-connect", zip.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(out);
        assertTrue(day(lines, "2024-03-10").startsWith("2024-03-10,1700,0.851,30,10,"), day(lines, "2024-03-10"));
        assertTrue(day(lines, "2024-03-11").startsWith("2024-03-11,300,,,0,72.5,480,20,"), day(lines, "2024-03-11"));
        assertTrue(r.err().contains("skipped 3 bad record"), r.err());
        assertTrue(r.err().contains("health_connect_export.db steps_record_table:4 column 'start_time': ends before it starts"), r.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void samsungHealthFilesBecomeADailyCsv() throws IOException {
        List<String> args = new ArrayList<>(List.of("import", "--from", "samsung-health"));
        for (String f : List.of("com.samsung.health.device_profile", "com.samsung.shealth.tracker.pedometer_day_summary",
                "com.samsung.shealth.exercise", "com.samsung.shealth.sleep", "com.samsung.health.sleep_stage",
                "com.samsung.health.weight")) {
            String name = f + ".20240312101010.csv";
            args.add(copy("/personal/samsung-health/export/" + name, name).toString());
        }
        Path out = dir.resolve("daily.csv");
        args.addAll(List.of("--out", out.toString()));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(day(lines, "2024-03-10").startsWith("2024-03-10,6500,4.8,30,30,"), day(lines, "2024-03-10"));
        // The 11th: a 2-hour hike (walking minutes, not brisk; its 6 km count for its stretch, the phone's day
        // the rest), the night's stages (377 minutes asleep, 18 minutes' latency).
        assertTrue(day(lines, "2024-03-11").startsWith("2024-03-11,3000,8.063,120,0,72.5,377,18,"), day(lines, "2024-03-11"));
        assertTrue(r.err().contains("skipped 2 bad record"), r.err());
    }
}
