package org.walkstudy.analysis.personal.diary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the diary CSV importer either import or fail with {@link InputException}, in lenient
 * and in strict mode; anything else escaping is a bug. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/personal/diary/DiaryCsvFuzzTestInputs/importDiary/.
 */
class DiaryCsvFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void importDiary(byte[] input) throws IOException {
        Path file = Files.createTempFile("diary-fuzz", ".csv");
        try {
            Files.write(file, input);
            for (boolean strict : new boolean[] {false, true}) {
                try {
                    DiaryCsv.read(file, Map.of(), DailyLedger.empty(), SkippedRecords.strict(strict));
                } catch (InputException expected) {
                    // bad input reported the promised way
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
