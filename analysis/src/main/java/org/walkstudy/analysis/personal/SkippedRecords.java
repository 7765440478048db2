package org.walkstudy.analysis.personal;

import java.util.ArrayList;
import java.util.List;

import org.walkstudy.core.input.InputException;

/**
 * Bad records met during one import: skipped and counted, the first few kept with their position for the
 * summary; in strict mode the first one is thrown instead. Mutable by design: readers feed it as they go.
 */
public final class SkippedRecords {
    /** How many problems the summary names; the rest are only counted. */
    public static final int KEPT = 5;
    private final boolean strict;
    private final List<InputException> first = new ArrayList<>();
    private long count;

    private SkippedRecords(boolean strict) {
        this.strict = strict;
    }

    public static SkippedRecords strict(boolean strict) {
        return new SkippedRecords(strict);
    }

    /** Skips the record the problem describes, or throws it in strict mode. */
    public void skip(InputException problem) {
        if (strict) {
            throw problem;
        }
        count++;
        if (first.size() < KEPT) {
            first.add(problem);
        }
    }

    /**
     * Skips a record whose problem is built only when it is kept or thrown: past the first few, a reader that
     * meets many bad records (an export with a year of records dated in the future) pays only for the count.
     */
    public void skip(java.util.function.Supplier<InputException> problem) {
        if (strict || first.size() < KEPT) {
            skip(problem.get());
        } else {
            count++;
        }
    }

    /**
     * Takes over the records another collector skipped in a later part of the same file, whose line numbers
     * start {@code lineOffset} lines further down.
     */
    public void addAll(SkippedRecords part, long lineOffset) {
        if (part == null || part == this || lineOffset < 0) {
            throw new IllegalArgumentException("another collector and a line offset >= 0 must be given");
        }
        for (InputException e : part.first) {
            if (first.size() < KEPT) {
                first.add(e.line() > 0 ? InputException.atCell(e.source(), e.line() + lineOffset, e.column().orElse(null),
                        e.problem(), e.getCause()) : e);
            }
        }
        count += part.count;
    }

    public long count() {
        return count;
    }

    public List<InputException> first() {
        return List.copyOf(first);
    }
}
