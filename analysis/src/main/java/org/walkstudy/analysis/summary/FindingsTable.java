package org.walkstudy.analysis.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.evidence.StudyEffects;
import org.walkstudy.analysis.summary.GradeWording.Change;
import org.walkstudy.analysis.verdict.Certainty;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;

/**
 * A summary-of-findings table in Cochrane's layout: one row per outcome with the best available evidence
 * (walkstudy's pool of primary studies, else a review's pooled estimate, else a single study; within a tier the
 * most precise result), its participants and studies, certainty, and what it means as a GRADE statement.
 * Outcomes without usable numbers are listed as gaps.
 */
public final class FindingsTable {
    /**
     * One row.
     *
     * @param outcome  the outcome in words ("pain, short term")
     * @param effect   "SMD -0.23 (-0.35 to -0.10)", the interval as printed (95% unless the source said otherwise)
     * @param base     "2,362 (1 review)"
     * @param evidence what the row rests on: "pooled", "review", "single study"
     * @param meaning  the GRADE sentence
     * @param phrase   its verb phrase for a narrow cell ("probably reduces slightly")
     */
    public record Row(OutcomeDomain domain, String outcome, String effect, String base, String evidence,
            Certainty certainty, String meaning, String phrase) {
    }

    private FindingsTable() {
    }

    /** The rows of one family's outcomes (gaps left out: see {@link #gaps}). */
    public static List<Row> rows(List<OutcomeSummary> outcomes, List<Finding> findings, Map<String, Study> studies) {
        List<Row> rows = new ArrayList<>();
        for (OutcomeSummary o : outcomes) {
            best(o, findings, studies).ifPresent(rows::add);
        }
        return rows;
    }

    /**
     * The named outcomes with no row: no result with numbers and an interval that may be used ("other" outcomes
     * are not a name a reader can act on, and are listed in full by {@code summary --full}).
     */
    public static List<OutcomeDomain> gaps(List<OutcomeSummary> outcomes, List<Finding> findings,
            Map<String, Study> studies) {
        return outcomes.stream().filter(o -> o.domain() != OutcomeDomain.OTHER && best(o, findings, studies).isEmpty())
                .map(OutcomeSummary::domain).toList();
    }

    static Optional<Row> best(OutcomeSummary o, List<Finding> findings, Map<String, Study> studies) {
        Optional<PooledResult> pool = o.pools().stream().max(Comparator.comparingInt(p -> p.studies().size()));
        if (pool.isPresent()) {
            return Optional.of(pooledRow(o, pool.get(), studies));
        }
        List<SummaryRow> reported = o.rows().stream().filter(r -> r.kind() == RowKind.REPORTED && r.ciLower().isPresent())
                .toList();
        Optional<Match> review = mostPrecise(reported, findings, studies, true);
        Optional<Match> chosen = review.isPresent() ? review : mostPrecise(reported, findings, studies, false);
        return chosen.map(m -> reportedRow(m, studies));
    }

    private record Match(SummaryRow row, StudyEffect effect) {
    }

    private static Optional<Match> mostPrecise(List<SummaryRow> rows, List<Finding> findings,
            Map<String, Study> studies, boolean reviews) {
        List<Match> matches = new ArrayList<>();
        for (SummaryRow r : rows) {
            String id = r.studies().get(0);
            boolean review = studies.containsKey(id) && studies.get(id).design().isReview();
            if (review == reviews) {
                effectOf(r, findings).ifPresent(e -> matches.add(new Match(r, e)));
            }
        }
        return matches.stream().min(Comparator.comparingDouble(m -> width(m.effect())));
    }

    /** The interval's width on the scale the measure is pooled on (log for ratios). */
    private static double width(StudyEffect e) {
        double lo = e.ciLower().getAsDouble();
        double hi = e.ciUpper().getAsDouble();
        return e.ratio() ? Math.log(hi) - Math.log(lo) : hi - lo;
    }

    /** The result behind a reported row: same study, measure and numbers. */
    private static Optional<StudyEffect> effectOf(SummaryRow r, List<Finding> findings) {
        for (Finding f : findings) {
            if (!f.studyId().equals(r.studies().get(0))) {
                continue;
            }
            Optional<StudyEffect> e = StudyEffects.of(f).filter(x -> x.hasCi() && x.measure().equals(r.measure())
                    && x.estimate() == r.estimate().getAsDouble()
                    && x.ciLower().getAsDouble() == r.ciLower().getAsDouble());
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private static Row pooledRow(OutcomeSummary o, PooledResult p, Map<String, Study> studies) {
        StudyEffect first = p.studies().get(0);
        double noEffect = p.ratio() ? 1 : 0;
        boolean clear = p.ciLower() > noEffect || p.ciUpper() < noEffect;
        boolean below = p.estimate() < noEffect;
        Change change = !clear ? Change.NONE
                : below == first.finding().outcome().lowerIsBetter() ? Change.BENEFIT : Change.HARM;
        SummaryRow row = o.rows().stream().filter(r -> r.kind() == RowKind.POOLED && r.measure().equals(p.measure()))
                .findFirst().orElseThrow();
        Certainty certainty = row.certainty().map(c -> c.certainty()).orElse(Certainty.VERY_LOW);
        int n = p.studies().stream().map(e -> e.finding().studyId()).distinct()
                .mapToInt(id -> studies.containsKey(id) ? studies.get(id).totalN() : 0).sum();
        String effect = p.measure() + " " + Numbers.computed(p.estimate()) + " (" + Numbers.computed(p.ciLower())
                + " to " + Numbers.computed(p.ciUpper()) + ")";
        return new Row(o.domain(), outcomeLabel(first), effect, participants(n) + " (" + GradeWording.count(
                p.studies().size(), "study", "studies") + ")", "pooled", certainty,
                EvidenceStatements.sentence(first, p.measure(), p.estimate(), change,
                        EvidenceStatements.comparator(first.finding().comparison()), certainty),
                EvidenceStatements.phrase(first, p.measure(), p.estimate(), change, certainty));
    }

    private static Row reportedRow(Match m, Map<String, Study> studies) {
        StudyEffect e = m.effect();
        Study s = studies.get(e.finding().studyId());
        boolean review = s != null && s.design().isReview();
        Certainty certainty = m.row().certainty().map(c -> c.certainty()).orElse(Certainty.VERY_LOW);
        int n = e.finding().participants().orElse(s == null ? 0 : s.totalN());
        String numbers = EvidenceStatements.compact(e);
        return new Row(o(e), outcomeLabel(e), numbers, participants(n) + " (" + (review ? "1 review" : "1 study") + ")",
                review ? "review" : "single study", certainty, EvidenceStatements.sentence(e, certainty),
                EvidenceStatements.phrase(e, e.measure(), e.estimate(), EvidenceStatements.change(e), certainty));
    }

    private static OutcomeDomain o(StudyEffect e) {
        return e.finding().outcome().domain();
    }

    private static String participants(int n) {
        return n > 0 ? GradeWording.thousands(n) : "-";
    }

    /** "Pain, short term": the outcome in words and its time point unless the words already say it. */
    private static String outcomeLabel(StudyEffect e) {
        String label = EvidenceStatements.outcome(e);
        String tp = e.finding().outcome().timepoint();
        boolean said = tp.isEmpty() || label.toLowerCase(java.util.Locale.ROOT).contains(tp.toLowerCase(java.util.Locale.ROOT));
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + (said ? "" : ", " + tp);
    }
}
