package org.walkstudy.analysis.summary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.walkstudy.analysis.evidence.Favours;
import org.walkstudy.analysis.evidence.Magnitude;
import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.summary.GradeWording.Change;
import org.walkstudy.analysis.verdict.Certainty;
import org.walkstudy.analysis.verdict.CertaintyRating;
import org.walkstudy.analysis.verdict.ClaimAssessment;
import org.walkstudy.analysis.verdict.PartAssessment;
import org.walkstudy.core.evidence.Exposure;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;

/** Builds the GRADE statements of the claims' assessments and of the summary's best rows. */
public final class EvidenceStatements {
    /**
     * Outcomes whose name is something good ("improves sleep quality") whichever way their instrument runs
     * (a lower PSQI is better sleep). Every other outcome, and every risk, is named as something less of which
     * is better ("reduces pain", "reduces the risk of recurrence") when lower is better.
     */
    private static final Set<OutcomeDomain> GOOD = EnumSet.of(OutcomeDomain.SLEEP_DURATION,
            OutcomeDomain.SLEEP_QUALITY, OutcomeDomain.WALKING_CAPACITY, OutcomeDomain.QUALITY_OF_LIFE,
            OutcomeDomain.MOOD);

    private final Map<String, Study> studies;

    private EvidenceStatements(Map<String, Study> studies) {
        this.studies = Map.copyOf(studies);
    }

    /** Statements over these studies (to tell reviews from primary studies). */
    public static EvidenceStatements over(Map<String, Study> studies) {
        return new EvidenceStatements(studies);
    }

    /** One statement per part of the claim (one for a claim that is a single assertion). */
    public List<EvidenceStatement> of(ClaimAssessment a) {
        List<EvidenceStatement> out = new ArrayList<>();
        List<PartAssessment> parts = a.parts();
        for (int i = 0; i < parts.size(); i++) {
            PartAssessment p = parts.get(i);
            String label = a.claim().number() + (parts.size() == 1 ? "" : String.valueOf((char) ('a' + i)));
            String part = parts.size() == 1 ? "" : p.part().statement();
            out.add(of(label, a.claim().statement(), part, p));
        }
        return out;
    }

    private EvidenceStatement of(String label, String claim, String part, PartAssessment p) {
        if (p.key().isEmpty()) {
            String missing = firstSentence(p.part().note());
            return new EvidenceStatement(label, claim, part, p.verdict().label(), Optional.empty(),
                    GradeWording.notKnown(missing), "", "", "", "", "");
        }
        StudyEffect key = p.key().get();
        Certainty certainty = certainty(key, p.studiesWithNumbers()).certainty();
        List<String> ids = p.usable().stream().map(e -> e.finding().studyId()).distinct().toList();
        String comparator = p.part().comparator().isBlank() ? comparator(key.finding().comparison()) : p.part().comparator();
        return new EvidenceStatement(label, claim, part, p.verdict().label(), Optional.of(certainty),
                sentence(key, key.measure(), key.estimate(), change(key), comparator, certainty), numbers(key),
                base(ids, p.participants()), against(key, p.otherComparators()), absolute(key, comparator),
                absoluteBrief(key));
    }

    /**
     * A ratio's absolute numbers per arm, where a source printed them (Cochrane Handbook 15.4): "Median days to
     * first activity-limiting recurrence: 208 with walking vs 112 with no treatment (from a summary of the paper)."
     */
    /**
     * The absolute numbers in brief: "median 208 vs 112 days to recurrence, from a summary of the paper" (the
     * statement's sentence already names the outcome; the full sentence names it whole).
     */
    static String absoluteBrief(StudyEffect key) {
        if (!key.ratio()) {
            return "";
        }
        return key.finding().armNumbers().map(n -> {
            String[] words = n.what().split(" ");
            String lead = words[0].equals("median") || words[0].equals("mean") ? words[0] + " " : "";
            String to = n.what().contains(" to ") ? " to " + words[words.length - 1] : "";
            return lead + n.sideBySide() + to + (n.secondarySource() ? ", from a summary of the paper" : "");
        }).orElse("");
    }

    static String absolute(StudyEffect key, String comparator) {
        if (!key.ratio()) {
            return "";
        }
        return key.finding().armNumbers().map(n -> Character.toUpperCase(n.what().charAt(0)) + n.what().substring(1)
                + ": " + n.walking() + " with " + exposure(key) + " vs " + n.control() + " with " + comparator
                + (n.unit().isEmpty() || n.what().contains(n.unit()) ? "" : " " + n.unit())
                + (n.secondarySource() ? " (from a summary of the paper)." : ".")).orElse("");
    }

    /** The certainty of a key result by the one rule (CertaintyRating.ofResult) that claims are rated by. */
    CertaintyRating certainty(StudyEffect e, int studiesWithNumbers) {
        return CertaintyRating.ofResult(e, studies.get(e.finding().studyId()), studiesWithNumbers);
    }

    /** "Against alternate interventions walking/running did worse (SMD 0.22, 95% CI 0.06 to 0.38)." */
    private static String against(StudyEffect key, List<StudyEffect> others) {
        return others.stream().filter(o -> o.favours() != Favours.NEITHER).findFirst().map(o -> "Against "
                + comparator(o.finding().comparison()) + ", " + exposure(o) + " did "
                + (o.favours() == Favours.COMPARATOR ? "worse" : "better") + " on " + outcome(o) + " ("
                + numbers(o) + ").").orElse("");
    }

