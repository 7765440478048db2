package org.walkstudy.analysis.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.walkstudy.analysis.evidence.Favours;
import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.evidence.StudyEffects;
import org.walkstudy.core.claim.Claim;
import org.walkstudy.core.claim.ClaimPart;
import org.walkstudy.core.claim.PartExpectation;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.study.Study;

/**
 * Gives each claim part a verdict from the findings it points to, and each claim a verdict derived from its
 * parts (docs/verdicts.md states the rules). A finding is usable when it carries a comparative estimate with a
 * confidence or credible interval, no flag that keeps it out of pooling, and was not read from a secondary
 * source. A part expecting a benefit is SUPPORTED when some usable effect favours the exposure with its
 * interval excluding no effect and none favours the comparator that way; MIXED when both happen; CONTRADICTED
 * when only the comparator is favoured; NOT_SHOWN when no usable interval excludes no effect; UNVERIFIED when
 * nothing is usable. A part expecting no difference ("some trials found no effect") is SUPPORTED when some
 * usable interval includes no effect and CONTRADICTED when none does.
 */
public final class ClaimAssessor {
    private final Map<String, Study> studies;
    private final List<Finding> findings;

    private ClaimAssessor(Map<String, Study> studies, List<Finding> findings) {
        this.studies = studies;
        this.findings = findings;
    }

    public static ClaimAssessor over(List<Study> studies, List<Finding> findings) {
        return new ClaimAssessor(studies.stream().collect(Collectors.toMap(Study::id, Function.identity(),
                (a, b) -> a)), List.copyOf(findings));
    }

    public ClaimAssessment assess(Claim claim) {
        List<PartAssessment> parts = claim.parts().stream().map(this::assess).toList();
        Verdict verdict = combine(parts.stream().map(PartAssessment::verdict).toList());
        List<StudyEffect> usable = parts.stream().flatMap(p -> p.usable().stream()).distinct().toList();
        Optional<StudyEffect> key = parts.stream().filter(p -> p.verdict() == verdict || verdict == Verdict.PARTLY_SUPPORTED
                && p.verdict() == Verdict.SUPPORTED).map(PartAssessment::key).flatMap(Optional::stream).findFirst()
                .or(() -> parts.stream().map(PartAssessment::key).flatMap(Optional::stream).findFirst());
        int withNumbers = (int) usable.stream().map(e -> e.finding().studyId()).distinct().count();
        Optional<CertaintyRating> certainty = key.map(k -> certaintyOf(k, withNumbers));
        return new ClaimAssessment(claim, verdict, usable, key, withNumbers, claim.evidenceStudyIds().size(),
                participants(usable), certainty, parts);
    }

    /** One part's verdict over the findings of its studies that it covers. */
    public PartAssessment assess(ClaimPart part) {
        List<StudyEffect> usable = new ArrayList<>();
        List<StudyEffect> others = new ArrayList<>();
        ClaimPart anyComparison = part.comparisonContains().isEmpty() ? null : new ClaimPart(part.label(),
                part.statement(), part.evidenceStudyIds(), part.domains(), "", part.exposures(), "", part.expects(), "");
        for (Finding f : findings) {
            if (!part.evidenceStudyIds().contains(f.studyId()) || !usable(f)) {
                continue;
            }
            Optional<StudyEffect> effect = StudyEffects.of(f).filter(ClaimAssessor::decisive);
            if (part.covers(f.outcome().domain(), f.comparison(), f.exposure())) {
                effect.ifPresent(usable::add);
            } else if (anyComparison != null && anyComparison.covers(f.outcome().domain(), f.comparison(), f.exposure())) {
                // Another comparator for the same intervention (e.g. walking/running vs other exercise), not
                // another intervention (e.g. Pilates when the part is about stabilisation exercise).
                effect.filter(e -> sameIntervention(e, part)).ifPresent(others::add);
            }
        }
        Verdict verdict = part.expects() == PartExpectation.NO_DIFFERENCE ? noDifference(usable) : verdict(usable);
        int withNumbers = (int) usable.stream().map(e -> e.finding().studyId()).distinct().count();
        return new PartAssessment(part, verdict, usable, keyEffect(usable, verdict, part.expects()), others,
                withNumbers, participants(usable));
    }

