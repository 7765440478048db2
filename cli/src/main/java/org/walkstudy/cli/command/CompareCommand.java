package org.walkstudy.cli.command;

import static org.walkstudy.cli.format.ComparisonFormat.num;
import static org.walkstudy.cli.format.ComparisonFormat.pct;
import static org.walkstudy.cli.format.ComparisonFormat.signed;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.BlockBootstrap;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.DateRange;
import org.walkstudy.analysis.personal.compare.Interval;
import org.walkstudy.analysis.personal.compare.PersonalComparison;
import org.walkstudy.analysis.personal.compare.PersonalOutcome;
import org.walkstudy.analysis.personal.compare.PersonalProtocol;
import org.walkstudy.analysis.personal.compare.SyntheticPerson;
import org.walkstudy.analysis.personal.compare.WeeklyAdherence;
import org.walkstudy.cli.chart.ChartFormat;
import org.walkstudy.cli.chart.ChartWriter;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.chart.PersonalCharts;
import org.walkstudy.cli.chart.TrendChart;
import org.walkstudy.cli.format.Json;
import org.walkstudy.core.output.AtomicFile;
import org.walkstudy.core.output.AtomicFileBatch;
import org.walkstudy.datasets.Catalogue;
import org.walkstudy.cli.format.TextTable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy compare}: one person's daily data against a study's walking protocol. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare your daily data (from 'walkstudy import') with a walking protocol: weekly adherence, "
                + "dose, and how an outcome changed from a baseline. One person's data is not a trial."})
public final class CompareCommand implements Callable<Integer> {
    enum Format { TABLE, JSON }

    @Option(names = "--data", paramLabel = "daily.csv", description = "The daily CSV written by 'walkstudy import'.")
    Path data;

    @Option(names = "--example", description = "Use the bundled SYNTHETIC EXAMPLE person instead of --data.")
    boolean example;

    @Option(names = "--protocol", defaultValue = "walkback", paramLabel = "walkback|steps-10000|brisk-daily|article-30min",
            description = "Protocol to compare with (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--outcome", paramLabel = "weight|pain|sleep-latency|sleep-duration",
            description = "Outcome (default: the protocol's: pain for walkback and article-30min, sleep-latency for steps-10000, weight for brisk-daily).")
    String outcome;

    @Option(names = "--baseline", paramLabel = "FROM..TO", description = "Baseline dates (default: the first 28 days).")
    String baseline;

    @Option(names = "--period", paramLabel = "FROM..TO", description = "Period dates (default: after the baseline to the end).")
    String period;

    @Option(names = "--seed", defaultValue = "20240601", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--chart", paramLabel = "FILE.png|svg|pdf",
            description = "Write the trend chart to FILE and the forest plot (studies and you) to FILE-forest. "
                    + "With --example and no --chart: walkstudy-example/trend.png and forest.png.")
    Path chart;

