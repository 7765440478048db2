package org.walkstudy.analysis.summary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.walkstudy.analysis.evidence.Favours;
import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.summary.GradeWording.Change;
import org.walkstudy.analysis.verdict.Certainty;
import org.walkstudy.analysis.verdict.ClaimAssessment;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;

/** Builds the GRADE statements of the claims' assessments and of the summary's best rows. */
public final class EvidenceStatements {
    /** Outcomes where less is better in plain words ("reduces pain"); the others improve ("improves mood"). */
    private static final Set<OutcomeDomain> HARMFUL = EnumSet.of(OutcomeDomain.PAIN, OutcomeDomain.DISABILITY,
            OutcomeDomain.BODY_WEIGHT, OutcomeDomain.SLEEP_LATENCY, OutcomeDomain.RECURRENCE,
            OutcomeDomain.CHRONIC_LBP_INCIDENCE, OutcomeDomain.SICK_LEAVE, OutcomeDomain.ADVERSE_EVENTS,
            OutcomeDomain.MORTALITY);

    private final Map<String, Study> studies;

    private EvidenceStatements(Map<String, Study> studies) {
        this.studies = Map.copyOf(studies);
    }

    /** Statements over these studies (to tell reviews from primary studies). */
    public static EvidenceStatements over(Map<String, Study> studies) {
        return new EvidenceStatements(studies);
    }

    /** One statement per claim. */
    public List<EvidenceStatement> of(ClaimAssessment a) {
        String label = String.valueOf(a.claim().number());
        if (a.key().isEmpty()) {
            return List.of(new EvidenceStatement(label, a.claim().statement(), a.verdict().label(), Optional.empty(),
                    GradeWording.notKnown(firstSentence(a.claim().note())), "", "", ""));
        }
        StudyEffect key = a.key().get();
        Certainty certainty = a.certainty().map(c -> c.certainty()).orElse(Certainty.VERY_LOW);
        List<String> ids = a.usable().stream().map(e -> e.finding().studyId()).distinct().toList();
        return List.of(new EvidenceStatement(label, a.claim().statement(), a.verdict().label(), Optional.of(certainty),
                sentence(key, certainty), numbers(key), base(ids, a.participants()), ""));
    }

    /** The GRADE sentence of one result at one certainty. */
    public static String sentence(StudyEffect e, Certainty certainty) {
        return sentence(e, e.measure(), e.estimate(), change(e), certainty);
    }

    /**
     * The GRADE sentence of an estimate on {@code like}'s outcome, exposure and comparison (a pool's estimate
     * speaks about its studies' outcome).
     */
    static String sentence(StudyEffect like, String measure, double estimate, Change change, Certainty certainty) {
        OutcomeDomain domain = like.finding().outcome().domain();
        String adverb = measure.equals("SMD") ? GradeWording.smdAdverb(estimate) : "";
        return GradeWording.sentence(exposure(like), outcome(like), HARMFUL.contains(domain), like.ratio(), change,
                adverb, comparator(like.finding().comparison()), certainty);
    }

    /** The sentence's verb phrase for a table cell ("probably reduces slightly"). */
    static String phrase(StudyEffect like, String measure, double estimate, Change change, Certainty certainty) {
        String adverb = measure.equals("SMD") ? GradeWording.smdAdverb(estimate) : "";
        return GradeWording.phrase(HARMFUL.contains(like.finding().outcome().domain()), change, adverb, certainty);
    }

    static Change change(StudyEffect e) {
        if (e.favours() == Favours.NEITHER) {
            return Change.NONE;
        }
        return e.favours() == Favours.COMPARATOR ? Change.HARM : Change.BENEFIT;
    }

