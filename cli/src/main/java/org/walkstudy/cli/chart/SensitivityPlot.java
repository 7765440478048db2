package org.walkstudy.cli.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cumulative and leave-one-out forest plots: one row per step of the sensitivity analysis (its pooled
 * estimate and CI), drawn by {@link ForestPlot} with uniform markers, and the full analysis as a diamond.
 */
public final class SensitivityPlot {
    private SensitivityPlot() {
    }

    /** Which analysis the steps come from. */
    public enum Kind {
        /** Studies added one at a time, in the given order: row i pools studies 1..i. */
        CUMULATIVE("Study added", "+ "),
        /** Each study left out in turn: row i pools all studies but study i. */
        LEAVE_ONE_OUT("Study omitted", "Omitting ");

        final String header;
        final String prefix;

        Kind(String header, String prefix) {
            this.header = header;
            this.prefix = prefix;
        }
    }

    /**
     * One step.
     *
     * @param study    the study added or omitted at this step
     * @param estimate the pooled estimate of the step (log scale for ratio measures)
     * @param ciLower  its lower CI bound
     * @param ciUpper  its upper CI bound
     */
    public record Step(String study, double estimate, double ciLower, double ciUpper) {
        public Step {
            Objects.requireNonNull(study, "study");
        }
    }

    /**
     * Everything a sensitivity forest plot shows.
     *
     * @param title       title, or null
     * @param kind        cumulative or leave-one-out
     * @param measure     short measure name for the estimate column, e.g. "RR"
     * @param measureName axis title
     * @param ratio       whether the measure is a ratio
     * @param level       CI level in percent
     * @param steps       the steps, in order
     * @param overall     the analysis of all studies (a diamond), or null
     * @param direction   which side favours walking, or null
     */
    public record Input(String title, Kind kind, String measure, String measureName, boolean ratio, int level,
                        List<Step> steps, ForestPlot.Pooled overall, ForestPlot.Direction direction) {
        public Input {
            Objects.requireNonNull(kind, "kind");
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a sensitivity plot needs at least one step");
            }
        }
    }

    /** Steps from parallel arrays, as metafor's cumul() and leave1out() (and walkstudy's JSON) give them. */
    public static List<Step> steps(List<String> studies, double[] estimate, double[] ciLower, double[] ciUpper) {
        if (estimate.length != studies.size() || ciLower.length != studies.size() || ciUpper.length != studies.size()) {
            throw new IllegalArgumentException("sensitivity arrays must have one value per study (" + studies.size() + ")");
        }
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) {
            out.add(new Step(studies.get(i), estimate[i], ciLower[i], ciUpper[i]));
        }
        return out;
    }

    /** The forest plot input this chart is drawn from. */
    public static ForestPlot.Input toForest(Input in) {
        List<ForestPlot.Row> rows = new ArrayList<>();
        for (int i = 0; i < in.steps().size(); i++) {
            Step s = in.steps().get(i);
            String label = in.kind() == Kind.CUMULATIVE && i == 0 ? s.study() : in.kind().prefix + s.study();
            rows.add(ForestPlot.Row.of(label, s.estimate(), s.ciLower(), s.ciUpper(), Double.NaN));
        }
        // the prediction interval belongs to the main forest plot; here only the estimate and its CI matter
        ForestPlot.Pooled all = in.overall();
        List<ForestPlot.Pooled> overall = all == null ? List.of()
                : List.of(ForestPlot.Pooled.of(all.label() + ", all studies", all.estimate(), all.ciLower(), all.ciUpper()));
        return ForestPlot.Input.builder(in.measure(), in.measureName(), in.ratio(), rows, overall)
                .title(in.title())
                .level(in.level())
                .studyHeader(in.kind().header)
                .direction(in.direction())
                .model(in.kind() == Kind.CUMULATIVE
                        ? "Each row pools the studies up to and including it."
                        : "Each row pools all studies except the one named.")
                .build();
    }

    /** Draws the cumulative or leave-one-out forest plot. */
    public static ChartImage render(Input in) {
        return ForestPlot.render(toForest(in));
    }
}
