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
 * Any bytes as a newer-Takeout {@code Physical Activity_GoogleData} CSV (the first byte picks steps or distance),
 * beside a JSON steps file of one of its days, either import or fail with {@code InputException}. Seeds:
 * src/test/resources/org/walkstudy/analysis/personal/fitbit/FitbitCsvFuzzTestInputs/importFitbitCsv/.
 */
class FitbitCsvFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void importFitbitCsv(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path dir = Files.createTempDirectory("fitbit-csv-fuzz");
        try {
            Path folder = Files.createDirectories(dir.resolve(FitbitFile.CSV_FOLDER));
            String name = (input[0] & 1) == 0 ? "steps_2024-03-01.csv" : "distance_2024-03-01.csv";
            Files.write(folder.resolve(name), Arrays.copyOfRange(input, 1, input.length));
            Files.writeString(dir.resolve("steps-2024-03-10.json"), "[{\"dateTime\":\"03/10/24 07:00:00\",\"value\":\"100\"}]");
            ImportFuzzing.importQuietly(ImportFormat.FITBIT, List.of(dir), ImportOptions.defaults().withZone(ZoneId.of("Europe/Berlin")));
        } finally {
            ImportFuzzing.deleteTree(dir);
        }
    }
}