    /** "SMD -0.23 (-0.35 to -0.10)": measure, estimate and interval with the source's digits, for a table cell. */
    public static String compact(StudyEffect e) {
        String unit = e.measure().startsWith("MD") ? unit(e.finding().outcome().instrument()) : "";
        return e.measure() + " " + Numbers.published(e.estimate()) + (unit.isEmpty() ? "" : " " + unit)
                + (e.hasCi() ? " (" + Numbers.published(e.ciLower().getAsDouble()) + " to "
                        + Numbers.published(e.ciUpper().getAsDouble()) + ")" : "");
    }

    /** "SMD -0.23, 95% CI -0.35 to -0.10, small" with the source's digits. */
    public static String numbers(StudyEffect e) {
        String unit = e.measure().startsWith("MD") ? unit(e.finding().outcome().instrument()) : "";
        StringBuilder sb = new StringBuilder(e.measure()).append(' ').append(Numbers.published(e.estimate()))
                .append(unit.isEmpty() ? "" : " " + unit);
        if (e.hasCi()) {
            sb.append(", 95% CI ").append(Numbers.published(e.ciLower().getAsDouble())).append(" to ")
                    .append(Numbers.published(e.ciUpper().getAsDouble()));
        }
        if (e.measure().equals("SMD")) {
            sb.append(", ").append(GradeWording.smdSize(e.estimate()));
        }
        return sb.toString();
    }

    /** "1 review, 2,362 participants", "2 studies, participants not reported". */
    String base(List<String> ids, int participants) {
        long reviews = ids.stream().filter(id -> studies.containsKey(id) && studies.get(id).design().isReview()).count();
        int primary = ids.size() - (int) reviews;
        List<String> parts = new ArrayList<>();
        if (reviews > 0) {
            parts.add(GradeWording.count((int) reviews, "review", "reviews"));
        }
        if (primary > 0) {
            parts.add(GradeWording.count(primary, "study", "studies"));
        }
        return String.join(" and ", parts) + ", " + (participants > 0 ? GradeWording.thousands(participants)
                + " participants" : "participants not reported");
    }

    /** What was done, in words. */
    static String exposure(StudyEffect e) {
        return "walking";
    }

    /** The outcome in words, e.g. "pain", "the time to fall asleep". */
    static String outcome(StudyEffect e) {
        return switch (e.finding().outcome().domain()) {
            case SLEEP_LATENCY -> "the time to fall asleep";
            case SLEEP_DURATION -> "sleep time";
            case CHRONIC_LBP_INCIDENCE -> "chronic low back pain";
            case MORTALITY -> "death";
            case OTHER -> e.finding().outcome().instrument().toLowerCase(Locale.ROOT);
            default -> e.finding().outcome().domain().label();
        };
    }

    /** What the exposure was compared with: the words after the last " vs " of the comparison. */
    static String comparator(String comparison) {
        String c = comparison.replace('|', ' ').replaceAll("\\s+", " ").strip();
        int vs = c.toLowerCase(Locale.ROOT).lastIndexOf(" vs ");
        String after = vs < 0 ? "" : c.substring(vs + 4).strip();
        // "No regular activity" reads mid-sentence as "no regular activity"; an acronym ("LTPA") keeps its case.
        return after.length() > 1 && Character.isUpperCase(after.charAt(0)) && Character.isLowerCase(after.charAt(1))
                ? Character.toLowerCase(after.charAt(0)) + after.substring(1) : after;
    }

    /** The unit in an instrument's last parentheses when it is short ("body weight (kg)" gives "kg"). */
    static String unit(String instrument) {
        int open = instrument.lastIndexOf('(');
        int close = instrument.lastIndexOf(')');
        if (open < 0 || close < open) {
            return "";
        }
        String unit = instrument.substring(open + 1, close).strip();
        return unit.length() <= 8 && !unit.contains(" ") ? unit : "";
    }

    /** The note's first sentence, without its stop: what is missing, in the curator's words. */
    private static String firstSentence(String note) {
        int stop = note.indexOf(". ");
        String s = stop < 0 ? note : note.substring(0, stop);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
