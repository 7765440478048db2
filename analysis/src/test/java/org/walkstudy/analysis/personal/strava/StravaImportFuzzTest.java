package org.walkstudy.analysis.personal.strava;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportFuzzing;
import org.walkstudy.analysis.personal.ImportOptions;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as a Strava export's {@code activities.csv} either import or fail with {@code InputException};
 * anything else escaping is a bug. The folder also holds the built fixture's activity files (GPX, TCX and FIT,
 * plain and gzip-compressed), so rows naming them are read through the activity readers as in a real export.
 * Seeds and past crash inputs: src/test/resources/org/walkstudy/analysis/personal/strava/StravaImportFuzzTestInputs/importStrava/.
 */
class StravaImportFuzzTest {
    /** One export folder for the whole run: its activity files are copied once, its activities.csv each time. */
    private static Path export;

    @FuzzTest(maxDuration = "30s")
    void importStrava(byte[] input) throws IOException {
        Path folder = export();
        Files.write(folder.resolve("activities.csv"), input);
        ImportFuzzing.importQuietly(ImportFormat.STRAVA, List.of(folder), ImportOptions.defaults());
    }

    private static synchronized Path export() throws IOException {
        if (export == null) {
            Path dir = Files.createTempDirectory("strava-fuzz");
            dir.toFile().deleteOnExit();
            Files.createFile(dir.resolve("activities.csv")).toFile().deleteOnExit();
            Path activities = Files.createDirectory(dir.resolve("activities"));
            activities.toFile().deleteOnExit(); // files after it, so they go first (deleteOnExit runs in reverse)
            Path fixture;
            try {
                fixture = Path.of(StravaImportFuzzTest.class.getResource("/personal/strava/built-export/activities").toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            try (Stream<Path> files = Files.list(fixture)) {
                files.forEach(f -> copy(f, activities.resolve(f.getFileName().toString())));
            }
            export = dir;
        }
        return export;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            to.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
