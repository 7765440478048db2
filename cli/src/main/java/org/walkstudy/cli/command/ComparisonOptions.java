package org.walkstudy.cli.command;

import java.util.Optional;

import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.DateRange;
import org.walkstudy.analysis.personal.compare.PersonalComparison;
import org.walkstudy.analysis.personal.compare.PersonalOutcome;
import org.walkstudy.analysis.personal.compare.PersonalProtocol;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The comparison options shared by {@code walkstudy compare} and {@code walkstudy report}, so both give the same numbers. */
public final class ComparisonOptions {
    @Option(names = "--protocol", defaultValue = "walkback", paramLabel = "walkback|steps-10000|brisk-daily|article-30min",
            description = "Protocol to compare with (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--outcome", paramLabel = "weight|pain|sleep-latency|sleep-duration",
            description = "Outcome (default: the protocol's: pain for walkback and article-30min, sleep-latency for "
                    + "steps-10000, weight for brisk-daily).")
    String outcome;

    @Option(names = "--baseline", paramLabel = "FROM..TO",
            description = "Baseline dates (default: the first 28 days, or the first third of a shorter history).")
    String baseline;

    @Option(names = "--period", paramLabel = "FROM..TO",
            description = "Period dates (default: after the baseline to the end of the data, at most the protocol's length).")
    String period;

    /** The options checked and parsed: protocol, outcome and the two ranges (empty for the defaults). */
    record Choice(PersonalProtocol protocol, PersonalOutcome outcome, Optional<DateRange> baseline, Optional<DateRange> period) {
        ComparisonReport compare(DailyTable table, long seed) {
            return PersonalComparison.compare(table, protocol, outcome, baseline, period, seed);
        }
    }

    /** The checked options; a bad value is a usage error of {@code spec}'s command (exit 2), found before any file is read. */
    Choice choice(CommandSpec spec) {
        try {
            PersonalProtocol p = PersonalProtocol.byId(protocol);
            return new Choice(p, outcome == null ? p.defaultOutcome() : PersonalOutcome.byId(outcome),
                    Optional.ofNullable(baseline).map(DateRange::parse), Optional.ofNullable(period).map(DateRange::parse));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
