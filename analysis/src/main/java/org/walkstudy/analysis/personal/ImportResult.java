package org.walkstudy.analysis.personal;

import java.util.List;

import org.walkstudy.core.input.InputException;

/**
 * What an import produced: the daily table, how many records were used, how many skipped (first few named),
 * how many exact duplicate records were dropped, and what else was left out and why (one line each).
 */
public record ImportResult(DailyTable table, long recordsUsed, long skipped, List<InputException> firstSkipped,
        long duplicates, List<String> dropped) {
    public ImportResult {
        if (table == null) {
            throw new IllegalArgumentException("table must be given");
        }
        if (recordsUsed < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        firstSkipped = firstSkipped == null ? List.of() : List.copyOf(firstSkipped);
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
        if (duplicates < 0) {
            throw new IllegalArgumentException("duplicates must be >= 0");
        }
    }
}
