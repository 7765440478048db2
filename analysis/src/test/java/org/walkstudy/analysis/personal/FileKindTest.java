package org.walkstudy.analysis.personal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.core.input.InputException;

class FileKindTest {
    @TempDir
    Path tmp;

    private InputException refused(ImportFormat format, Path file) {
        return assertThrows(InputException.class, () -> PersonalImport.run(format, List.of(file), ImportOptions.defaults(), null));
    }

    @Test
    void formatsWalkstudyDoesNotReadAreNamedWithWhatItReads() throws IOException {
        Path tcx = tmp.resolve("walk.tcx");
        Files.writeString(tcx, "<?xml version=\"1.0\"?>\n<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/"
                + "TrainingCenterDatabase/v2\"><Activities/></TrainingCenterDatabase>\n");
        Path json = tmp.resolve("activities.json");
        Files.writeString(json, "[{\"dateTime\":\"01/01/24 00:00:00\",\"value\":\"0\"}]");
        Path hae = tmp.resolve("HealthAutoExport.json");
        Files.writeString(hae, "{\"data\":{\"metrics\":[{\"name\":\"step_count\",\"units\":\"count\",\"data\":[]}]}}");
        Path folder = Files.createDirectory(tmp.resolve("apple_health_export"));
        assertEquals(java.util.Optional.empty(), FileKind.unsupported(tcx), "TCX is read (--from tcx)");
        for (Object[] c : new Object[][] {{ImportFormat.CSV, json, "JSON"},
                {ImportFormat.APPLE_HEALTH, hae, "Health Auto Export JSON"},
                {ImportFormat.APPLE_HEALTH, folder, "a folder"}}) {
            InputException e = refused((ImportFormat) c[0], (Path) c[1]);
            assertTrue(e.getMessage().contains("not a supported format: " + c[2]), e.getMessage());
            assertTrue(e.getMessage().contains("(supported: Apple Health export.zip"), e.getMessage());
        }
    }

    @Test
    void aFitbitExportFolderOrFileIsSupported() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("Takeout/Fitbit/Global Export Data"));
        Path steps = data.resolve("steps-2024-01-01.json");
        Files.writeString(steps, "[{\"dateTime\":\"01/01/24 00:00:00\",\"value\":\"0\"}]");
        assertTrue(FileKind.unsupported(steps).isEmpty());
        assertTrue(FileKind.unsupported(tmp.resolve("Takeout")).isEmpty());
        assertTrue(FileKind.SUPPORTED.contains("Fitbit export"));
    }
}
