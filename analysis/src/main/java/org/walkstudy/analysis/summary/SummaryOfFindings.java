package org.walkstudy.analysis.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.evidence.StudyEffects;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.RandomEffectsModel;
import org.walkstudy.analysis.meta.Tau2Estimator;
import org.walkstudy.analysis.meta.TestStatistic;
import org.walkstudy.analysis.verdict.CertaintyRating;
import org.walkstudy.core.effect.ArmSummary;
import org.walkstudy.core.effect.ChangeScores;
import org.walkstudy.core.effect.EffectData;
import org.walkstudy.core.effect.PrePostSingleGroup;
import org.walkstudy.core.effect.SingleGroupChange;
import org.walkstudy.core.effect.TwoArmContinuous;
import org.walkstudy.core.effect.TwoByTwoCounts;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;
import org.walkstudy.core.study.StudyDesign;

/**
 * Builds a summary of findings like a Cochrane summary-of-findings table. Primary studies (not reviews) with a
 * derivable effect size on the same measure and instrument are pooled (REML; Knapp-Hartung when k >= 3);
 * every other result is listed as reported, reviews' pooled estimates are never re-pooled, and numbers that
 * cannot carry a between-arm effect are shown as descriptive. The wording never makes one study a body of
 * evidence.
 */
public final class SummaryOfFindings {
    private final Map<String, Study> studies;

    private SummaryOfFindings(Map<String, Study> studies) {
        this.studies = studies;
    }

    public static List<OutcomeSummary> build(List<Study> studies, List<Finding> findings) {
        SummaryOfFindings sof = new SummaryOfFindings(studies.stream()
                .collect(Collectors.toMap(Study::id, Function.identity(), (a, b) -> a)));
        Map<OutcomeDomain, List<Finding>> byDomain = new LinkedHashMap<>();
        for (OutcomeDomain d : OutcomeDomain.values()) {
            List<Finding> of = findings.stream().filter(f -> f.outcome().domain() == d).toList();
            if (!of.isEmpty()) {
                byDomain.put(d, of);
            }
        }
        List<OutcomeSummary> out = new ArrayList<>();
        byDomain.forEach((d, fs) -> out.add(sof.summarise(d, fs)));
        return out;
    }

    private OutcomeSummary summarise(OutcomeDomain domain, List<Finding> findings) {
        List<SummaryRow> rows = new ArrayList<>();
        List<PooledResult> pools = new ArrayList<>();
        Map<String, List<StudyEffect>> poolGroups = new LinkedHashMap<>();
        List<StudyEffect> single = new ArrayList<>();
        List<Finding> descriptive = new ArrayList<>();
        List<Finding> gaps = new ArrayList<>();
        List<Finding> flagged = new ArrayList<>();
        for (Finding f : findings) {
            Optional<StudyEffect> e = StudyEffects.of(f);
            if (f.flags().stream().anyMatch(Flag::excludesFromPooling)) {
                flagged.add(f);
            } else if (e.isPresent() && e.get().effectSize().isPresent() && isPrimary(f)) {
                poolGroups.computeIfAbsent(poolKey(e.get()), k -> new ArrayList<>()).add(e.get());
            } else if (e.isPresent() && f.poolable()) {
                single.add(e.get());
            } else if (f.data().isPresent() && f.poolable()) {
                descriptive.add(f);
            } else {
                gaps.add(f);
            }
        }
        for (List<StudyEffect> group : poolGroups.values()) {
            List<StudyEffect> onePerStudy = onePerStudy(group);
            if (onePerStudy.size() >= 2) {
                PooledResult pooled = pool(onePerStudy);
                pools.add(pooled);
                rows.add(pooledRow(pooled));
                group.stream().filter(e -> !onePerStudy.contains(e)).forEach(single::add);
            } else {
                single.addAll(group);
            }
        }
        single.forEach(e -> rows.add(reportedRow(e)));
        descriptive.forEach(f -> rows.add(descriptiveRow(f)));
        flagged.forEach(f -> rows.add(flaggedRow(f)));
        if (!gaps.isEmpty()) {
            rows.add(gapRow(gaps));
        }
        return new OutcomeSummary(domain, rows, pools);
    }