    /** True when the finding's intervention (its comparison before " vs ") is one the part itself covers. */
    private boolean sameIntervention(StudyEffect e, ClaimPart part) {
        String intervention = interventionOf(e.finding().comparison());
        return findings.stream().filter(f -> part.evidenceStudyIds().contains(f.studyId()))
                .filter(f -> part.covers(f.outcome().domain(), f.comparison(), f.exposure()))
                .anyMatch(f -> interventionOf(f.comparison()).equalsIgnoreCase(intervention));
    }

    private static String interventionOf(String comparison) {
        int vs = comparison.toLowerCase(java.util.Locale.ROOT).indexOf(" vs ");
        return (vs < 0 ? comparison : comparison.substring(0, vs)).strip();
    }

    static boolean usable(Finding f) {
        return f.poolable() && f.flags().stream().noneMatch(x -> x.code().equals(Flag.SECONDARY_SOURCE));
    }

    /** A comparative estimate whose interval expresses its uncertainty (a range or no interval never decides). */
    static boolean decisive(StudyEffect e) {
        return e.hasUncertaintyInterval() && e.comparative();
    }

    static Verdict verdict(List<StudyEffect> usable) {
        if (usable.isEmpty()) {
            return Verdict.UNVERIFIED;
        }
        boolean forExposure = usable.stream().anyMatch(e -> e.favours() == Favours.EXPOSURE);
        boolean forComparator = usable.stream().anyMatch(e -> e.favours() == Favours.COMPARATOR);
        if (forExposure && forComparator) {
            return Verdict.MIXED;
        }
        if (forExposure) {
            return Verdict.SUPPORTED;
        }
        return forComparator ? Verdict.CONTRADICTED : Verdict.NOT_SHOWN;
    }

    /** "Some studies found no difference": one usable interval including no effect supports it. */
    static Verdict noDifference(List<StudyEffect> usable) {
        if (usable.isEmpty()) {
            return Verdict.UNVERIFIED;
        }
        return usable.stream().anyMatch(e -> e.favours() == Favours.NEITHER) ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    }

    /**
     * A claim's verdict from its parts: all parts alike give that verdict; some supported and some not give
     * PARTLY_SUPPORTED; otherwise MIXED if a part is mixed, CONTRADICTED if a part is contradicted, NOT_SHOWN if a
     * part has usable numbers, else UNVERIFIED.
     */
    static Verdict combine(List<Verdict> parts) {
        if (parts.isEmpty()) {
            return Verdict.UNVERIFIED;
        }
        if (parts.stream().distinct().count() == 1) {
            return parts.get(0);
        }
        for (Verdict v : List.of(Verdict.SUPPORTED, Verdict.PARTLY_SUPPORTED)) {
            if (parts.contains(v)) {
                return Verdict.PARTLY_SUPPORTED;
            }
        }
        for (Verdict v : List.of(Verdict.MIXED, Verdict.CONTRADICTED, Verdict.NOT_SHOWN)) {
            if (parts.contains(v)) {
                return v;
            }
        }
        return Verdict.UNVERIFIED;
    }

    /** The first usable effect (in data order) that decides the verdict, else the first usable one. */
    private static Optional<StudyEffect> keyEffect(List<StudyEffect> usable, Verdict verdict, PartExpectation expects) {
        Favours deciding = switch (verdict) {
            case SUPPORTED -> expects == PartExpectation.NO_DIFFERENCE ? Favours.NEITHER : Favours.EXPOSURE;
            case MIXED -> Favours.EXPOSURE;
            case CONTRADICTED -> expects == PartExpectation.NO_DIFFERENCE ? Favours.EXPOSURE : Favours.COMPARATOR;
            default -> Favours.NEITHER;
        };
        return usable.stream().filter(e -> e.favours() == deciding).findFirst().or(() -> usable.stream().findFirst());
    }

    /**
     * Participants behind the usable effects, each study once: the pooled participants a review printed for its
     * results (the largest, as its results overlap), else the study's arm sizes.
     */
    private int participants(List<StudyEffect> usable) {
        Map<String, Integer> byStudy = new LinkedHashMap<>();
        for (StudyEffect e : usable) {
            String id = e.finding().studyId();
            OptionalInt pooled = e.finding().participants();
            int n = pooled.isPresent() ? pooled.getAsInt() : studies.containsKey(id) ? studies.get(id).totalN() : 0;
            byStudy.merge(id, n, Math::max);
        }
        return byStudy.values().stream().mapToInt(Integer::intValue).sum();
    }

    private CertaintyRating certaintyOf(StudyEffect e, int studiesWithNumbers) {
        return CertaintyRating.ofResult(e, studies.get(e.finding().studyId()), studiesWithNumbers);
    }
}
