package org.walkstudy.analysis.run;

import java.nio.file.Path;
import java.util.List;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.ZeroCellCorrection;
import org.walkstudy.analysis.meta.ConfidenceLevel;
import org.walkstudy.analysis.meta.Method;
import org.walkstudy.analysis.meta.TestStatistic;

/**
 * What to analyse: input CSV, measure, method, test, level (80 to 99.9 percent), moderator columns, optional
 * subgroup column and which test of subgroup differences ({@code tau2Common}: metafor's mixed-effects
 * {@code mods = ~ factor(g)} with one tau^2; else a separate tau^2 per subgroup), whether to run the small-study
 * tests (regtest, ranktest, trimfill) and the sensitivity analyses (leave1out, cumul), an optional permutation
 * test of the moderators (permutations 0 = none), the zero-cell correction of 2x2 tables (default metafor's add
 * 1/2 to tables with a zero cell), whether a row with a missing value in a used column is refused
 * ({@code strict}) rather than dropped with a warning (metafor's na.omit), and the order of the cumulative
 * analysis ({@link StudyOrder}) and how views show estimates ({@link Transform}). Built with {@link #builder(Path, EffectMeasure, Method)}.
 */
public record MetaRequest(Path input, EffectMeasure measure, Method method, TestStatistic test, double level,
        List<String> moderators, String subgroup, boolean tau2Common, boolean bias, boolean sensitivity,
        int permutations, long seed, ZeroCellCorrection correction, boolean strict, StudyOrder order,
        Transform transf) {

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
        if (order == null) {
            throw new IllegalArgumentException("order must not be null (default StudyOrder.INPUT)");
        }
        if (transf == null) {
            throw new IllegalArgumentException("transf must not be null (default Transform.AUTO)");
        }
        if (permutations < 0 || permutations == 1) {
            throw new IllegalArgumentException("permutations must be 0 (none) or >= 2 but was " + permutations);
        }
        if (permutations > 0 && moderators.isEmpty()) {
            throw new IllegalArgumentException("a permutation test needs moderators but none were given");
        }
        if (tau2Common && subgroup == null) {
            throw new IllegalArgumentException("tau2Common is a way to test subgroups: it needs a subgroup column");
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
        if (tableMethod && tau2Common) {
            throw new IllegalArgumentException("method " + method + " has no mixed-effects subgroup test (tau2Common)");
        }
        if (tableMethod && test != TestStatistic.Z) {
            throw new IllegalArgumentException("method " + method + " supports only the z test but got " + test.label());
        }
    }

    /** A request with the given model and no extra analyses (metafor's names for measure, method and test). */
    public static MetaRequest of(Path input, String measure, String method, String test, double level,
            List<String> moderators) {
        return builder(input, EffectMeasure.parse(measure), Method.parse(method)).test(TestStatistic.parse(test))
                .level(level).moderators(moderators).build();
    }

    /** metafor's defaults for the rest: z test, 95%, no moderators, no extra analyses, input order. */
    public static Builder builder(Path input, EffectMeasure measure, Method method) {
        return new Builder(input, measure, method);
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder(input, measure, method).test(test).level(level).moderators(moderators)
                .subgroup(subgroup).tau2Common(tau2Common).bias(bias).sensitivity(sensitivity)
                .correction(correction).strict(strict).order(order).transf(transf);
        b.permutations = permutations;
        b.seed = seed;
        return b;
    }

    public boolean isMantelHaenszel() {
        return method == Method.MH;
    }

    public boolean isPeto() {
        return method == Method.PETO;
    }

    /** Collects a request's values; {@link #build()} checks them. */
    public static final class Builder {
        private final Path input;
        private final EffectMeasure measure;
        private final Method method;
        private TestStatistic test = TestStatistic.Z;
        private double level = 95;
        private List<String> moderators = List.of();
        private String subgroup;
        private boolean tau2Common;
        private boolean bias;
        private boolean sensitivity;
        private int permutations;
        private long seed;
        private ZeroCellCorrection correction = ZeroCellCorrection.METAFOR_DEFAULT;
        private boolean strict;
        private StudyOrder order = StudyOrder.INPUT;
        private Transform transf = Transform.AUTO;

        private Builder(Path input, EffectMeasure measure, Method method) {
            this.input = input;
            this.measure = measure;
            this.method = method;
        }

        public Builder test(TestStatistic value) {
            this.test = value;
            return this;
        }

        public Builder level(double percent) {
            this.level = percent;
            return this;
        }

        public Builder moderators(List<String> columns) {
            this.moderators = columns;
            return this;
        }

        public Builder subgroup(String column) {
            this.subgroup = column;
            return this;
        }

        /** Test subgroup differences with metafor's mixed-effects model (one tau^2 across subgroups). */
        public Builder tau2Common(boolean on) {
            this.tau2Common = on;
            return this;
        }

        public Builder bias(boolean on) {
            this.bias = on;
            return this;
        }

        public Builder sensitivity(boolean on) {
            this.sensitivity = on;
            return this;
        }

        public Builder permutations(int count, long randomSeed) {
            this.permutations = count;
            this.seed = randomSeed;
            return this;
        }

        /** The zero-cell correction of the per-study 2x2 effect sizes (MH/Peto models keep metafor's own rules). */
        public Builder correction(ZeroCellCorrection value) {
            this.correction = value;
            return this;
        }

        /** Refuse a row with a missing value in a used column instead of dropping it with a warning. */
        public Builder strict(boolean on) {
            this.strict = on;
            return this;
        }

        public Builder order(StudyOrder value) {
            this.order = value;
            return this;
        }

        public Builder transf(Transform value) {
            this.transf = value;
            return this;
        }

        public MetaRequest build() {
            return new MetaRequest(input, measure, method, test, level, moderators, subgroup, tau2Common, bias,
                    sensitivity, permutations, seed, correction, strict, order, transf);
        }
    }
}
