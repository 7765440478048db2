package org.walkstudy.analysis.personal.gpx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

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
 * {@link org.walkstudy.analysis.personal.BriskRule#MIN_SPEED_KMH}. A track with time going backwards, with fewer than two points or
 * without timestamps cannot be a dated walk, and a track whose {@code <type>} names another activity or
 * whose average moving speed is above {@link #MAX_WALK_KMH} is a run or a ride: each is skipped and reported
 * (or fails in strict mode). GPX 1.0 and 1.1 are read.
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
            BufferedInputStream head = new BufferedInputStream(in, 1 << 16);
            GPX.Version version = version(head);
            gpx = GPX.Reader.of(version, GPX.Reader.Mode.STRICT).read(head);
        } catch (IOException | RuntimeException e) {
            String why = rootMessage(e);
            if (why.contains("DTD")) {
                throw InputException.inFile(name, "has a DOCTYPE, which GPX files do not need: refused, because a DTD "
                        + "can make a parser read other files (XXE)", e);
            }
            long[] at = position(e, why);
            if (at != null) {
                throw InputException.atCell(name, at[0], String.valueOf(at[1]), "not a valid GPX file: " + why, e);
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

    /**
     * GPX 1.0 (GPSBabel, older Garmin units, Android loggers) or 1.1, from the root element's namespace or
     * version attribute in the first 64 KB; a UTF-8 byte-order mark is skipped.
     */
    private static GPX.Version version(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        byte[] b = in.readNBytes(1 << 16);
        in.reset();
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        }
        String text = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        int root = text.indexOf("<gpx");
        if (root >= 0) {
            int end = text.indexOf('>', root);
            String tag = end > 0 ? text.substring(root, end) : text.substring(root);
            if (tag.contains("topografix.com/GPX/1/0") || tag.matches("(?s).*\\bversion\\s*=\\s*[\"']1\\.0[\"'].*")) {
                return GPX.Version.V10;
            }
        }
        return GPX.Version.V11;
    }

    private static final java.util.regex.Pattern PARSE_ERROR = java.util.regex.Pattern.compile("\\[row,col\\]:\\[(\\d+),(\\d+)\\]");

    /** Where the XML parser stopped ({line, column}), if it said: in the exception, or in jpx's message of it. */
    private static long[] position(Throwable e, String why) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof XMLStreamException x && x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
                Location l = x.getLocation();
                return new long[] {l.getLineNumber(), l.getColumnNumber()};
            }
        }
        java.util.regex.Matcher m = PARSE_ERROR.matcher(why);
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
    }

    /** Above this average moving speed a track is a run or a ride, not a walk (brisk walking is about 5-7 km/h). */
    public static final double MAX_WALK_KMH = 10.0;

    private static Walk walk(Track track, int number, String name) {
        TrackWalk walk = TrackWalk.of("track " + number, name);
        walk.requireWalkingType(track.getType().orElse(""));
        for (TrackSegment segment : track.getSegments()) {
            WayPoint previous = null;
            for (WayPoint p : segment.getPoints()) {
                Instant time = p.getTime().orElse(null);
                if (previous == null) {
                    walk.resume(time);
                } else {
                    walk.step(time, GreatCircle.km(previous.getLatitude().doubleValue(), previous.getLongitude().doubleValue(),
                            p.getLatitude().doubleValue(), p.getLongitude().doubleValue()));
                }
                previous = p;
            }
        }
        return walk.walk();
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
