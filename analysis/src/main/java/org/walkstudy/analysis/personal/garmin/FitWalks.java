package org.walkstudy.analysis.personal.garmin;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.gpx.ActivityWalk;
import org.walkstudy.analysis.personal.gpx.GreatCircle;
import org.walkstudy.analysis.personal.gpx.TrackWalk;
import org.walkstudy.core.input.InputException;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.GarminProduct;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;

/**
 * Reads the sessions of a FIT activity file as walks with Garmin's FIT SDK. A session of sport walking or
 * hiking is a walk; a generic session (or a file without sessions) is one if its moving speed is walking's; any
 * other sport (running, cycling, swimming...) is skipped and reported. A session's walk is measured from the
 * record messages in its time span like a GPX track ({@link TrackWalk}): from the records' cumulative distance
 * where two neighbours have it, else from their positions. Steps: the session's {@code total_strides} (the
 * FIT profile's subfield of {@code total_cycles} for walking and running) times two, a stride being two steps
 * (FIT profile: running and walking cadence is in strides a minute).
 */
public final class FitWalks {
    /** FIT positions are semicircles: 2^31 of them make 180 degrees (FIT SDK profile, position_lat). */
    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / 2147483648.0;

    private FitWalks() {
    }

    /** Whether these first bytes are a FIT file header (".FIT" at bytes 8-11). */
    public static boolean isFit(byte[] head) {
        return head.length >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T';
    }

    public static List<ActivityWalk> read(InputStream in, String name, SkippedRecords skipped) {
        if (in == null || name == null || skipped == null) {
            throw new IllegalArgumentException("input, name and skipped-record sink must be given");
        }
        Counting counted = new Counting(in);
        Messages m = new Messages();
        try {
            new Decode().read(counted, m::take);
        } catch (FitRuntimeException e) {
            String why = e.getMessage() == null ? "FIT decode error" : e.getMessage();
            String at = why.contains("byte") ? "" : " (at byte " + counted.count + ")";
            throw InputException.inFile(name, "not a valid FIT file: " + why + at, e);
        } catch (RuntimeException e) {
            throw InputException.inFile(name, "not a valid FIT file: at byte " + counted.count + ": " + e, e);
        }
        if (m.fileType != null && m.fileType != com.garmin.fit.File.ACTIVITY) {
            throw InputException.inFile(name, "a FIT " + m.fileType.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " file, not an activity: it holds no walks");
        }
        if (m.sessions.isEmpty() && m.records.size < 2) {
            throw InputException.inFile(name, "no session and no records: not an activity file");
        }
        List<ActivityWalk> walks = new ArrayList<>();
        List<Session> sessions = m.sessions.isEmpty() ? List.of(Session.whole()) : m.sessions;
        for (int i = 0; i < sessions.size(); i++) {
            try {
                walks.add(walk(sessions.get(i), i + 1, m, name));
            } catch (InputException e) {
                skipped.skip(e);
            }
        }
        return List.copyOf(walks);
    }

    private static ActivityWalk walk(Session s, int number, Messages m, String name) {
        String what = "session " + number;
        boolean walking = s.sport == Sport.WALKING || s.sport == Sport.HIKING;
        if (!walking && s.sport != null && s.sport != Sport.GENERIC) {
            throw InputException.inFile(name, what + " is " + s.sport.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ": not a walk, skipped");
        }
        TrackWalk walk = TrackWalk.of(what, name);
        Records r = m.records;
        boolean started = false;
        int previous = -1;
        for (int i = 0; i < r.size; i++) {
            if (r.seconds[i] < s.startSeconds || r.seconds[i] > s.endSeconds) {
                continue;
            }
            boolean hasMetres = !Double.isNaN(r.metres[i]);
            boolean hasPosition = !Double.isNaN(r.lat[i]) && !Double.isNaN(r.lon[i]);
            if (!hasMetres && !hasPosition) {
                continue; // heart rate or cadence only: no movement to measure
            }
            Instant time = Instant.ofEpochSecond(r.seconds[i]);
            if (!started) {
                walk.resume(time);
                started = true;
            } else {
                double km = 0;
                if (hasMetres && !Double.isNaN(r.metres[previous])) {
                    km = (r.metres[i] - r.metres[previous]) / 1000;
                } else if (hasPosition && !Double.isNaN(r.lat[previous]) && !Double.isNaN(r.lon[previous])) {
                    km = GreatCircle.km(r.lat[previous], r.lon[previous], r.lat[i], r.lon[i]);
                }
                walk.step(time, km);
            }
            previous = i;
        }
        var w = walk.walk();
        OptionalDouble steps = walking && s.strides != null ? OptionalDouble.of(2.0 * s.strides) : OptionalDouble.empty();
        return new ActivityWalk(w, walk.end(), Optional.ofNullable(m.device), m.offsetSeconds, steps);
    }

