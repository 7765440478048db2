package org.walkstudy.analysis.personal.samsung;

import java.io.IOException;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportFuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the Samsung Health reader as one CSV file either import or fail with
 * {@code InputException}; anything else escaping is a bug. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/personal/samsung/SamsungHealthFuzzTestInputs/importSamsungHealth/.
 */
class SamsungHealthFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void importSamsungHealth(byte[] input) throws IOException {
        ImportFuzzing.importBytes(ImportFormat.SAMSUNG_HEALTH, input, ".csv");
    }
}
