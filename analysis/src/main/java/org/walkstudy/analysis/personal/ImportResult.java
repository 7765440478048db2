package org.walkstudy.analysis.personal;

import java.util.List;

import org.walkstudy.core.input.InputException;

/** What an import produced: the daily table, how many records were used, how many skipped (first few named). */
public record ImportResult(DailyTable table, long recordsUsed, long skipped, List<InputException> firstSkipped) {
    public ImportResult {
        if (table == null) {
            throw new IllegalArgumentException("table must be given");
        }
        if (recordsUsed < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        firstSkipped = firstSkipped == null ? List.of() : List.copyOf(firstSkipped);
    }
}
