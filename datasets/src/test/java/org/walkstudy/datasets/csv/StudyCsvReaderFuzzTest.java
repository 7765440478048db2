package org.walkstudy.datasets.csv;

import java.io.ByteArrayInputStream;

import org.walkstudy.core.input.InputException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the study-file reader either load or fail with {@link InputException}; anything else
 * escaping (a NumberFormatException, an IllegalArgumentException from a model constructor, ...) is a bug.
 * Without JAZZER_FUZZ this runs only the seeds and past crash inputs in
 * src/test/resources/org/walkstudy/datasets/csv/StudyCsvReaderFuzzTestInputs/readStudyFile/.
 */
class StudyCsvReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void readStudyFile(byte[] input) {
        try {
            StudyCsvReader.read("fuzz.csv", new ByteArrayInputStream(input));
        } catch (InputException expected) {
            // bad input reported the promised way
        }
    }
}
