package org.walkstudy.analysis.personal.compare;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.walkstudy.core.study.Intensity;
import org.walkstudy.core.study.Supervision;
import org.walkstudy.core.study.WalkingProtocol;

/**
 * A walking protocol a person can hold their data against: an id, core's {@link WalkingProtocol} (the dose),
 * where it comes from, the outcome it is usually compared on, and whether it builds up over its weeks
 * (progressive: the dose is the goal at the end, reached by a {@link Ramp}).
 */
public record PersonalProtocol(String id, WalkingProtocol dose, String source, PersonalOutcome defaultOutcome,
        boolean progressive) {
    public PersonalProtocol {
        if (id == null || !id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("protocol id must be lower-case letters, digits and '-' but was " + id);
        }
        if (dose == null || source == null || source.isBlank() || defaultOutcome == null) {
            throw new IllegalArgumentException("dose, source and default outcome must be given");
        }
        if (progressive && (dose.minutesPerWeek().isEmpty() || dose.weeks().isEmpty())) {
            throw new IllegalArgumentException("a progressive protocol needs minutes a week and a length in weeks to ramp to");
        }
    }

    /** A protocol whose dose holds from its first week. */
    public static PersonalProtocol of(String id, WalkingProtocol dose, String source, PersonalOutcome defaultOutcome) {
        return new PersonalProtocol(id, dose, source, defaultOutcome, false);
    }

    /** A protocol that builds up to its dose over its weeks. */
    public static PersonalProtocol progressive(String id, WalkingProtocol dose, String source, PersonalOutcome defaultOutcome) {
        return new PersonalProtocol(id, dose, source, defaultOutcome, true);
    }

    /** The four shipped protocols. */
    public static List<PersonalProtocol> shipped() {
        return List.of(
                // The dose is the goal, from the bundled WalkBack rows (lbp/walkback.csv, walking_dose): "individualised
                // progressive walking + education, 6 physiotherapist sessions over 6 months; goal 5 walks/week of
                // >=30 min by 6 months". No week-by-week schedule is published: see Ramp.
                progressive("walkback", new WalkingProtocol(
                        "Progressive, individualised walking building up to 30 min, 5 times a week (goal by 6 months), with 6 physiotherapist-guided education sessions",
                        OptionalDouble.of(30), OptionalDouble.of(5), OptionalDouble.of(26), Intensity.UNSTATED,
                        OptionalInt.empty(), Supervision.MIXED, List.of("education (6 sessions)")),
                        "Pocovi NC et al. WalkBack trial, Lancet 2024;404:134-144", PersonalOutcome.PAIN),
                of("steps-10000", new WalkingProtocol("10,000 steps a day for 4 weeks",
                        OptionalDouble.empty(), OptionalDouble.of(7), OptionalDouble.of(4), Intensity.UNSTATED,
                        OptionalInt.of(10_000), Supervision.UNSUPERVISED, List.of()),
                        "Hori H et al. BMJ Open 2016;6:e011055 (10,000 steps/day, sleep of workers)", PersonalOutcome.SLEEP_LATENCY),
                of("brisk-daily", new WalkingProtocol("Brisk walking every day for 6 months (minutes per day not stated)",
                        OptionalDouble.empty(), OptionalDouble.of(7), OptionalDouble.of(26), Intensity.BRISK,
                        OptionalInt.empty(), Supervision.UNSTATED, List.of()),
                        "the article's weight claim (11 women, 7.7 kg in 6 months)", PersonalOutcome.WEIGHT),
                of("article-30min", new WalkingProtocol("Walking 30 minutes a day",
                        OptionalDouble.of(30), OptionalDouble.of(7), OptionalDouble.empty(), Intensity.UNSTATED,
                        OptionalInt.empty(), Supervision.UNSTATED, List.of()),
                        "the article's \"30 minutes a day\"", PersonalOutcome.PAIN));
    }

    public static PersonalProtocol byId(String id) {
        String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return shipped().stream().filter(p -> p.id().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown protocol '" + id + "'; protocols: "
                        + shipped().stream().map(PersonalProtocol::id).toList()));
    }
}
