package org.walkstudy.cli.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A shaded period of a personal chart, both ends inclusive.
 *
 * @param label e.g. "Baseline", "Period"
 * @param from  first day
 * @param to    last day
 */
public record ShadedPeriod(String label, LocalDate from, LocalDate to) {
    public ShadedPeriod {
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period " + label + " ends before it starts");
        }
    }
}
