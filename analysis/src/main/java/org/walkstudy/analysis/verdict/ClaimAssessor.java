package org.walkstudy.analysis.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.walkstudy.analysis.evidence.Favours;
import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.evidence.StudyEffects;
import org.walkstudy.core.claim.Claim;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.study.Study;

/**
 * Gives each claim a verdict from the findings it points to. A finding is usable when it carries numbers with
 * a confidence interval, no flag that keeps it out of pooling, and was not read from a secondary source. Then:
 * SUPPORTED when some usable effect favours walking with its CI excluding no effect and none favours the
 * comparator that way; MIXED when both happen; CONTRADICTED when only the comparator is favoured; NOT_SHOWN
 * when no usable CI excludes no effect; UNVERIFIED when nothing is usable. One study is never more than one
 * study: the certainty of the key effect says so.
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
        List<StudyEffect> usable = new ArrayList<>();
        for (Finding f : findings) {
            if (claim.evidenceStudyIds().contains(f.studyId()) && claim.covers(f.outcome().domain(), f.comparison())
                    && usable(f)) {
                StudyEffects.of(f).filter(StudyEffect::hasCi).ifPresent(usable::add);
            }
        }
        Verdict verdict = verdict(usable);
        Optional<StudyEffect> key = keyEffect(usable, verdict);
        int withNumbers = (int) usable.stream().map(e -> e.finding().studyId()).distinct().count();
        int participants = usable.stream().map(e -> e.finding().studyId()).distinct()
                .mapToInt(id -> studies.containsKey(id) ? studies.get(id).totalN() : 0).sum();
        Optional<CertaintyRating> certainty = key.map(k -> certaintyOf(k, withNumbers));
        return new ClaimAssessment(claim, verdict, usable, key, withNumbers, claim.evidenceStudyIds().size(),
                participants, certainty);
    }

    static boolean usable(Finding f) {
        return f.poolable() && f.flags().stream().noneMatch(x -> x.code().equals(Flag.SECONDARY_SOURCE));
    }

    static Verdict verdict(List<StudyEffect> usable) {
        if (usable.isEmpty()) {
            return Verdict.UNVERIFIED;
        }
        boolean forWalking = usable.stream().anyMatch(e -> e.favours() == Favours.WALKING);
        boolean forComparator = usable.stream().anyMatch(e -> e.favours() == Favours.COMPARATOR);
        if (forWalking && forComparator) {
            return Verdict.MIXED;
        }
        if (forWalking) {
            return Verdict.SUPPORTED;
        }
        return forComparator ? Verdict.CONTRADICTED : Verdict.NOT_SHOWN;
    }

    /** The first usable effect (in data order) that decides the verdict, else the first usable one. */
    private static Optional<StudyEffect> keyEffect(List<StudyEffect> usable, Verdict verdict) {
        Favours deciding = switch (verdict) {
            case SUPPORTED, MIXED -> Favours.WALKING;
            case CONTRADICTED -> Favours.COMPARATOR;
            default -> Favours.NEITHER;
        };
        return usable.stream().filter(e -> e.favours() == deciding).findFirst().or(() -> usable.stream().findFirst());
    }

    private CertaintyRating certaintyOf(StudyEffect e, int studiesWithNumbers) {
        Study study = studies.get(e.finding().studyId());
        int n = study == null ? 0 : study.totalN();
        return CertaintyRating.rate(study == null ? org.walkstudy.core.study.StudyDesign.PRE_POST : study.design(),
                studiesWithNumbers, e.hasCi(), e.excludesNoEffect(), n > 0 ? OptionalInt.of(n) : OptionalInt.empty(), OptionalDouble.empty(),
                e.finding().flags().stream().anyMatch(x -> x.code().equals(Flag.SECONDARY_SOURCE)));
    }
}
