package org.walkstudy.analysis.run;

import java.util.ArrayList;
import java.util.List;
import org.walkstudy.analysis.bias.BeggRankTest;
import org.walkstudy.analysis.bias.EggerRegressionTest;
import org.walkstudy.analysis.bias.KendallTau;
import org.walkstudy.analysis.bias.SensitivityAnalysis;
import org.walkstudy.analysis.bias.SensitivitySeries;
import org.walkstudy.analysis.bias.TrimAndFill;
import org.walkstudy.analysis.effectsize.TwoByTwoTable;
import org.walkstudy.analysis.input.MetaInput;
import org.walkstudy.analysis.input.MetaInputCsv;
import org.walkstudy.analysis.meta.MantelHaenszelModel;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.ModelNotFittedException;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.Moderators;
import org.walkstudy.analysis.meta.PermutationTest;
import org.walkstudy.analysis.meta.PetoModel;
import org.walkstudy.analysis.meta.RandomEffectsModel;
import org.walkstudy.analysis.meta.StudyValues;
import org.walkstudy.analysis.meta.SubgroupAnalysis;
import org.walkstudy.analysis.meta.SubsetModel;
import org.walkstudy.analysis.meta.Tau2ConfidenceInterval;
import org.walkstudy.analysis.meta.Tau2Estimator;
import org.walkstudy.analysis.meta.TestStatistic;
import org.walkstudy.core.input.InputException;

/** Runs a {@link MetaRequest}: reads the input, fits the model and the requested analyses. */
public final class MetaAnalysis {
    /** The small-study tests and sensitivity analyses need at least this many studies (metafor). */
    public static final int MIN_K_FOR_BIAS = 3;
    /** Leave-one-out and cumulative analyses need at least two studies (metafor). */
    public static final int MIN_K_FOR_SENSITIVITY = 2;

    private MetaAnalysis() {
    }