    private boolean isPrimary(Finding f) {
        Study s = studies.get(f.studyId());
        return s != null && !s.design().isReview();
    }

    private static String poolKey(StudyEffect e) {
        return e.measure() + "|" + (e.ratio() ? "" : e.finding().outcome().instrument());
    }

    private static List<StudyEffect> onePerStudy(List<StudyEffect> group) {
        Map<String, StudyEffect> first = new LinkedHashMap<>();
        group.forEach(e -> first.putIfAbsent(e.finding().studyId(), e));
        return new ArrayList<>(first.values());
    }

    static PooledResult pool(List<StudyEffect> effects) {
        List<EffectSize> sizes = effects.stream().map(e -> e.effectSize().orElseThrow()).toList();
        TestStatistic test = sizes.size() >= 3 ? TestStatistic.KNHA : TestStatistic.Z;
        MetaFit fit = RandomEffectsModel.fit(sizes, ModelOptions.of(Tau2Estimator.REML, test, 95));
        StudyEffect first = effects.get(0);
        return new PooledResult(first.measure(), first.ratio(), effects, fit);
    }

    private SummaryRow pooledRow(PooledResult p) {
        StudyEffect first = p.studies().get(0);
        int n = participants(p.studies().stream().map(e -> e.finding().studyId()).toList());
        double noEffect = p.ratio() ? 1 : 0;
        boolean excludes = p.ciLower() > noEffect || p.ciUpper() < noEffect;
        double i2 = p.fit().heterogeneity().i2();
        CertaintyRating certainty = CertaintyRating.rate(weakestDesign(p.studies()), p.studies().size(), true, excludes,
                n > 0 ? OptionalInt.of(n) : OptionalInt.empty(), OptionalDouble.of(i2), false);
        String effect = p.measure() + " " + Numbers.computed(p.estimate()) + " (" + Numbers.computed(p.ciLower())
                + " to " + Numbers.computed(p.ciUpper()) + ")";
        // Name the exposure pooled (walking, exercise, ...): a pool of mixed exposures favours "the interventions".
        String favoured = p.studies().stream().map(StudyEffect::exposure).distinct().count() == 1
                ? first.exposure().favoursLabel() : "favours the interventions";
        String favours = excludes ? (favoursWalking(first, p.estimate()) ? favoured : "favours the comparator")
                : "no clear difference (CI includes no effect)";
        String comment = "Pooled from " + p.studies().size() + " studies (random effects, REML"
                + (p.studies().size() >= 3 ? ", Knapp-Hartung" : "") + "): " + favours + ". Prediction interval "
                + Numbers.computed(p.piLower()) + " to " + Numbers.computed(p.piUpper()) + "; I2 "
                + Numbers.computed(i2) + "%." + units(first, p.ratio());
        return new SummaryRow(RowKind.POOLED, outcomeLabel(first.finding()), effect, p.measure(),
                OptionalDouble.of(p.estimate()), OptionalDouble.of(p.ciLower()), OptionalDouble.of(p.ciUpper()),
                participantsText(n, p.studies().size()), Optional.of(certainty), comment,
                p.studies().stream().map(e -> e.finding().studyId()).toList(),
                p.studies().stream().map(e -> e.finding().provenance().sourceUrl()).distinct().toList());
    }

