package org.walkstudy.analysis.effectsize;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/** Factory for effect sizes from study summaries, with metafor escalc's formulas (vtype "LS"). */
public final class EffectSizes {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private EffectSizes() {
    }

    /** Effect sizes of 2x2 tables; zero-cell correction as given (double-zero tables are kept). */
    public static List<EffectSize> fromTables(EffectMeasure measure, List<String> studies, List<TwoByTwoTable> tables,
            ZeroCellCorrection correction) {
        requireKind(measure, EffectMeasure.InputKind.TWO_BY_TWO);
        if (studies == null || tables == null || studies.size() != tables.size()) {
            throw new IllegalArgumentException("studies and tables must be non-null lists of equal size but were "
                    + (studies == null ? null : studies.size()) + " and " + (tables == null ? null : tables.size()));
        }
        if (correction == null) {
            throw new IllegalArgumentException("correction must not be null");
        }
        boolean anyZero = tables.stream().anyMatch(TwoByTwoTable::hasZeroCell);
        List<EffectSize> out = new ArrayList<>(tables.size());
        for (int i = 0; i < tables.size(); i++) {
            TwoByTwoTable t = tables.get(i);
            TwoByTwoTable used = correction.applies(t.hasZeroCell(), anyZero) ? t.plus(correction.add()) : t;
            out.add(twoByTwo(measure, studies.get(i), used));
        }
        return out;
    }