    /**
     * Reads {@code request.input()} and analyses it.
     *
     * @throws org.walkstudy.core.input.InputException for bad input (file, line, column in the message), and
     *         naming the file when its data cannot be fitted by the model (a {@link ModelNotFittedException} as
     *         the cause: collinear moderators, more coefficients than studies, no events for Peto, no convergence)
     * @throws IllegalArgumentException for a model that fits no data (e.g. Mantel-Haenszel with MD)
     */
    public static MetaResult run(MetaRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("request must not be null");
        }
        String orderColumn = request.order().kind() == StudyOrder.Kind.COLUMN ? request.order().column() : null;
        MetaInput input = MetaInputCsv.read(request.input(), request.measure(), new MetaInputCsv.Columns(
                request.moderators(), request.subgroup(), orderColumn, request.correction(), request.strict()));
        try {
            return analyse(request, input);
        } catch (ModelNotFittedException e) {
            // The file's data, not the command, cannot be fitted: say which file, as for any other input problem.
            throw InputException.inFile(request.input().toString(), e.getMessage(), e);
        }
    }

    /** Analyses already-read input (the request's input path is only used for labels). */
    public static MetaResult analyse(MetaRequest request, MetaInput input) {
        double[] yi = input.yi();
        double[] vi = input.vi();
        int k = input.k();
        boolean tableModel = request.isMantelHaenszel() || request.isPeto();
        ModelOptions options = tableModel
                ? ModelOptions.of(Tau2Estimator.FE, TestStatistic.Z, request.level())
                : ModelOptions.of(request.method().estimator(), request.test(), request.level());
        SubsetModel subsetModel = subsetModel(request, input, options);
        MetaFit fit;
        StudyValues values;
        if (request.isMantelHaenszel()) {
            fit = MantelHaenszelModel.fit(request.measure(), input.tables(), request.level());
            values = MantelHaenszelModel.studyValues(request.measure(), input.tables());
        } else if (request.isPeto()) {
            fit = PetoModel.fit(input.tables(), request.level());
            values = PetoModel.studyValues(input.tables());
        } else {
            fit = RandomEffectsModel.fit(yi, vi, input.moderators(), options);
            values = StudyValues.all(yi, vi);
        }
        MetaResult.Builder result = new MetaResult.Builder(request, input, fit);
        result.order(order(request.order(), input));
        if (!input.droppedLines().isEmpty()) {
            result.note("missing values: " + input.droppedLines().size() + " row(s) with an empty or NA cell in a"
                    + " used column dropped (lines " + MetaInput.lineList(input.droppedLines()) + "; --strict refuses"
                    + " them)");
        }
        if (!request.method().isCommonEffect() && input.moderators().isEmpty()) {
            // The common-effect fit beside a random-effects one (forest plots show both diamonds).
            result.commonEffect(RandomEffectsModel.fit(yi, vi, Moderators.none(),
                    options.withEstimator(Tau2Estimator.FE)));
        }
        if (tableModel && values.size() < k) {
            result.note(request.method() + ": " + (k - values.size()) + " double-zero table(s) dropped from Q and"
                    + " the per-study analyses");
        }
        boolean randomEffects = !tableModel && options.estimator().isRandomEffects();
        if (randomEffects && k - fit.p() >= 1) {
            Tau2ConfidenceInterval ci = Tau2ConfidenceInterval.qProfile(yi, vi, input.moderators(), fit.tau2(),
                    request.level());
            result.tau2Ci(ci);
            double limit = Math.max(100, 10 * fit.tau2());
            if (ci.upper() == 0) {
                result.note("confint: Q-profile CI is the null set; both bounds reported as 0");
            } else if (ci.upper() == limit || ci.lower() == limit) {
                result.note("confint: a Q-profile bound lies beyond the search interval [0, " + limit
                        + "]; the limit is reported");
            }
        }
        if (!input.moderators().isEmpty()) {
            result.r2(r2(yi, vi, options, fit));
            if (request.permutations() > 0) {
                result.permutation(PermutationTest.run(yi, vi, input.moderators(), options, request.permutations(),
                        request.seed()));
            }
        }
        boolean interceptOnly = input.moderators().isEmpty();
        if (request.bias()) {
            if (interceptOnly && values.size() >= MIN_K_FOR_BIAS) {
                bias(request, result, values, tableModel ? ModelOptions.of(Tau2Estimator.FE, TestStatistic.Z,
                        request.level()) : options, fit, tableModel);
            } else {
                result.note("regtest, ranktest, trimfill: not run (they need an intercept-only model and at least "
                        + MIN_K_FOR_BIAS + " studies with an estimate; k = " + values.size() + ")");
            }
        }
        if (request.sensitivity()) {
            if (interceptOnly && k >= MIN_K_FOR_SENSITIVITY) {
                SubsetModel steps = orNotEstimable(subsetModel, options);
                int[] order = result.order();
                SubsetModel ordered = idx -> steps.fit(reorder(idx, order));
                if (tableModel) {
                    result.sensitivity(SensitivityAnalysis.leaveOneOut(k, steps, randomEffects),
                            SensitivityAnalysis.cumulative(k, ordered, randomEffects));
                } else {
                    // Intercept-only inverse-variance refits from running sums (one pass per fit).
                    double[] yo = new double[k];
                    double[] vo = new double[k];
                    for (int i = 0; i < k; i++) {
                        yo[i] = yi[order[i]];
                        vo[i] = vi[order[i]];
                    }
                    result.sensitivity(SensitivityAnalysis.leaveOneOut(yi, vi, options, steps, randomEffects),
                            SensitivityAnalysis.cumulative(yo, vo, options, ordered, randomEffects));
                }
            } else {
                result.note("leave1out, cumul: not run (they need an intercept-only model and at least "
                        + MIN_K_FOR_SENSITIVITY + " studies; k = " + k + ")");
            }
        }
        if (input.subgroups() != null) {
            SubgroupAnalysis subgroups = request.tau2Common()
                    ? SubgroupAnalysis.commonTau2(input.subgroups(), yi, vi, options)
                    : SubgroupAnalysis.analyse(input.subgroups(), subsetModel);
            result.subgroups(subgroups);
            result.note("subgroups: " + subgroups.description()); // which test, in every format
        }
        return result.build();
    }

    /**
     * The small-study tests; one that cannot be fitted on these data (e.g. all variances equal makes sei
     * constant) is reported as not estimable and the others still run.
     */
    private static void bias(MetaRequest request, MetaResult.Builder result, StudyValues values,
            ModelOptions options, MetaFit fit, boolean tableModel) {
        try {
            result.egger(EggerRegressionTest.test(values.yi(), values.vi(), options));
        } catch (ModelNotFittedException e) {
            result.note("regtest: not estimable on these data (" + e.getMessage() + ")");
        }
        try {
            BeggRankTest begg = BeggRankTest.test(values.yi(), values.vi());
            result.begg(begg);
            if (!begg.exact()) {
                result.note("ranktest: ties, so the p-value is the normal approximation (as R cor.test)");
            } else if (Double.isNaN(begg.pval())) {
                result.note("ranktest: no exact p-value beyond " + KendallTau.MAX_EXACT_N
                        + " studies (as R), pval null");
            }
        } catch (ModelNotFittedException e) {
            result.note("ranktest: not estimable on these data (" + e.getMessage() + ")");
        }
        if (tableModel) {
            result.note("trimfill: not available for " + request.method() + " models (as metafor)");
            return;
        }
        try {
            result.trimAndFill(TrimAndFill.fill(values.yi(), values.vi(), options, fit));
        } catch (ModelNotFittedException e) {
            result.note("trimfill: not estimable on these data (" + e.getMessage() + ")");
        }
    }

    /**
     * The study order of the cumulative analysis and the forest plot (metafor cumul's order): input, ascending
     * estimate, descending precision (ascending vi), or ascending values of a column; ties keep input order.
     */
    static int[] order(StudyOrder order, MetaInput input) {
        Integer[] idx = new Integer[input.k()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Comparator<Integer> by = switch (order.kind()) {
            case INPUT -> null;
            case ESTIMATE -> java.util.Comparator.comparingDouble(i -> input.effects().get(i).yi());
            case PRECISION -> java.util.Comparator.comparingDouble(i -> input.effects().get(i).vi());
            case COLUMN -> java.util.Comparator.comparingDouble(i -> input.orderValues().get(i));
        };
        if (by != null) {
            java.util.Arrays.sort(idx, by); // stable: ties keep input order
        }
        return java.util.Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static int[] reorder(int[] positions, int[] order) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = order[positions[i]];
        }
        return out;
    }

    /** A subset the model cannot fit is an NA step (metafor's leave1out/cumul), not a failed run. */
    private static SubsetModel orNotEstimable(SubsetModel model, ModelOptions options) {
        return idx -> {
            try {
                return model.fit(idx);
            } catch (ModelNotFittedException e) {
                return MetaFit.notEstimable(idx.length, options);
            }
        };
    }

    private static SubsetModel subsetModel(MetaRequest request, MetaInput input, ModelOptions options) {
        if (request.isMantelHaenszel()) {
            return idx -> MantelHaenszelModel.fit(request.measure(), select(input.tables(), idx), request.level());
        }
        if (request.isPeto()) {
            return idx -> PetoModel.fit(select(input.tables(), idx), request.level());
        }
        double[] yi = input.yi();
        double[] vi = input.vi();
        return idx -> RandomEffectsModel.fit(select(yi, idx), select(vi, idx), Moderators.none(), options);
    }

    /**
     * R^2 in percent as metafor: random effects 100 (tau2_RE - tau2)/tau2_RE floored at 0 with tau2_RE from the
     * intercept-only model (0 when tau2_RE = 0, as metafor rma.uni); common effect: 100 x adjusted R^2 of the
     * weighted regression.
     */
    static Double r2(double[] yi, double[] vi, ModelOptions options, MetaFit fit) {
        MetaFit reduced = RandomEffectsModel.fit(yi, vi, Moderators.none(), options);
        if (options.estimator().isRandomEffects()) {
            double tau2Re = reduced.tau2();
            if (!(tau2Re > 0)) {
                return 0.0;
            }
            return Math.max(0, 100 * (tau2Re - fit.tau2()) / tau2Re);
        }
        int k = yi.length;
        double residual = fit.heterogeneity().q() / (k - fit.p());
        double total = reduced.heterogeneity().q() / (k - 1);
        return Math.max(0, 100 * (1 - residual / total));
    }

    private static double[] select(double[] values, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = values[idx[i]];
        }
        return out;
    }

    private static List<TwoByTwoTable> select(List<TwoByTwoTable> tables, int[] idx) {
        List<TwoByTwoTable> out = new ArrayList<>(idx.length);
        for (int i : idx) {
            out.add(tables.get(i));
        }
        return out;
    }
}
