package org.walkstudy.analysis.personal.tcx;

import java.io.IOException;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportFuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the TCX importer either import or fail with {@code InputException}; anything else
 * escaping is a bug. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/personal/tcx/TcxImportFuzzTestInputs/importTcx/.
 */
class TcxImportFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void importTcx(byte[] input) throws IOException {
        ImportFuzzing.importBytes(ImportFormat.TCX, input, ".tcx");
    }
}
