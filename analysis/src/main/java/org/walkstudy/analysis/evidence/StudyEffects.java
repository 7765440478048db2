package org.walkstudy.analysis.evidence;

import java.util.Optional;
import java.util.OptionalDouble;

import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.analysis.effectsize.EffectSizes;
import org.walkstudy.analysis.effectsize.TwoGroupMeans;
import org.walkstudy.core.effect.ArmSummary;
import org.walkstudy.core.effect.ChangeScores;
import org.walkstudy.core.effect.ConfidenceInterval;
import org.walkstudy.core.effect.EffectData;
import org.walkstudy.core.effect.HazardRatio;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.effect.TwoArmContinuous;
import org.walkstudy.core.evidence.Finding;

/**
 * Derives a {@link StudyEffect} from a finding where its numbers allow: reported estimates and hazard
 * ratios as printed, arm means/SDs as a mean difference (escalc MD). Other forms (pre/post without a
 * correlation, single-group changes, arms without SD or n) carry no between-arm effect and give none.
 */
public final class StudyEffects {
    private static final double Z95 = 1.959963984540054;

    private StudyEffects() {
    }

    public static Optional<StudyEffect> of(Finding finding) {
        if (finding.data().isEmpty()) {
            return Optional.empty();
        }
        EffectData data = finding.data().get();
        boolean poolable = finding.poolable();
        if (data instanceof ReportedEffect r) {
            return Optional.of(reported(finding, r, poolable));
        }
        if (data instanceof HazardRatio h) {
            return Optional.of(hazardRatio(finding, h, poolable));
        }
        if (data instanceof TwoArmContinuous t) {
            return meanDifference(finding, t.walking(), t.control(), "MD", poolable);
        }
        if (data instanceof ChangeScores c) {
            return meanDifference(finding, c.walking(), c.control(), "MD (change)", poolable);
        }
        return Optional.empty();
    }

    private static StudyEffect reported(Finding finding, ReportedEffect r, boolean poolable) {
        String measure = r.measure().code().toUpperCase(java.util.Locale.ROOT).replace('-', ' ');
        boolean ratio = r.measure().isRatio();
        if (r.ci().isPresent()) {
            ConfidenceInterval ci = r.ci().get();
            Optional<EffectSize> es = Optional.empty();
            if (poolable && (!ratio || ci.lower() > 0) && ci.lower() < ci.upper()) {
                es = Optional.of(EffectSizes.fromConfidenceInterval(finding.studyId(), r.estimate(), ci.lower(),
                        ci.upper(), ci.level() * 100, ratio ? EffectSizes.Scale.RATIO : EffectSizes.Scale.DIFFERENCE));
            }
            return new StudyEffect(finding, measure, ratio, r.estimate(), OptionalDouble.of(ci.lower()),
                    OptionalDouble.of(ci.upper()), es, false);
        }
        if (r.se().isPresent()) {
            double se = r.se().getAsDouble();
            // A ratio's SE is taken to be on the log scale, as reviews report it.
            double y = ratio ? Math.log(r.estimate()) : r.estimate();
            double lo = y - Z95 * se;
            double hi = y + Z95 * se;
            Optional<EffectSize> es = poolable
                    ? Optional.of(EffectSizes.fromStandardError(finding.studyId(), y, se)) : Optional.empty();
            return new StudyEffect(finding, measure, ratio, r.estimate(),
                    OptionalDouble.of(ratio ? Math.exp(lo) : lo), OptionalDouble.of(ratio ? Math.exp(hi) : hi), es, true);
        }
        return new StudyEffect(finding, measure, ratio, r.estimate(), OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.empty(), false);
    }

    private static StudyEffect hazardRatio(Finding finding, HazardRatio h, boolean poolable) {
        ConfidenceInterval ci = h.ci();
        Optional<EffectSize> es = poolable && ci.lower() < ci.upper()
                ? Optional.of(EffectSizes.logHazardRatio(finding.studyId(), h.ratio(), ci.lower(), ci.upper(),
                        ci.level() * 100))
                : Optional.empty();
        return new StudyEffect(finding, "HR", true, h.ratio(), OptionalDouble.of(ci.lower()),
                OptionalDouble.of(ci.upper()), es, false);
    }

    /** escalc MD: yi = m1 - m2, vi = sd1^2/n1 + sd2^2/n2; the CI is the Wald interval yi +/- 1.96 sqrt(vi). */
    private static Optional<StudyEffect> meanDifference(Finding finding, ArmSummary walking, ArmSummary control,
            String measure, boolean poolable) {
        if (!walking.complete() || !control.complete()) {
            return Optional.empty();
        }
        TwoGroupMeans means = TwoGroupMeans.of(walking.mean(), walking.sd().getAsDouble(), walking.n().getAsInt(),
                control.mean(), control.sd().getAsDouble(), control.n().getAsInt());
        EffectSize es = EffectSizes.twoGroupMeans(EffectMeasure.MD, finding.studyId(), means);
        double half = Z95 * Math.sqrt(es.vi());
        return Optional.of(new StudyEffect(finding, measure, false, es.yi(), OptionalDouble.of(es.yi() - half),
                OptionalDouble.of(es.yi() + half), poolable ? Optional.of(es) : Optional.empty(), true));
    }
}
