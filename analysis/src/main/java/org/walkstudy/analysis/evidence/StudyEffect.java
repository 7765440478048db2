package org.walkstudy.analysis.evidence;

import java.util.Optional;
import java.util.OptionalDouble;

import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.evidence.Exposure;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.IntervalKind;

/**
 * A finding's effect on its natural scale (ratios as ratios) with its CI when one was printed or can be
 * derived, and the effect size (yi, vi; ratios on the log scale) when the finding may be pooled.
 * {@code computed} is true when walkstudy derived the effect from arm data (so it may be printed rounded),
 * false when the numbers are the source's own (printed exactly, see {@link #estimateText()}).
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

    /**
     * What the interval is: a derived interval is a confidence interval (Wald, from arm data); a printed one
     * is what the source says it is.
     */
    public IntervalKind intervalKind() {
        if (!hasCi()) {
            return IntervalKind.NONE;
        }
        return computed ? IntervalKind.CONFIDENCE : finding.intervalKind();
    }

    /** True when the interval expresses the estimate's uncertainty (a confidence or credible interval). */
    public boolean hasUncertaintyInterval() {
        return intervalKind().expressesUncertainty();
    }

    /** False for a change from baseline, which compares with nothing and favours no side. */
    public boolean comparative() {
        return !(finding.data().orElse(null) instanceof ReportedEffect r) || r.measure().isComparative();
    }

    /** What the result is about: walking, exercise in general, activity or steps. */
    public Exposure exposure() {
        return finding.exposure();
    }

    /** True when the confidence or credible interval lies wholly on one side of no effect. */
    public boolean excludesNoEffect() {
        return hasUncertaintyInterval()
                && (ciLower.getAsDouble() > noEffect() || ciUpper.getAsDouble() < noEffect());
    }

    /** The side the point estimate lies on, ignoring its uncertainty; NEITHER for a change from baseline. */
    public Favours pointFavours() {
        if (estimate == noEffect() || !comparative()) {
            return Favours.NEITHER;
        }
        boolean below = estimate < noEffect();
        return below == finding.outcome().lowerIsBetter() ? Favours.EXPOSURE : Favours.COMPARATOR;
    }

    /** The side the whole CI lies on; NEITHER when the CI includes no effect or there is no CI. */
    public Favours favours() {
        return excludesNoEffect() ? pointFavours() : Favours.NEITHER;
    }

    /**
     * The favoured side in words that name the exposure: "favours walking", "favours exercise", "favours more
     * leisure-time activity", "favours the comparator", or "no clear difference" / "not a comparison".
     */
    public String favoursLabel() {
        if (!comparative()) {
            return "change from baseline, not a comparison";
        }
        return switch (favours()) {
            case EXPOSURE -> exposure().favoursLabel();
            case COMPARATOR -> "favours the comparator";
            case NEITHER -> hasUncertaintyInterval() ? "no clear difference (" + intervalKind().abbreviation()
                    + " includes no effect)" : "no interval to judge";
        };
    }

    /** The estimate with the digits the source printed, else formatted to two decimals. */
    public String estimateText() {
        return !computed && !finding.printed().estimate().isEmpty() ? finding.printed().estimate()
                : NumberText.of(estimate);
    }

    /** "-0.23 (95% CI -0.33 to -0.13)" with printed digits where the source gave them; no interval: the estimate. */
    public String text() {
        if (!hasCi()) {
            return estimateText();
        }
        boolean asPrinted = !computed && finding.printed().hasInterval();
        String lo = asPrinted ? finding.printed().lower() : NumberText.of(ciLower.getAsDouble());
        String hi = asPrinted ? finding.printed().upper() : NumberText.of(ciUpper.getAsDouble());
        String level = intervalKind() == IntervalKind.RANGE ? "" : levelPercent() + " ";
        return estimateText() + " (" + level + intervalKind().abbreviation() + " " + lo + " to " + hi + ")";
    }

    private String levelPercent() {
        double level = finding.data().map(d -> d instanceof ReportedEffect r && r.ci().isPresent()
                ? r.ci().get().level() : d instanceof org.walkstudy.core.effect.HazardRatio h ? h.ci().level() : 0.95)
                .orElse(0.95);
        double percent = level * 100;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
    }

    /** The size of a standardised mean difference in Cohen's words; empty for other measures. */
    public Optional<Magnitude> magnitude() {
        return measure.equals("SMD") ? Optional.of(Magnitude.ofStandardised(estimate)) : Optional.empty();
    }
}