    /** The messages a walk needs, gathered while the SDK decodes. */
    private static final class Messages {
        private com.garmin.fit.File fileType;
        private String device;
        private OptionalInt offsetSeconds = OptionalInt.empty();
        private final List<Session> sessions = new ArrayList<>();
        private final Records records = new Records();

        void take(Mesg mesg) {
            switch (mesg.getNum()) {
                case MesgNum.FILE_ID -> fileId(new FileIdMesg(mesg));
                case MesgNum.SESSION -> {
                    SessionMesg s = new SessionMesg(mesg);
                    Long start = seconds(s.getStartTime());
                    if (start != null) {
                        Float elapsed = s.getTotalElapsedTime();
                        Long end = seconds(s.getTimestamp());
                        long stop = elapsed != null && Float.isFinite(elapsed) ? start + (long) Math.ceil(elapsed)
                                : end != null ? end : Long.MAX_VALUE;
                        sessions.add(new Session(s.getSport(), start, stop, s.getTotalStrides()));
                    }
                }
                case MesgNum.RECORD -> {
                    RecordMesg r = new RecordMesg(mesg);
                    Long t = seconds(r.getTimestamp());
                    if (t != null) {
                        Float d = r.getDistance();
                        Integer lat = r.getPositionLat();
                        Integer lon = r.getPositionLong();
                        // The SDK scales the file's centimetres into a float; its shortest decimal is the file's value.
                        records.add(t, d == null ? Double.NaN : Double.parseDouble(Float.toString(d)), lat == null ? Double.NaN : lat * DEGREES_PER_SEMICIRCLE,
                                lon == null ? Double.NaN : lon * DEGREES_PER_SEMICIRCLE);
                    }
                }
                case MesgNum.ACTIVITY -> {
                    ActivityMesg a = new ActivityMesg(mesg);
                    Long utc = a.getTimestamp() == null ? null : a.getTimestamp().getTimestamp();
                    Long local = a.getLocalTimestamp();
                    if (utc != null && local != null) {
                        long offset = local - utc; // both in FIT seconds: local time minus UTC
                        if (Math.abs(offset) <= 18 * 3600) { // a real UTC offset, else the device clock is not set
                            offsetSeconds = OptionalInt.of((int) offset);
                        }
                    }
                }
                default -> {
                    // laps, events, device info, heart rate variability: not needed for a walk
                }
            }
        }

        private void fileId(FileIdMesg f) {
            fileType = f.getType();
            Integer maker = f.getManufacturer();
            String makerName = maker == null ? "" : Manufacturer.getStringFromValue(maker);
            String product = f.getProductName();
            if ((product == null || product.isBlank()) && maker != null && maker == Manufacturer.GARMIN
                    && f.getGarminProduct() != null) {
                product = GarminProduct.getStringFromValue(f.getGarminProduct()).toLowerCase(Locale.ROOT);
            }
            String name = (capitalised(makerName) + " " + (product == null ? "" : product.strip())).strip();
            device = name.isEmpty() ? null : name;
        }

        private static String capitalised(String s) {
            return s.isEmpty() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** UTC seconds of a FIT time, or null when it is absent. */
        private static Long seconds(DateTime t) {
            return t == null || t.getTimestamp() == null ? null : t.getDate().toInstant().getEpochSecond();
        }
    }

    /** A session's sport, time span (UTC seconds) and strides. */
    private record Session(Sport sport, long startSeconds, long endSeconds, Long strides) {
        static Session whole() {
            return new Session(null, Long.MIN_VALUE, Long.MAX_VALUE, null);
        }
    }

    /** Record messages in columns of primitives: a day-long activity has tens of thousands. */
    private static final class Records {
        private long[] seconds = new long[256];
        private double[] metres = new double[256];
        private double[] lat = new double[256];
        private double[] lon = new double[256];
        private int size;

        void add(long t, double d, double la, double lo) {
            if (size == seconds.length) {
                int n = size * 2;
                seconds = Arrays.copyOf(seconds, n);
                metres = Arrays.copyOf(metres, n);
                lat = Arrays.copyOf(lat, n);
                lon = Arrays.copyOf(lon, n);
            }
            seconds[size] = t;
            metres[size] = d;
            lat[size] = la;
            lon[size] = lo;
            size++;
        }
    }

    /** Counts the bytes the decoder took, to say where a file ends or breaks when the SDK does not. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
