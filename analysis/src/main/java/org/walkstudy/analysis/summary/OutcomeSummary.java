package org.walkstudy.analysis.summary;

import java.util.List;

import org.walkstudy.core.outcome.OutcomeDomain;

/** The summary of one outcome domain: its rows and, where primary studies could be pooled, the pools. */
public record OutcomeSummary(OutcomeDomain domain, List<SummaryRow> rows, List<PooledResult> pools) {
    public OutcomeSummary {
        rows = List.copyOf(rows);
        pools = List.copyOf(pools);
    }
}
