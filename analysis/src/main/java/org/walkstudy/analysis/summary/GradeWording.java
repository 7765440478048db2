package org.walkstudy.analysis.summary;

import java.util.Locale;

import org.walkstudy.analysis.evidence.Magnitude;
import org.walkstudy.analysis.verdict.Certainty;

/**
 * GRADE's informative statements (Santesso et al., J Clin Epidemiol 2020;119:126-135): the verb carries the
 * certainty - high "reduces", moderate "probably reduces", low "may reduce", very low "the evidence is very
 * uncertain about the effect" - and an interval including no effect reads "little to no difference". The size
 * of a standardised mean difference is put in Cohen's words (Cohen 1988: 0.2 small, 0.5 moderate, 0.8 large).
 */
public final class GradeWording {
    /** The convention the size words follow, for a legend. */
    public static final String SIZE_CONVENTION = "SMD sizes by Cohen's convention: 0.2 small, 0.5 moderate, 0.8 large";

    private GradeWording() {
    }

    /** Which way the result goes, judged by its whole interval. */
    public enum Change {
        /** The interval lies on the exposure's side. */
        BENEFIT,
        /** The interval lies on the comparator's side. */
        HARM,
        /** The interval includes no effect. */
        NONE
    }

    /**
     * One sentence without a final stop, e.g. "Walking probably reduces pain slightly compared with no treatment".
     *
     * @param exposure what was done, capitalised or not ("walking", "more leisure-time physical activity")
     * @param outcome the outcome in words ("pain", "body weight")
     * @param harmful true when the outcome is something bad (pain, weight, recurrence): less of it is "reduces"
     * @param ratio true for a risk, odds or hazard ratio: the sentence speaks of "the risk of" the outcome
     * @param adverb a size adverb ("slightly"), or empty
     * @param comparator what it was compared with, or empty
     */
    public static String sentence(String exposure, String outcome, boolean harmful, boolean ratio, Change change,
            String adverb, String comparator, Certainty certainty) {
        String thing = ratio ? "the risk of " + outcome : outcome;
        String against = comparator.isBlank() ? "" : " compared with " + comparator.strip();
        if (certainty == Certainty.VERY_LOW) {
            return "The evidence is very uncertain about the effect of " + lower(exposure) + " on " + thing + against;
        }
        // "may" takes the bare verb; high and moderate certainty the third person ("probably reduces").
        boolean bare = certainty == Certainty.LOW;
        String hedge = certainty == Certainty.MODERATE ? "probably " : bare ? "may " : "";
        String verb = switch (change) {
            case NONE -> "result in little to no difference in";
            case BENEFIT -> harmful ? "reduce" : "improve";
            case HARM -> harmful ? "increase" : "worsen";
        };
        if (!bare) {
            int space = verb.indexOf(' ');
            verb = space < 0 ? verb + "s" : verb.substring(0, space) + "s" + verb.substring(space);
        }
        String size = change == Change.NONE || adverb.isBlank() ? "" : " " + adverb.strip();
        return capital(exposure) + " " + hedge + verb + " " + thing + size + against;
    }

    /**
     * The statement's verb phrase alone, for a table cell: "probably reduces slightly", "may result in little to
     * no difference", "very uncertain".
     */
    public static String phrase(boolean harmful, Change change, String adverb, Certainty certainty) {
        String sentence = sentence("x", "y", harmful, false, change, adverb, "", certainty);
        if (certainty == Certainty.VERY_LOW) {
            return "very uncertain";
        }
        String words = sentence.substring(2).replace(" y", "");
        return words.endsWith(" in") ? words.substring(0, words.length() - 3) : words;
    }

    /** The statement when nothing usable was found: "Not known: no study with usable numbers (why)". */
    public static String notKnown(String missing) {
        return "Not known: no study with usable numbers" + (missing.isBlank() ? "" : "; " + missing.strip());
    }

    /** Cohen's size word ("medium" is said "moderate", as GRADE's statements do). */
    public static String size(Magnitude m) {
        return switch (m) {
            case LARGE -> "large";
            case MEDIUM -> "moderate";
            case SMALL -> "small";
            case TRIVIAL -> "very small";
        };
    }

    /** The adverb a statement uses for that size: "slightly" for small, as Santesso et al. suggest. */
    public static String adverb(Magnitude m) {
        return switch (m) {
            case LARGE -> "considerably";
            case MEDIUM -> "moderately";
            case SMALL -> "slightly";
            case TRIVIAL -> "very slightly";
        };
    }

    /** "1 study", "2 studies" (also for reviews). */
    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A whole number with thousands separated by commas, as the sources print them (2,362). */
    public static String thousands(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
