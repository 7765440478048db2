package org.walkstudy.analysis.personal.garmin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportFuzzing;
import org.walkstudy.analysis.personal.ImportOptions;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the Garmin importer as a Garmin Connect export file either import or fail with
 * {@code InputException}; anything else escaping is a bug. The first byte picks the file's name (a daily
 * summary, a sleep file, a biometrics file, or the export zip), so the reader takes it as that file; the rest is
 * its content. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/personal/garmin/GarminConnectImportFuzzTestInputs/importGarminConnect/.
 */
class GarminConnectImportFuzzTest {
    private static final String[] NAMES = {"UDSFile_2024-03-01_2024-06-09.json", "2024-03-01_2024-06-09_1_sleepData.json",
        "123456_userBioMetrics.json", "0a1b2c3d_1.zip"};

    @FuzzTest(maxDuration = "30s")
    void importGarminConnect(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path dir = Files.createTempDirectory("garmin-connect-fuzz");
        Path file = dir.resolve(NAMES[(input[0] & 0xFF) % NAMES.length]);
        try {
            Files.write(file, Arrays.copyOfRange(input, 1, input.length));
            ImportFuzzing.importQuietly(ImportFormat.GARMIN, List.of(file), ImportOptions.defaults());
        } finally {
            ImportFuzzing.deleteTree(dir);
        }
    }
}
