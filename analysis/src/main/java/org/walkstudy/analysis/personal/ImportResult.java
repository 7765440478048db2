package org.walkstudy.analysis.personal;

import java.util.List;

import org.walkstudy.core.input.InputException;

/**
 * What an import produced: the daily table, how many records were used, how many skipped (first few named),
 * how many exact duplicate records were dropped, what else was left out and why (one line each), each input
 * with its format and records used, and what an automatic search found but did not use.
 */
public record ImportResult(DailyTable table, long recordsUsed, long skipped, List<InputException> firstSkipped,
        long duplicates, List<String> dropped, List<InputUse> inputs, List<String> notUsed) {
    /** One input, the format it was read as, and how many of its records were used. */
    public record InputUse(DetectedInput input, long recordsUsed) {
    }


    public ImportResult {
        if (table == null) {
            throw new IllegalArgumentException("table must be given");
        }
        if (recordsUsed < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        firstSkipped = firstSkipped == null ? List.of() : List.copyOf(firstSkipped);
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        notUsed = notUsed == null ? List.of() : List.copyOf(notUsed);
        if (duplicates < 0) {
            throw new IllegalArgumentException("duplicates must be >= 0");
        }
    }
}
