package org.walkstudy.analysis.personal.garmin;

import java.io.IOException;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportFuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the FIT importer either import or fail with {@code InputException}; anything else
 * escaping (from walkstudy or from Garmin's SDK) is a bug. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/personal/garmin/FitImportFuzzTestInputs/importFit/.
 */
class FitImportFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void importFit(byte[] input) throws IOException {
        ImportFuzzing.importBytes(ImportFormat.GARMIN, input, ".fit");
    }
}
