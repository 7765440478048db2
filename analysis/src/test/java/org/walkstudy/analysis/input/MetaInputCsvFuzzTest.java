package org.walkstudy.analysis.input;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.core.input.InputException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given to the metafor-column CSV reader, for any measure, either loads or fails with
 * {@link InputException}; anything else escaping is a bug. Seeds and past crash inputs:
 * src/test/resources/org/walkstudy/analysis/input/MetaInputCsvFuzzTestInputs/readMetaCsv/.
 */
class MetaInputCsvFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void readMetaCsv(FuzzedDataProvider data) {
        EffectMeasure measure = data.pickValue(EffectMeasure.values());
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        try {
            MetaInputCsv.parse("fuzz.csv", text, measure, List.of(), null);
        } catch (InputException expected) {
            // bad input reported the promised way
        }
    }
}
