package org.walkstudy.analysis.personal.gpx;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.walkstudy.analysis.personal.BriskRule;
import org.walkstudy.core.input.InputException;

/**
 * One track being measured point by point into a {@link Walk}, with the rules every track reader shares (GPX,
 * TCX, FIT): a step between two points counts as moving when it is at least {@link GpxWalks#MIN_MOVING_KMH}
 * and no longer than {@link GpxWalks#MAX_STEP_SECONDS} (a longer gap is a pause or lost signal), and as brisk
 * when also at least {@link BriskRule#MIN_SPEED_KMH}; a track whose average moving speed is above
 * {@link GpxWalks#MAX_WALK_KMH} is a run or a ride. Mutable: a reader feeds it the points of one track.
 */
public final class TrackWalk {
    /**
     * An activity name that is not a walk (Garmin, GPSBabel and TCX write words; Strava codes, 1 a ride and 9 a
     * run, 10 a walk).
     */
    private static final Pattern NOT_WALKING = Pattern.compile(
            "(?i)(1|9|.*(cycl|bik|\\bride|riding|run|jog|driv|motor|\\bski|swim|rowing|paddl|kayak|boat|sail|skat|flight).*)");

    private final String what;
    private final String name;
    private double km;
    private double movingSeconds;
    private double briskSeconds;
    private int points;
    private Instant start;
    private Instant previous;
    private Instant latest;

    private TrackWalk(String what, String name) {
        this.what = what;
        this.name = name;
    }

    /** A track named {@code what} ("track 2", "activity 1") in the file {@code name}. */
    public static TrackWalk of(String what, String name) {
        if (what == null || name == null) {
            throw new IllegalArgumentException("what and file name must be given");
        }
        return new TrackWalk(what, name);
    }

    /** Whether an activity type or sport names another activity than walking (a run, a ride, a swim...). */
    public static boolean namesOtherActivity(String type) {
        return type != null && !type.isBlank() && NOT_WALKING.matcher(type.strip()).matches();
    }

    /** Fails with "WHAT is of type 'TYPE': not a walk, skipped" when the type names another activity. */
    public void requireWalkingType(String type) {
        if (namesOtherActivity(type)) {
            throw InputException.inFile(name, what + " is of type '" + type.strip() + "': not a walk, skipped");
        }
    }

    /** The first point, or one after a pause (a new segment or lap): it starts no step. */
    public void resume(Instant time) {
        point(time, 0, false);
    }

    /** A point {@code km} after the previous one (of the same segment). */
    public void step(Instant time, double stepKm) {
        point(time, stepKm, true);
    }

    private void point(Instant time, double stepKm, boolean moved) {
        points++;
        if (time == null) {
            throw InputException.inFile(name, what + ", point " + points + ": no timestamp, so the walk cannot be dated or timed");
        }
        if (start == null) {
            start = time;
        }
        if (moved && previous != null && time.getEpochSecond() < previous.getEpochSecond()) {
            throw InputException.inFile(name, what + ", point " + points + ": time goes backwards (" + time + " after "
                    + previous + ")");
        }
        if (moved && previous != null) {
            if (!(stepKm >= 0) || !Double.isFinite(stepKm)) {
                throw InputException.inFile(name, what + ", point " + points + ": distance goes backwards or is not a number");
            }
            km += stepKm;
            long seconds = time.getEpochSecond() - previous.getEpochSecond();
            if (seconds > 0 && seconds <= GpxWalks.MAX_STEP_SECONDS) {
                double kmh = stepKm / (seconds / 3600.0);
                if (kmh >= GpxWalks.MIN_MOVING_KMH) {
                    movingSeconds += seconds;
                    if (BriskRule.isBriskSpeed(kmh)) {
                        briskSeconds += seconds;
                    }
                }
            }
        }
        previous = time;
        latest = latest == null || time.isAfter(latest) ? time : latest;
    }

    /** The latest time of its points (the walk's end, never before its start); null before the first. */
    public Instant end() {
        return latest;
    }

    /** The walk; fails (to be skipped and reported) with fewer than two points or above walking speed. */
    public Walk walk() {
        if (points < 2) {
            throw InputException.inFile(name, what + " has " + points + " point(s); a walk needs at least 2");
        }
        if (movingSeconds > 0 && km / (movingSeconds / 3600) > GpxWalks.MAX_WALK_KMH) {
            throw InputException.inFile(name, String.format(Locale.ROOT, "%s moves at %.1f km/h on average, "
                    + "above walking (%.0f km/h): a run or a ride, not a walk, skipped", what, km / (movingSeconds / 3600),
                    GpxWalks.MAX_WALK_KMH));
        }
        return new Walk(start, km, movingSeconds / 60, briskSeconds / 60, points);
    }
}