    @Mixin
    Overwrite overwrite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (example == (data != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --data FILE or --example");
        }
        PersonalProtocol p;
        PersonalOutcome o;
        Optional<DateRange> base;
        Optional<DateRange> per;
        try {
            p = PersonalProtocol.byId(protocol);
            o = outcome == null ? p.defaultOutcome() : PersonalOutcome.byId(outcome);
            base = Optional.ofNullable(baseline).map(DateRange::parse);
            per = Optional.ofNullable(period).map(DateRange::parse);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        DailyTable table = example ? SyntheticPerson.bundled() : DailyTable.read(data);
        ComparisonReport r = PersonalComparison.compare(table, p, o, base, per, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.print(Json.write(json(r, example)));
        } else {
            out.print(text(r, example));
        }
        out.flush();
        Path trendFile = chart != null ? chart : example ? Path.of("walkstudy-example", "trend.png") : null;
        if (trendFile != null) {
            writeCharts(table, r, trendFile);
        }
        return 0;
    }

    /** The trend chart to {@code trendFile} and the forest plot beside it; the paths go to stderr. */
    private void writeCharts(DailyTable table, ComparisonReport r, Path trendFile) throws java.io.IOException {
        ChartFormat format = ChartFormat.of(trendFile);
        String name = trendFile.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        Path forestFile = trendFile.resolveSibling(stem.equals("trend") ? "forest" + name.substring(stem.length())
                : stem + "-forest" + name.substring(stem.length()));
        String who = example ? "SYNTHETIC EXAMPLE person" : "You";
        boolean replace = overwrite.force() || chart == null; // the example's own folder is rewritten on every run
        List<Path> inputs = data == null ? List.of() : List.of(data);
        Overwrite.check(trendFile, inputs, replace);
        Overwrite.check(forestFile, inputs, replace);
        Catalogue catalogue = Catalogue.bundled();
        byte[] trend = ChartWriter.encode(TrendChart.render(PersonalCharts.trend(table, r, who + ": "
                + r.protocol().id() + " protocol, daily dose")), format);
        byte[] forest = ChartWriter.encode(ForestPlot.render(PersonalCharts.forest(r, catalogue.load(
                catalogue.entries()), who + " (" + r.period() + " vs " + r.baseline() + ")", who + ": "
                + r.outcome().id() + " beside the studies")), format);
        // both charts or neither
        try (AtomicFileBatch batch = AtomicFileBatch.create(replace, AtomicFile.Access.READABLE_BY_ALL)) {
            batch.add(trendFile, trend);
            batch.add(forestFile, forest);
            batch.commit();
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IllegalArgumentException(e.getFile() + " exists: choose another name or add --force", e);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("wrote " + trendFile + " and " + forestFile + " (" + format.name().toLowerCase(Locale.ROOT) + ")");
        err.flush();
    }

    static String text(ComparisonReport r, boolean synthetic) {
        StringBuilder sb = new StringBuilder();
        if (synthetic) {
            sb.append("SYNTHETIC EXAMPLE: a generated person (").append(SyntheticPerson.RESOURCE.substring(
                    SyntheticPerson.RESOURCE.lastIndexOf('/') + 1)).append("), not real data.\n\n");
        }
        PersonalOutcome o = r.outcome();
        sb.append("Protocol  ").append(r.protocol().id()).append(": ").append(r.protocol().dose().description()).append('\n');
        sb.append("          source: ").append(r.protocol().source()).append('\n');
        sb.append("Outcome   ").append(o.id()).append(" (").append(o.measure().column()).append(", ").append(o.unit())
                .append("; ").append(o.lowerIsBetter() ? "lower" : "higher").append(" is better)\n");
        sb.append("Baseline  ").append(r.baseline()).append(": ").append(r.baselineDays()).append(" days, mean ")
                .append(num(r.baselineMean())).append('\n');
        sb.append("Period    ").append(r.period()).append(": ").append(r.periodDays()).append(" days, mean ")
                .append(num(r.periodMean())).append('\n');
        Interval d = r.meanDifference();
        sb.append("Change    ").append(signed(d.estimate())).append(' ').append(o.unit()).append(", 95% CI ")
                .append(signed(d.lower())).append(" to ").append(signed(d.upper()))
                .append(" (moving-block bootstrap: blocks of ").append(BlockBootstrap.blockLength(r.baselineDays())).append('/')
                .append(BlockBootstrap.blockLength(r.periodDays())).append(" days, ").append(r.resamples())
                .append(" resamples, seed ").append(r.seed()).append(")\n");
        Interval t = r.trendPerWeek();
        sb.append("Trend     ").append(signed(t.estimate())).append(' ').append(o.unit()).append(" per week over the period, 95% CI ")
                .append(signed(t.lower())).append(" to ").append(signed(t.upper())).append(" (Theil-Sen)\n");
        sb.append("Adherence ").append(pct(r.meanAdherence())).append(" of prescribed sessions on average");
        r.doseRatio().ifPresent(x -> sb.append("; dose achieved ").append(pct(x)).append(" of prescribed"));
        sb.append("\n\n");
        TextTable weeks = TextTable.withHeader("week from", "days with data", "sessions", "prescribed", "walk min", "mean steps", "adherence");
        for (WeeklyAdherence w : r.weeks()) {
            weeks.row(w.weekStart(), w.daysWithData(), w.sessions(), num(w.sessionsPrescribed()),
                    w.walkMinutes().isPresent() ? num(w.walkMinutes().getAsDouble()) : "",
                    w.meanSteps().isPresent() ? String.format(Locale.ROOT, "%.0f", w.meanSteps().getAsDouble()) : "",
                    pct(w.adherence()));
        }
        sb.append(weeks.render()).append('\n');
        for (String c : r.caveats()) {
            sb.append("Note: ").append(c).append('\n');
        }
        return sb.toString();
    }

    static Map<String, Object> json(ComparisonReport r, boolean synthetic) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("synthetic_example", synthetic);
        m.put("protocol", Map.of("id", r.protocol().id(), "description", r.protocol().dose().description(),
                "source", r.protocol().source()));
        m.put("outcome", Map.of("id", r.outcome().id(), "column", r.outcome().measure().column(), "unit", r.outcome().unit(),
                "lower_is_better", r.outcome().lowerIsBetter()));
        m.put("baseline", Map.of("from", r.baseline().from().toString(), "to", r.baseline().to().toString(),
                "days", r.baselineDays(), "mean", r.baselineMean()));
        m.put("period", Map.of("from", r.period().from().toString(), "to", r.period().to().toString(),
                "days", r.periodDays(), "mean", r.periodMean()));
        m.put("mean_difference", interval(r.meanDifference(), "moving-block bootstrap"));
        m.put("trend_per_week", interval(r.trendPerWeek(), "Theil-Sen"));
        m.put("bootstrap", Map.of("resamples", r.resamples(), "seed", r.seed(),
                "block_days_baseline", BlockBootstrap.blockLength(r.baselineDays()),
                "block_days_period", BlockBootstrap.blockLength(r.periodDays())));
        m.put("mean_adherence", r.meanAdherence());
        m.put("dose_ratio", r.doseRatio().isPresent() ? r.doseRatio().getAsDouble() : null);
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (WeeklyAdherence w : r.weeks()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("week_start", w.weekStart().toString());
            x.put("days_with_data", w.daysWithData());
            x.put("sessions", w.sessions());
            x.put("sessions_prescribed", w.sessionsPrescribed());
            x.put("walk_minutes", w.walkMinutes().isPresent() ? w.walkMinutes().getAsDouble() : null);
            x.put("mean_steps", w.meanSteps().isPresent() ? w.meanSteps().getAsDouble() : null);
            x.put("adherence", w.adherence());
            weeks.add(x);
        }
        m.put("weeks", weeks);
        m.put("caveats", r.caveats());
        return m;
    }

    private static Map<String, Object> interval(Interval i, String method) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimate", i.estimate());
        m.put("lower", i.lower());
        m.put("upper", i.upper());
        m.put("level", i.level());
        m.put("method", method);
        return m;
    }
}
