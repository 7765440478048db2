package org.walkstudy.cli.command;

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
import org.walkstudy.analysis.personal.compare.Ramp;
import org.walkstudy.analysis.personal.compare.SyntheticPerson;
import org.walkstudy.analysis.personal.compare.WeeklyAdherence;
import org.walkstudy.cli.chart.ChartFormat;
import org.walkstudy.cli.chart.ChartWriter;
import org.walkstudy.cli.chart.ForestPlot;
import org.walkstudy.cli.chart.PersonalCharts;
import org.walkstudy.cli.chart.PersonalDashboard;
import org.walkstudy.cli.format.ComparisonFormat;
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

    @Mixin
    ComparisonOptions comparison;

    @Option(names = "--seed", defaultValue = "20240601", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--chart", paramLabel = "FILE.png|svg|pdf",
            description = "Write your chart (walking, the WHO line, data coverage, the outcome, your own change) to FILE "
                    + "and the published results' forest plot to FILE-forest, both readable only by you. "
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
        ComparisonOptions.Choice choice = comparison.choice(spec); // a typo is a usage error before any file is read
        DailyTable table = example ? SyntheticPerson.bundled() : DailyTable.read(data);
        ComparisonReport r = choice.compare(table, seed);
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

    /** The person's chart to {@code trendFile} and, when there are published results, the forest plot beside it; owner-only. */
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
        byte[] trend = ChartWriter.encode(PersonalDashboard.render(PersonalCharts.dashboard(table, r, who + ": "
                + r.protocol().id() + " protocol")), format);
        Catalogue catalogue = Catalogue.bundled();
        Optional<ForestPlot.Input> forest = PersonalCharts.forest(r, catalogue.load(catalogue.entries()), trendFile.getFileName()
                .toString(), "Published " + r.outcome().id() + " results (between-group effects)");
        // Both charts or neither. The forest holds no personal data, but sits beside the person's chart and names
        // it: owner-only as well.
        try (AtomicFileBatch batch = AtomicFileBatch.create(replace, AtomicFile.Access.OWNER_ONLY)) {
            batch.add(trendFile, trend);
            if (forest.isPresent()) {
                batch.add(forestFile, ChartWriter.encode(ForestPlot.render(forest.get()), format));
            }
            batch.commit();
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IllegalArgumentException(e.getFile() + " exists: choose another name or add --force", e);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (forest.isPresent()) {
            err.println("wrote " + trendFile + " and " + forestFile + " (" + format.name().toLowerCase(Locale.ROOT) + ", readable only by you)");
        } else {
            err.println("wrote " + trendFile + " (" + format.name().toLowerCase(Locale.ROOT) + ", readable only by you); no published "
                    + r.outcome().id() + " result in " + r.outcome().unit() + " with a CI, so no forest plot");
        }
        err.flush();
    }

    static String text(ComparisonReport r, boolean synthetic) {
        StringBuilder sb = new StringBuilder();
        if (synthetic) {
            sb.append("SYNTHETIC EXAMPLE: a generated person (").append(SyntheticPerson.RESOURCE.substring(
                    SyntheticPerson.RESOURCE.lastIndexOf('/') + 1)).append("), not real data.\n\n");
        }
        for (String[] fact : ComparisonFormat.facts(r)) {
            sb.append(String.format(Locale.ROOT, "%-10s", fact[0])).append(fact[1]).append('\n');
        }
        sb.append('\n');
        TextTable weeks = TextTable.withHeader(ComparisonFormat.WEEK_HEADER.toArray(String[]::new));
        for (WeeklyAdherence w : r.weeks()) {
            weeks.row(ComparisonFormat.weekCells(w).toArray());
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
                "source", r.protocol().source(), "progressive", r.protocol().progressive()));
        m.put("outcome", Map.of("id", r.outcome().id(), "column", r.outcome().measure().column(), "unit", r.outcome().unit(),
                "lower_is_better", r.outcome().lowerIsBetter()));
        m.put("baseline", r.baseline().map(b -> range(b, r.change().map(c -> c.baselineDays()), r.change().map(c -> c.baselineMean())))
                .orElse(null));
        m.put("period", range(r.period(), r.change().map(c -> c.periodDays()), r.change().map(c -> c.periodMean())));
        m.put("mean_difference", r.change().map(c -> interval(c.meanDifference(), "moving-block bootstrap")).orElse(null));
        m.put("trend_per_week", r.change().map(c -> interval(c.trendPerWeek(), "Theil-Sen")).orElse(null));
        m.put("change_note", r.change().isPresent() ? null : r.changeNote());
        m.put("bootstrap", r.change().map(c -> Map.<String, Object>of("resamples", r.resamples(), "seed", r.seed(),
                "block_days_baseline", BlockBootstrap.blockLength(c.baselineDays()),
                "block_days_period", BlockBootstrap.blockLength(c.periodDays()))).orElse(null));
        m.put("ramp", r.ramp().map(x -> Map.<String, Object>of("start_minutes_per_week", x.startMinutesPerWeek(),
                "goal_minutes_per_week", x.goalMinutesPerWeek(), "weeks", x.weeks(), "rule", Ramp.RULE)).orElse(null));
        m.put("mean_adherence", value(r.meanAdherence()));
        m.put("dose_ratio", value(r.doseRatio()));
        m.put("weeks_with_data", r.weeksWithData());
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (WeeklyAdherence w : r.weeks()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("week_start", w.weekStart().toString());
            x.put("days", w.days());
            x.put("days_with_data", w.daysWithData());
            x.put("sessions", w.sessions());
            x.put("sessions_prescribed", w.sessionsPrescribed());
            x.put("minutes_per_walk_target", value(w.minutesPerWalk()));
            x.put("walk_minutes", value(w.walkMinutes()));
            x.put("mean_steps", value(w.meanSteps()));
            x.put("adherence", value(w.adherence()));
            x.put("dose", value(w.dose()));
            weeks.add(x);
        }
        m.put("weeks", weeks);
        m.put("caveats", r.caveats());
        return m;
    }

    private static Map<String, Object> range(DateRange d, Optional<Integer> days, Optional<Double> mean) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", d.from().toString());
        m.put("to", d.to().toString());
        m.put("days_with_outcome", days.orElse(null));
        m.put("mean", mean.orElse(null));
        return m;
    }

    private static Double value(java.util.OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
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