    private SummaryRow reportedRow(StudyEffect e) {
        Finding f = e.finding();
        Study s = studies.get(f.studyId());
        boolean review = s != null && s.design().isReview();
        boolean secondary = f.flags().stream().anyMatch(x -> x.code().equals(Flag.SECONDARY_SOURCE));
        String effect = effectText(e);
        int n = s == null ? 0 : s.totalN();
        Optional<CertaintyRating> certainty = s == null ? Optional.empty()
                : Optional.of(CertaintyRating.rate(s.design(), 1, e.hasCi(), e.excludesNoEffect(),
                        n > 0 ? OptionalInt.of(n) : OptionalInt.empty(), OptionalDouble.empty(), secondary));
        String direction = !e.hasCi() ? "direction only, no CI" : e.favoursLabel();
        String who = review ? "As reported by the review (not re-pooled)" : "One study, not a body of evidence";
        String comment = who + ": " + direction + "." + comparison(f) + units(e, e.ratio()) + pValue(f);
        return new SummaryRow(RowKind.REPORTED, outcomeLabel(f), effect, e.measure(), OptionalDouble.of(e.estimate()),
                e.ciLower(), e.ciUpper(), review ? "review" : participantsText(n, 1), certainty, comment,
                List.of(f.studyId()), List.of(f.provenance().sourceUrl()));
    }