    /** Effect size of one 2x2 table as given (apply any zero-cell correction first). */
    public static EffectSize twoByTwo(EffectMeasure measure, String study, TwoByTwoTable t) {
        requireKind(measure, EffectMeasure.InputKind.TWO_BY_TWO);
        double n1 = t.n1();
        double n2 = t.n2();
        double p1 = t.ai() / n1;
        double p2 = t.ci() / n2;
        return switch (measure) {
            // log risk ratio, vi = 1/ai - 1/n1 + 1/ci - 1/n2 (escalc "RR")
            case RR -> EffectSize.of(study, Math.log(p1) - Math.log(p2), 1 / t.ai() - 1 / n1 + 1 / t.ci() - 1 / n2);
            // log odds ratio, vi = sum of reciprocal cells (escalc "OR")
            case OR -> EffectSize.of(study, Math.log(p1 / (1 - p1)) - Math.log(p2 / (1 - p2)),
                    1 / t.ai() + 1 / t.bi() + 1 / t.ci() + 1 / t.di());
            // risk difference, large-sample variance (escalc "RD", vtype "LS")
            case RD -> EffectSize.of(study, p1 - p2, p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
            case PETO -> peto(study, t);
            default -> throw new IllegalStateException("unreachable: " + measure);
        };
    }

    /** Peto's one-step log odds ratio (O - E)/V with variance 1/V (escalc "PETO"; Yusuf et al. 1985). */
    private static EffectSize peto(String study, TwoByTwoTable t) {
        double n = t.total();
        double xt = t.ai() + t.ci();
        double yt = t.bi() + t.di();
        double expected = xt * t.n1() / n;
        double v = xt * yt * (t.n1() / n) * (t.n2() / n) / (n - 1);
        return EffectSize.of(study, (t.ai() - expected) / v, 1 / v);
    }

    /** MD, SMD (Hedges' g) or ROM from two groups' means and SDs (escalc, vtype "LS"). */
    public static EffectSize twoGroupMeans(EffectMeasure measure, String study, TwoGroupMeans g) {
        requireKind(measure, EffectMeasure.InputKind.TWO_GROUP_MEANS);
        return switch (measure) {
            case MD -> EffectSize.of(study, g.m1() - g.m2(), g.sd1() * g.sd1() / g.n1() + g.sd2() * g.sd2() / g.n2());
            case SMD -> {
                double n = g.n1() + g.n2();
                double m = n - 2;
                if (!(m > 1)) {
                    throw new IllegalArgumentException("SMD needs n1i + n2i > 3 but was " + n + " (study " + study + ")");
                }
                double pooledSd = Math.sqrt(((g.n1() - 1) * g.sd1() * g.sd1() + (g.n2() - 1) * g.sd2() * g.sd2()) / m);
                double yi = HedgesCorrection.exact(m) * (g.m1() - g.m2()) / pooledSd;
                // large-sample variance 1/n1 + 1/n2 + g^2/(2(n1+n2)) (escalc "SMD", vtype "LS")
                yield EffectSize.of(study, yi, 1 / g.n1() + 1 / g.n2() + yi * yi / (2 * n));
            }
            // log ratio of means (escalc "ROM"; Hedges, Gurevitch & Curtis 1999)
            case ROM -> EffectSize.of(study, Math.log(g.m1() / g.m2()),
                    g.sd1() * g.sd1() / (g.n1() * g.m1() * g.m1()) + g.sd2() * g.sd2() / (g.n2() * g.m2() * g.m2()));
            default -> throw new IllegalStateException("unreachable: " + measure);
        };
    }

    /** MC or SMCR of one group measured twice, correlation ri given or assumed (escalc "MC"/"SMCR"). */
    public static EffectSize prePost(EffectMeasure measure, String study, PrePostMeans p) {
        requireKind(measure, EffectMeasure.InputKind.PRE_POST);
        return switch (measure) {
            // vi = (sd1^2 + sd2^2 - 2 r sd1 sd2)/n (escalc "MC")
            case MC -> EffectSize.of(study, p.m1() - p.m2(),
                    (p.sd1() * p.sd1() + p.sd2() * p.sd2() - 2 * p.r() * p.sd1() * p.sd2()) / p.n());
            case SMCR -> {
                // yi = c(n-1) (m1 - m2)/sd1 (escalc "SMCR", Becker 1988), vi = 2(1-r)/n + yi^2/(2n)
                double yi = HedgesCorrection.exact(p.n() - 1) * (p.m1() - p.m2()) / p.sd1();
                yield EffectSize.of(study, yi, 2 * (1 - p.r()) / p.n() + yi * yi / (2 * p.n()));
            }
            default -> throw new IllegalStateException("unreachable: " + measure);
        };
    }

    /** Generic estimate with its variance. */
    public static EffectSize generic(String study, double yi, double vi) {
        return EffectSize.of(study, yi, vi);
    }

    /** Generic estimate with its standard error (vi = sei^2). */
    public static EffectSize fromStandardError(String study, double yi, double sei) {
        if (!Double.isFinite(sei) || sei <= 0) {
            throw new IllegalArgumentException("sei must be finite and > 0 but was " + sei + " (study " + study + ")");
        }
        return EffectSize.of(study, yi, sei * sei);
    }

    /** Scale on which a reported estimate and its CI are symmetric. */
    public enum Scale {
        /** Differences: the CI is estimate +/- z*se. */
        DIFFERENCE,
        /** Ratios (HR, OR, RR): symmetric on the log scale; yi is the log of the estimate. */
        RATIO
    }

    /** Log hazard ratio with se = (log(ub) - log(lb))/(2 z) from a reported HR and CI. */
    public static EffectSize logHazardRatio(String study, double hazardRatio, double lower, double upper, double level) {
        return fromConfidenceInterval(study, hazardRatio, lower, upper, level, Scale.RATIO);
    }

    /** Estimate with a CI at the given level (percent); se = (ub - lb)/(2 z), on the log scale for ratios. */
    public static EffectSize fromConfidenceInterval(String study, double estimate, double lower, double upper,
            double level, Scale scale) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be in (0, 100) percent but was " + level);
        }
        if (!(lower < upper)) {
            throw new IllegalArgumentException("lower must be < upper but were " + lower + " and " + upper);
        }
        if (scale == null) {
            throw new IllegalArgumentException("scale must not be null");
        }
        if (!(estimate >= lower && estimate <= upper)) {
            throw new IllegalArgumentException("estimate " + estimate + " must lie in [" + lower + ", " + upper + "]");
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level / 100) / 2);
        if (scale == Scale.RATIO) {
            if (!(lower > 0)) {
                throw new IllegalArgumentException("ratio CI lower bound must be > 0 but was " + lower);
            }
            double se = (Math.log(upper) - Math.log(lower)) / (2 * z);
            return EffectSize.of(study, Math.log(estimate), se * se);
        }
        double se = (upper - lower) / (2 * z);
        return EffectSize.of(study, estimate, se * se);
    }

    private static void requireKind(EffectMeasure measure, EffectMeasure.InputKind kind) {
        if (measure == null || measure.inputKind() != kind) {
            throw new IllegalArgumentException("measure must take " + kind + " input but was " + measure);
        }
    }
}