    /** The GRADE sentence of one result at one certainty. */
    public static String sentence(StudyEffect e, Certainty certainty) {
        return sentence(e, e.measure(), e.estimate(), change(e), comparator(e.finding().comparison()), certainty);
    }

    /**
     * The GRADE sentence of an estimate on {@code like}'s outcome and exposure (a pool's estimate speaks about
     * its studies' outcome).
     */
    static String sentence(StudyEffect like, String measure, double estimate, Change change, String comparator,
            Certainty certainty) {
        return GradeWording.sentence(exposure(like), outcome(like), harmful(like), like.ratio(), change,
                adverb(measure, estimate), comparator, certainty);
    }

    /** The sentence's verb phrase for a table cell ("probably reduces slightly"). */
    static String phrase(StudyEffect like, String measure, double estimate, Change change, Certainty certainty) {
        return GradeWording.phrase(harmful(like), change,
                adverb(measure, estimate), certainty);
    }

    /** True when the outcome's name is something less of which is better. */
    static boolean harmful(StudyEffect e) {
        return !GOOD.contains(e.finding().outcome().domain()) && e.finding().outcome().lowerIsBetter();
    }

    private static String adverb(String measure, double estimate) {
        return measure.equals("SMD") ? GradeWording.adverb(Magnitude.ofStandardised(estimate)) : "";
    }

    static Change change(StudyEffect e) {
        if (e.favours() == Favours.NEITHER) {
            return Change.NONE;
        }
        return e.favours() == Favours.COMPARATOR ? Change.HARM : Change.BENEFIT;
    }

    /** "SMD -0.23 (-0.35 to -0.10)": measure, estimate and 95% CI with the source's digits, for a table cell. */
    public static String compact(StudyEffect e) {
        return e.measure() + " " + withUnit(e, e.text().replace("(95% CI ", "("));
    }

    /** How {@link #numbers} and {@link #compact} print intervals, for a legend. */
    public static final String INTERVALS = "Intervals are 95% confidence intervals unless named (CrI: credible "
            + "interval), with the digits the source printed.";

    /**
     * "SMD -0.23, -0.35 to -0.10, small": the source's digits, the interval (named only when it is not a 95%
     * confidence interval, e.g. "95% CrI") and the size.
     */
    public static String numbers(StudyEffect e) {
        String text = withUnit(e, e.text().replace("(95% CI ", "("));
        int open = text.indexOf(" (");
        if (open > 0 && text.endsWith(")")) {
            text = text.substring(0, open) + ", " + text.substring(open + 2, text.length() - 1);
        }
        return e.measure() + " " + text + e.magnitude().map(m -> ", " + GradeWording.size(m)).orElse("");
    }

    /** The estimate text with the unit of a mean difference after the estimate ("-1.37 kg (...)"). */
    private static String withUnit(StudyEffect e, String text) {
        String unit = e.measure().startsWith("MD") ? unit(e.finding().outcome().instrument()) : "";
        if (unit.isEmpty()) {
            return text;
        }
        int space = text.indexOf(' ');
        return space < 0 ? text + " " + unit : text.substring(0, space) + " " + unit + text.substring(space);
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

    /** What was done, in words: "walking", "exercise", "more leisure-time physical activity". */
    static String exposure(StudyEffect e) {
        Exposure x = e.exposure();
        return switch (x) {
            case WALKING -> "walking";
            case WALKING_OR_RUNNING -> "walking or running";
            case EXERCISE -> "exercise";
            case LEISURE_TIME_ACTIVITY -> "more leisure-time physical activity";
            case PHYSICAL_ACTIVITY -> "more physical activity";
            case STEP_COUNTS -> "more daily steps";
        };
    }

    /** The outcome in words, e.g. "pain", "the time to fall asleep". */
    static String outcome(StudyEffect e) {
        return switch (e.finding().outcome().domain()) {
            case SLEEP_LATENCY -> "the time to fall asleep";
            case SLEEP_DURATION -> "sleep time";
            case CHRONIC_LBP_INCIDENCE -> "chronic low back pain";
            case MORTALITY -> "death";
            case OTHER -> {
                String instrument = e.finding().outcome().instrument();
                int paren = instrument.indexOf(" (");
                String name = (paren > 0 ? instrument.substring(0, paren) : instrument).replace("LBP", "low back pain");
                // "Time to recovery" reads "time to recovery"; "LBP episode" keeps its acronym.
                yield name.length() > 1 && Character.isLowerCase(name.charAt(1))
                        ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
            }
            default -> e.finding().outcome().domain().label().replace("lbp", "low back pain");
        };
    }

    /** What the exposure was compared with: the words after the last " vs " of the comparison. */
    public static String comparator(String comparison) {
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
        s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        // "The trials report..." continues the sentence as "the trials report..."; "Hori 2016" keeps its capital.
        boolean commonWord = s.matches("(The|No|Only|Harms|Several|None|A|An) .*");
        return commonWord ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
