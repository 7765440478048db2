package org.walkstudy.analysis.personal.applehealth;

import java.io.IOException;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportFuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the Apple Health importer as a file (export.xml or export.zip: both paths, as the
 * importer chooses by the file's first bytes) either import or fail with {@code InputException}; anything
 * else escaping is a bug. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/personal/applehealth/AppleHealthImportFuzzTestInputs/importExport/.
 */
class AppleHealthImportFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void importExport(byte[] input) throws IOException {
        ImportFuzzing.importBytes(ImportFormat.APPLE_HEALTH, input, ".xml");
    }
}
