package org.walkstudy.analysis.run;

import java.nio.file.Path;
import java.util.List;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.ZeroCellCorrection;
import org.walkstudy.analysis.meta.ConfidenceLevel;
import org.walkstudy.analysis.meta.Method;
import org.walkstudy.analysis.meta.TestStatistic;

/**
 * What to analyse: input CSV, measure, method, test, level (80 to 99.9 percent), moderator columns, optional subgroup column, whether to run
 * the small-study tests (regtest, ranktest, trimfill) and the sensitivity analyses (leave1out, cumul), and an
 * optional permutation test of the moderators (permutations 0 = none) and the zero-cell correction of 2x2 tables
 * (default metafor's add 1/2 to tables with a zero cell).
 */
public record MetaRequest(Path input, EffectMeasure measure, Method method, TestStatistic test, double level,
        List<String> moderators, String subgroup, boolean bias, boolean sensitivity, int permutations, long seed,
        ZeroCellCorrection correction) {

    public MetaRequest {
        if (input == null) {
            throw new IllegalArgumentException("input must not be null");
        }
        if (measure == null) {
            throw new IllegalArgumentException("measure must not be null");
        }
        if (method == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        if (test == null) {
            throw new IllegalArgumentException("test must not be null");
        }
        ConfidenceLevel.require(level);
        moderators = moderators == null ? List.of() : List.copyOf(moderators);
        if (correction == null) {
            throw new IllegalArgumentException("correction must not be null (default ZeroCellCorrection.METAFOR_DEFAULT)");
        }
        if (permutations < 0) {
            throw new IllegalArgumentException("permutations must be >= 0 but was " + permutations);
        }
        if (permutations > 0 && moderators.isEmpty()) {
            throw new IllegalArgumentException("a permutation test needs moderators but none were given");
        }
        boolean tableMethod = method.isTableMethod();
        if (method == Method.MH && measure != EffectMeasure.OR && measure != EffectMeasure.RR
                && measure != EffectMeasure.RD) {
            throw new IllegalArgumentException("method MH needs measure OR, RR or RD but was " + measure);
        }
        if (method == Method.PETO && measure != EffectMeasure.OR) {
            throw new IllegalArgumentException("method PETO needs measure OR but was " + measure);
        }
        if (tableMethod && !moderators.isEmpty()) {
            throw new IllegalArgumentException("method " + method + " takes no moderators but got " + moderators);
        }
        if (tableMethod && test != TestStatistic.Z) {
            throw new IllegalArgumentException("method " + method + " supports only the z test but got " + test.label());
        }
    }

    /** A request with the given model and no extra analyses. */
    public static MetaRequest of(Path input, String measure, String method, String test, double level,
            List<String> moderators) {
        return new MetaRequest(input, EffectMeasure.parse(measure), Method.parse(method), TestStatistic.parse(test), level,
                moderators, null, false, false, 0, 0, ZeroCellCorrection.METAFOR_DEFAULT);
    }

    public MetaRequest withSubgroup(String column) {
        return new MetaRequest(input, measure, method, test, level, moderators, column, bias, sensitivity,
                permutations, seed, correction);
    }

    public MetaRequest withBias(boolean on) {
        return new MetaRequest(input, measure, method, test, level, moderators, subgroup, on, sensitivity,
                permutations, seed, correction);
    }

    public MetaRequest withSensitivity(boolean on) {
        return new MetaRequest(input, measure, method, test, level, moderators, subgroup, bias, on, permutations,
                seed, correction);
    }

    public MetaRequest withPermutations(int count, long randomSeed) {
        return new MetaRequest(input, measure, method, test, level, moderators, subgroup, bias, sensitivity, count,
                randomSeed, correction);
    }

    /** The zero-cell correction of the per-study 2x2 effect sizes (MH/Peto models keep metafor's own rules). */
    public MetaRequest withZeroCellCorrection(ZeroCellCorrection value) {
        return new MetaRequest(input, measure, method, test, level, moderators, subgroup, bias, sensitivity,
                permutations, seed, value);
    }

    public boolean isMantelHaenszel() {
        return method == Method.MH;
    }

    public boolean isPeto() {
        return method == Method.PETO;
    }
}
