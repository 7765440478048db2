package org.walkstudy.analysis.personal.gpx;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.walkstudy.analysis.personal.BriskRule;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;

/**
 * Reads the tracks of a GPX file as walks (one walk per track; segments inside a track are pauses). A step
 * between two points counts as moving when it is at least {@link #MIN_MOVING_KMH} and no longer than
 * {@link #MAX_STEP_SECONDS} (a longer gap is a pause or lost signal), and as brisk when also at least
 * {@link BriskRule#MIN_SPEED_KMH}. A track with time going backwards, with fewer than two points or
 * without timestamps cannot be a dated walk: it is skipped and reported (or fails in strict mode).
 */
public final class GpxWalks {
    /** Below walking pace ("standing still" with GPS jitter). */
    public static final double MIN_MOVING_KMH = 1.0;
    public static final long MAX_STEP_SECONDS = 300;

    private GpxWalks() {
    }

    public static List<Walk> read(InputStream in, String name, SkippedRecords skipped) {
        if (in == null || skipped == null) {
            throw new IllegalArgumentException("input and skipped-record sink must be given");
        }
        GPX gpx;
        try {
            gpx = GPX.Reader.of(GPX.Reader.Mode.STRICT).read(in);
        } catch (IOException | RuntimeException e) {
            String why = rootMessage(e);
            if (why.contains("DTD")) {
                throw InputException.inFile(name, "has a DOCTYPE, which GPX files do not need: refused, because a DTD "
                        + "can make a parser read other files (XXE)", e);
            }
            throw InputException.inFile(name, "not a valid GPX file: " + why, e);
        }
        List<Walk> walks = new ArrayList<>();
        List<Track> tracks = gpx.getTracks();
        if (tracks.isEmpty()) {
            throw InputException.inFile(name, "no track (<trk>) in the file");
        }
        for (int t = 0; t < tracks.size(); t++) {
            try {
                walks.add(walk(tracks.get(t), t + 1, name));
            } catch (InputException e) {
                skipped.skip(e);
            }
        }
        return List.copyOf(walks);
    }

    private static Walk walk(Track track, int number, String name) {
        double km = 0;
        double movingSeconds = 0;
        double briskSeconds = 0;
        int points = 0;
        Instant start = null;
        int pointNumber = 0;
        for (TrackSegment segment : track.getSegments()) {
            WayPoint previous = null;
            for (WayPoint p : segment.getPoints()) {
                pointNumber++;
                points++;
                if (p.getTime().isEmpty()) {
                    throw InputException.inFile(name, "track " + number + ", point " + pointNumber
                            + ": no timestamp, so the walk cannot be dated or timed");
                }
                if (start == null) {
                    start = p.getTime().get();
                }
                if (previous != null) {
                    long seconds = p.getTime().get().getEpochSecond() - previous.getTime().get().getEpochSecond();
                    if (seconds < 0) {
                        throw InputException.inFile(name, "track " + number + ", point " + pointNumber
                                + ": time goes backwards (" + p.getTime().get() + " after " + previous.getTime().get() + ")");
                    }
                    double d = GreatCircle.km(previous.getLatitude().doubleValue(), previous.getLongitude().doubleValue(),
                            p.getLatitude().doubleValue(), p.getLongitude().doubleValue());
                    km += d;
                    if (seconds > 0 && seconds <= MAX_STEP_SECONDS) {
                        double kmh = d / (seconds / 3600.0);
                        if (kmh >= MIN_MOVING_KMH) {
                            movingSeconds += seconds;
                            if (BriskRule.isBriskSpeed(kmh)) {
                                briskSeconds += seconds;
                            }
                        }
                    }
                }
                previous = p;
            }
        }
        if (points < 2) {
            throw InputException.inFile(name, "track " + number + " has " + points + " point(s); a walk needs at least 2");
        }
        return new Walk(start, km, movingSeconds / 60, briskSeconds / 60, points);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
