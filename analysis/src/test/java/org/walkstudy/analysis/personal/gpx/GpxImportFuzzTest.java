package org.walkstudy.analysis.personal.gpx;

import java.io.IOException;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportFuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the GPX importer either import or fail with {@code InputException}; anything else
 * escaping is a bug. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/personal/gpx/GpxImportFuzzTestInputs/importGpx/.
 */
class GpxImportFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void importGpx(byte[] input) throws IOException {
        ImportFuzzing.importBytes(ImportFormat.GPX, input, ".gpx");
    }
}
