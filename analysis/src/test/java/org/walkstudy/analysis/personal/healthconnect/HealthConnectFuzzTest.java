package org.walkstudy.analysis.personal.healthconnect;

import java.io.IOException;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportFuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the Health Connect reader (a zip, or a SQLite database: the seeds hold both, so the fuzzer
 * damages real database pages) either import or fail with {@code InputException}; a crash of the SQLite layer
 * or anything else escaping is a bug. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/personal/healthconnect/HealthConnectFuzzTestInputs/importHealthConnect/.
 */
class HealthConnectFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void importHealthConnect(byte[] input) throws IOException {
        ImportFuzzing.importBytes(ImportFormat.HEALTH_CONNECT, input, ".zip");
    }
}
