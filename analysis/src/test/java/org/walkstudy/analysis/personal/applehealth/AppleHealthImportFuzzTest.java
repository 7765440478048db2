package org.walkstudy.analysis.personal.applehealth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the Apple Health importer as a file (export.xml or export.zip: both paths, as the
 * importer chooses by the file's first bytes) either import or fail with {@link InputException}; anything
 * else escaping is a bug. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/personal/applehealth/AppleHealthImportFuzzTestInputs/importExport/.
 */
class AppleHealthImportFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void importExport(byte[] input) throws IOException {
        Path file = Files.createTempFile("export-fuzz", ".xml");
        try {
            Files.write(file, input);
            try {
                PersonalImport.run(ImportFormat.APPLE_HEALTH, List.of(file), ImportOptions.defaults(), null);
            } catch (InputException expected) {
                // bad input reported the promised way
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