    private SummaryRow descriptiveRow(Finding f) {
        Study s = studies.get(f.studyId());
        String text = describe(f.data().orElseThrow());
        boolean secondary = f.flags().stream().anyMatch(x -> x.code().equals(Flag.SECONDARY_SOURCE));
        String comment = "Descriptive only: no between-arm effect with a CI can be derived from what was printed."
                + comparison(f) + pValue(f) + (secondary ? " Numbers from a secondary source." : "");
        return new SummaryRow(RowKind.DESCRIPTIVE, outcomeLabel(f), text, "", OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), participantsText(s == null ? 0 : s.totalN(), 1),
                Optional.empty(), comment, List.of(f.studyId()), List.of(f.provenance().sourceUrl()));
    }

    /** A flagged finding is shown with its numbers and its flag, and used nowhere else. */
    private SummaryRow flaggedRow(Finding f) {
        Study s = studies.get(f.studyId());
        Optional<StudyEffect> e = StudyEffects.of(f);
        String numbers = e.map(SummaryOfFindings::effectText)
                .orElseGet(() -> f.data().map(SummaryOfFindings::describe).orElse(f.gap()));
        String codes = f.flags().stream().filter(Flag::excludesFromPooling).map(Flag::code).distinct()
                .collect(Collectors.joining(", "));
        String why = f.flags().stream().filter(Flag::excludesFromPooling).map(Flag::message).findFirst().orElse("");
        String comment = "FLAGGED " + codes + ": shown, never pooled or used for a verdict. "
                + (why.length() > 240 ? why.substring(0, 240) + "..." : why) + comparison(f);
        return new SummaryRow(RowKind.FLAGGED, outcomeLabel(f), numbers, e.map(StudyEffect::measure).orElse(""),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                s == null || s.design().isReview() ? "review" : participantsText(s.totalN(), 1),
                Optional.empty(), comment, List.of(f.studyId()), List.of(f.provenance().sourceUrl()));
    }

    private SummaryRow gapRow(List<Finding> gaps) {
        List<String> ids = gaps.stream().map(Finding::studyId).distinct().toList();
        String names = ids.stream().map(id -> studies.containsKey(id) ? studies.get(id).citation().shortForm() : id)
                .collect(Collectors.joining(", "));
        String comment = "Numbers not found in any source checked; each reason is in the study file's gap column.";
        return new SummaryRow(RowKind.GAP, "results without usable numbers", gaps.size() + " results", "",
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), ids.size() + " studies: " + names,
                Optional.empty(), comment, ids, gaps.stream().map(g -> g.provenance().sourceUrl()).distinct().toList());
    }

    /** "MD -0.34 (-0.65 to -0.03)": the source's numbers exactly, walkstudy's own to fixed precision. */
    static String effectText(StudyEffect e) {
        java.util.function.DoubleFunction<String> fmt = e.computed() ? Numbers::computed : Numbers::published;
        return e.measure() + " " + fmt.apply(e.estimate()) + (e.hasCi()
                ? " (" + fmt.apply(e.ciLower().getAsDouble()) + " to " + fmt.apply(e.ciUpper().getAsDouble()) + ")"
                : " (no CI reported)");
    }

    static String describe(EffectData data) {
        if (data instanceof PrePostSingleGroup p) {
            return "before " + Numbers.published(p.preMean()) + " (SD " + Numbers.published(p.preSd()) + "), after "
                    + Numbers.published(p.postMean()) + " (SD " + Numbers.published(p.postSd()) + "), n " + p.n()
                    + "; no control group";
        }
        if (data instanceof SingleGroupChange c) {
            return "change " + Numbers.published(c.meanChange())
                    + (c.sd().isPresent() ? " (SD " + Numbers.published(c.sd().getAsDouble()) + ")" : " (SD not reported)")
                    + (c.n().isPresent() ? ", n " + c.n().getAsInt() : ", n not reported") + "; one group";
        }
        if (data instanceof TwoArmContinuous t) {
            return "walking " + arm(t.walking()) + " vs control " + arm(t.control());
        }
        if (data instanceof ChangeScores c) {
            return "change: walking " + arm(c.walking()) + " vs control " + arm(c.control());
        }
        if (data instanceof TwoByTwoCounts c) {
            return c.eventsWalking() + "/" + c.nWalking() + " vs " + c.eventsControl() + "/" + c.nControl();
        }
        return data.kind();
    }

    private static String arm(ArmSummary a) {
        return Numbers.published(a.mean()) + (a.sd().isPresent() ? " (SD " + Numbers.published(a.sd().getAsDouble()) + ")" : "")
                + (a.n().isPresent() ? " n " + a.n().getAsInt() : "");
    }

    private static boolean favoursWalking(StudyEffect e, double estimate) {
        double noEffect = e.ratio() ? 1 : 0;
        return (estimate < noEffect) == e.finding().outcome().lowerIsBetter();
    }

    private StudyDesign weakestDesign(List<StudyEffect> effects) {
        return effects.stream().map(e -> studies.get(e.finding().studyId())).filter(java.util.Objects::nonNull)
                .map(Study::design).reduce((a, b) -> rank(a) <= rank(b) ? a : b).orElse(StudyDesign.PRE_POST);
    }

    private static int rank(StudyDesign d) {
        return switch (d) {
            case RCT -> 4;
            case CONTROLLED_TRIAL, SYSTEMATIC_REVIEW -> 3;
            case COHORT, OBSERVATIONAL_REVIEW, SUBGROUP_ANALYSIS -> 2;
            case PRE_POST, CROSS_SECTIONAL -> 1;
        };
    }

    private int participants(List<String> ids) {
        return ids.stream().distinct().mapToInt(id -> studies.containsKey(id) ? studies.get(id).totalN() : 0).sum();
    }

    private static String participantsText(int n, int k) {
        return (n > 0 ? n + " participants" : "participants not reported") + " (" + k + (k == 1 ? " study)" : " studies)");
    }

    private static String outcomeLabel(Finding f) {
        String tp = f.outcome().timepoint();
        return f.outcome().instrument() + (tp.isEmpty() ? "" : ", " + tp);
    }

    private static String comparison(Finding f) {
        return f.comparison().isEmpty() ? "" : " Comparison: " + f.comparison() + ".";
    }

    private static String pValue(Finding f) {
        return f.pValue().isEmpty() ? "" : " p = " + f.pValue() + " as printed.";
    }

    private static String units(StudyEffect e, boolean ratio) {
        if (ratio || !e.measure().startsWith("MD")) {
            return "";
        }
        String instrument = e.finding().outcome().instrument();
        return instrument.isEmpty() ? "" : " Difference in the outcome's own units (" + instrument + ").";
    }
}
