package org.walkstudy.analysis.personal.fitbit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportFuzzing;
import org.walkstudy.analysis.personal.ImportOptions;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the Fitbit importer as one export file either import or fail with {@code InputException};
 * anything else escaping is a bug. The first byte picks the file's kind (steps, distance, active minutes, sleep,
 * weight, or Profile.csv beside a steps file), so every parser is reached; the zone is one with DST. Seeds and
 * past crash inputs: src/test/resources/org/walkstudy/analysis/personal/fitbit/FitbitImportFuzzTestInputs/importFitbit/.
 */
class FitbitImportFuzzTest {
    private static final String[] NAMES = {"steps-2024-03-30.json", "distance-2024-03-30.json",
        "very_active_minutes-2024-03-30.json", "moderately_active_minutes-2024-03-30.json", "sleep-2024-03-30.json",
        "weight-2024-03-30.json", "Profile.csv"};

    @FuzzTest(maxDuration = "30s")
    void importFitbit(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path dir = Files.createTempDirectory("fitbit-fuzz");
        try {
            String name = NAMES[(input[0] & 0xFF) % NAMES.length];
            Files.write(dir.resolve(name), Arrays.copyOfRange(input, 1, input.length));
            ImportOptions options = ImportOptions.defaults().withZone(ZoneId.of("Europe/Berlin"));
            if (name.equals("Profile.csv")) {
                Files.writeString(dir.resolve("weight-2024-03-30.json"),
                        "[{\"weight\":72.5,\"date\":\"03/31/24\",\"time\":\"02:30:00\"}]");
                options = ImportOptions.defaults();
            }
            ImportFuzzing.importQuietly(ImportFormat.FITBIT, List.of(dir), options);
        } finally {
            ImportFuzzing.deleteTree(dir);
        }
    }
}
