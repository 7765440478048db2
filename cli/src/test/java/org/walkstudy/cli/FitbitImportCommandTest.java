package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `import --from fitbit` end to end on a Takeout zip (built here from the format's description, not a real export). */
class FitbitImportCommandTest {
    @TempDir
    Path dir;

    private Path takeout(boolean profile) throws IOException {
        Path zip = dir.resolve(profile ? "takeout.zip" : "takeout-no-profile.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            String data = "Takeout/Fitbit/Global Export Data/";
            put(out, data + "steps-2024-03-30.json", "[{\n  \"dateTime\" : \"03/30/24 08:01:00\",\n  \"value\" : \"95\"\n},{\n"
                    + "  \"dateTime\" : \"03/30/24 08:02:00\",\n  \"value\" : \"ten\"\n}]");
            put(out, data + "very_active_minutes-2024-03-30.json", "[{\"dateTime\" : \"03/30/24 00:00:00\", \"value\" : \"12\"}]");
            put(out, data + "moderately_active_minutes-2024-03-30.json", "[{\"dateTime\" : \"03/30/24 00:00:00\", \"value\" : \"9\"}]");
            if (profile) {
                put(out, "Takeout/Fitbit/Your Profile/Profile.csv", "id,timezone,weight_unit\nX,Europe/Berlin,METRIC\n");
            }
        }
        return zip;
    }

    private static void put(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void takeoutZipImportsWithTheProfilesZoneAndNamesTheBadRecord() throws IOException {
        Path out = dir.resolve("daily.csv");
        CliRun r = CliRun.of("import", "--from", "fitbit", takeout(true).toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("2024-03-30,95,,,21,,,,,,Fitbit; Fitbit (active minutes)", lines.get(lines.size() - 1), lines.toString());
        assertTrue(r.err().contains("steps-2024-03-30.json:4 column 'value'"), r.err());
    }

    @Test
    void withoutAZoneTheImportSaysWhatToPass() throws IOException {
        CliRun r = CliRun.of("import", "--from", "fitbit", takeout(false).toString(), "--out", dir.resolve("d.csv").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("pass --tz ZONE"), r.err());
        assertFalse(Files.exists(dir.resolve("d.csv")));
        CliRun withTz = CliRun.of("import", "--from", "fitbit", takeout(false).toString(), "--tz", "Europe/Berlin", "--out",
                dir.resolve("d.csv").toString());
        assertEquals(0, withTz.status(), withTz.err());
    }
}
