package org.walkstudy.analysis.evidence;

import java.util.Optional;
import java.util.OptionalDouble;

import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.core.evidence.Finding;

/**
 * A finding's effect on its natural scale (ratios as ratios) with its CI when one was printed or can be
 * derived, and the effect size (yi, vi; ratios on the log scale) when the finding may be pooled.
 * {@code computed} is true when walkstudy derived the effect from arm data (so it may be printed rounded),
 * false when the numbers are the source's own (printed exactly).
 */
public record StudyEffect(Finding finding, String measure, boolean ratio, double estimate, OptionalDouble ciLower,
        OptionalDouble ciUpper, Optional<EffectSize> effectSize, boolean computed) {

    public StudyEffect {
        if (finding == null || measure == null) {
            throw new IllegalArgumentException("finding and measure must be given");
        }
        ciLower = ciLower == null ? OptionalDouble.empty() : ciLower;
        ciUpper = ciUpper == null ? OptionalDouble.empty() : ciUpper;
        effectSize = effectSize == null ? Optional.empty() : effectSize;
    }

    /** 1 for ratios, 0 for differences. */
    public double noEffect() {
        return ratio ? 1 : 0;
    }

    public boolean hasCi() {
        return ciLower.isPresent() && ciUpper.isPresent();
    }

    /** True when the CI lies wholly on one side of no effect. */
    public boolean excludesNoEffect() {
        return hasCi() && (ciLower.getAsDouble() > noEffect() || ciUpper.getAsDouble() < noEffect());
    }

    /** The side the point estimate lies on, ignoring its uncertainty. */
    public Favours pointFavours() {
        if (estimate == noEffect()) {
            return Favours.NEITHER;
        }
        boolean below = estimate < noEffect();
        return below == finding.outcome().lowerIsBetter() ? Favours.WALKING : Favours.COMPARATOR;
    }

    /** The side the whole CI lies on; NEITHER when the CI includes no effect or there is no CI. */
    public Favours favours() {
        return excludesNoEffect() ? pointFavours() : Favours.NEITHER;
    }
}
