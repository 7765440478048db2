package org.walkstudy.analysis.personal.tcx;

import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.analysis.personal.gpx.ActivityWalk;
import org.walkstudy.analysis.personal.gpx.GreatCircle;
import org.walkstudy.analysis.personal.gpx.HardenedXmlProvider;
import org.walkstudy.analysis.personal.gpx.TrackWalk;
import org.walkstudy.core.input.InputException;

/**
 * Reads the activities of a Training Center XML v2 file as walks, streaming (StAX through the project's
 * hardened factory: a DOCTYPE's internal subset is tolerated but never processed, external entities are never
 * fetched). An activity's track points are measured like a GPX track ({@link TrackWalk}): from the points'
 * cumulative {@code DistanceMeters} where two neighbours have it, else from their positions; a point with
 * neither (heart rate only) carries no movement and is passed over. Laps and tracks are one walk: a gap longer
 * than {@link org.walkstudy.analysis.personal.gpx.GpxWalks#MAX_STEP_SECONDS} is not moving time, and the
 * cumulative distance does not grow while the device's timer is stopped. TCX's {@code Sport} is Running, Biking or Other (Google Fit writes Walking): Running and
 * Biking are skipped and reported; any other is a walk only if its moving speed is walking's.
 */
public final class TcxWalks {
    private static final XMLInputFactory FACTORY = new HardenedXmlProvider().xmlInputFactory();

    private TcxWalks() {
    }

    public static List<ActivityWalk> read(InputStream in, String name, SkippedRecords skipped) {
        if (in == null || name == null || skipped == null) {
            throw new IllegalArgumentException("input, name and skipped-record sink must be given");
        }
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(StrictUtf8Input.of(in));
            return new Parse(r, name, skipped).activities();
        } catch (java.io.IOException e) {
            throw InputException.inFile(name, "not a valid TCX file: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof java.io.IOException io && io.getMessage() != null
                    && io.getMessage().contains("UTF-8")) {
                throw InputException.inFile(name, "not a valid TCX file: " + io.getMessage(), e);
            }
            Location at = e.getLocation();
            String why = e.getMessage() == null ? e.toString() : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            if (at != null && at.getLineNumber() > 0) {
                throw InputException.atCell(name, at.getLineNumber(), String.valueOf(at.getColumnNumber()),
                        "not a valid TCX file: " + why.strip(), e);
            }
            throw InputException.inFile(name, "not a valid TCX file: " + why.strip(), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK's parser can fail outside XMLStreamException: found by Jazzer, a bad character in a DTD
            // makes it look up an error message it does not have (MissingResourceException "InvalidCharInDTD").
            Location at = r == null ? null : r.getLocation();
            String why = "not a valid TCX file: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            if (at != null && at.getLineNumber() > 0) {
                throw InputException.atCell(name, at.getLineNumber(), String.valueOf(at.getColumnNumber()), why, e);
            }
            throw InputException.inFile(name, why, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the error that ended the read has been thrown
                }
            }
        }
    }

    /** One pass over a file: the state of the activity and track point being read. */
    private static final class Parse {
        private final XMLStreamReader r;
        private final String name;
        private final SkippedRecords skipped;
        private final List<Activity> activities = new ArrayList<>();
        private String author;

        private Activity activity;
        private boolean inCreator;
        private boolean inAuthor;
        private boolean inPoint;
        private Instant time;
        private double metres;
        private double lat;
        private double lon;
        private long pointLine;
        private double previousMetres;
        private double previousLat;
        private double previousLon;
        private boolean started;

        Parse(XMLStreamReader r, String name, SkippedRecords skipped) {
            this.r = r;
            this.name = name;
            this.skipped = skipped;
        }

        List<ActivityWalk> activities() throws XMLStreamException {
            int root = r.getEventType();
            while (root != XMLStreamConstants.START_ELEMENT && r.hasNext()) {
                root = r.next(); // the prolog: a DOCTYPE (never processed), comments, white space
            }
            if (root != XMLStreamConstants.START_ELEMENT || !"TrainingCenterDatabase".equals(r.getLocalName())) {
                throw InputException.inFile(name, "not a TCX file: its root element is not <TrainingCenterDatabase>");
            }
            int number = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String tag = r.getLocalName();
                    if ("Activity".equals(tag)) {
                        number++;
                        startActivity(number);
                    } else if (activity != null) {
                        try {
                            inActivity(tag);
                        } catch (InputException e) {
                            activity.problem = activity.problem == null ? e : activity.problem;
                        }
                    } else if ("Author".equals(tag)) {
                        inAuthor = true;
                    } else if (inAuthor && "Name".equals(tag)) {
                        author = r.getElementText();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    endElement(r.getLocalName());
                }
            }
            if (number == 0) {
                throw InputException.inFile(name, "no <Activity> in the file (a TCX course or workout has none)");
            }
            List<ActivityWalk> walks = new ArrayList<>();
            for (Activity a : activities) {
                String device = a.device != null ? a.device : author;
                walks.add(new ActivityWalk(a.result, a.walk.end(), Optional.ofNullable(device), a.offset, OptionalDouble.empty()));
            }
            return List.copyOf(walks);
        }

        private void startActivity(int number) {
            String sport = r.getAttributeValue(null, "Sport");
            activity = new Activity(TrackWalk.of("activity " + number, name), sport == null ? "" : sport.strip());
            started = false;
            try {
                activity.walk.requireWalkingType(activity.sport);
            } catch (InputException e) {
                activity.problem = InputException.atLine(name, r.getLocation().getLineNumber(), "activity " + number
                        + " is a " + activity.sport + " activity: not a walk, skipped");
            }
        }

        private void inActivity(String tag) throws XMLStreamException {
            switch (tag) {
                case "Creator" -> inCreator = true;
                case "Name" -> {
                    if (inCreator) {
                        activity.device = r.getElementText();
                    }
                }
                case "Trackpoint" -> {
                    inPoint = true;
                    time = null;
                    metres = Double.NaN;
                    lat = Double.NaN;
                    lon = Double.NaN;
                    pointLine = r.getLocation().getLineNumber();
                }
                case "Time" -> {
                    if (inPoint) {
                        time = instant(r.getElementText().strip());
                    }
                }
                case "DistanceMeters" -> {
                    if (inPoint) {
                        metres = number(r.getElementText());
                    }
                }
                case "LatitudeDegrees" -> {
                    if (inPoint) {
                        lat = degrees(r.getElementText(), 90);
                    }
                }
                case "LongitudeDegrees" -> {
                    if (inPoint) {
                        lon = degrees(r.getElementText(), 180);
                    }
                }
                default -> {
                    // laps, heart rate, cadence, extensions: not needed for a walk's time and distance
                }
            }
        }

        private void endElement(String tag) {
            switch (tag) {
                case "Creator" -> inCreator = false;
                case "Author" -> inAuthor = false;
                case "Trackpoint" -> {
                    if (activity != null && inPoint && activity.problem == null) {
                        try {
                            point();
                        } catch (InputException e) {
                            activity.problem = InputException.atLine(name, pointLine, e.problem());
                        }
                    }
                    inPoint = false;
                }
                case "Activity" -> {
                    finishActivity();
                    activity = null;
                }
                default -> {
                    // nothing to close
                }
            }
        }

        private void point() {
            boolean hasMetres = !Double.isNaN(metres);
            boolean hasPosition = !Double.isNaN(lat) && !Double.isNaN(lon);
            if (!hasMetres && !hasPosition) {
                return; // heart rate or cadence only: no movement to measure
            }
            if (!started) {
                activity.walk.resume(time);
                started = true;
            } else {
                double km = 0;
                if (hasMetres && !Double.isNaN(previousMetres)) {
                    km = (metres - previousMetres) / 1000;
                } else if (hasPosition && !Double.isNaN(previousLat)) {
                    km = GreatCircle.km(previousLat, previousLon, lat, lon);
                }
                activity.walk.step(time, km);
            }
            previousMetres = metres;
            previousLat = hasPosition ? lat : Double.NaN;
            previousLon = hasPosition ? lon : Double.NaN;
        }

        private void finishActivity() {
            if (activity.problem == null) {
                try {
                    activity.result = activity.walk.walk();
                } catch (InputException e) {
                    activity.problem = e;
                }
            }
            if (activity.problem != null) {
                skipped.skip(activity.problem);
            } else {
                activities.add(activity);
            }
        }

        private Instant instant(String text) {
            try {
                OffsetDateTime t = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                if (activity.offset.isEmpty()) {
                    activity.offset = OptionalInt.of(t.getOffset().getTotalSeconds());
                }
                return t.toInstant();
            } catch (DateTimeParseException e) {
                throw InputException.atLine(name, r.getLocation().getLineNumber(), "the time '" + text
                        + "' is not a date and time with a UTC offset (such as 2024-03-21T17:44:50Z)");
            }
        }

        private double number(String text) {
            try {
                double v = Double.parseDouble(text.strip());
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw badNumber(text);
        }

        private double degrees(String text, double max) {
            double v = number(text);
            if (Math.abs(v) > max) {
                throw badNumber(text);
            }
            return v;
        }

        private InputException badNumber(String text) {
            Location at = r.getLocation();
            return InputException.atCell(name, at.getLineNumber(), String.valueOf(at.getColumnNumber()),
                    "'" + text.strip() + "' is not a valid number here");
        }
    }

    /** An activity being read, then its result. */
    private static final class Activity {
        private final TrackWalk walk;
        private final String sport;
        private String device;
        private OptionalInt offset = OptionalInt.empty();
        private InputException problem;
        private org.walkstudy.analysis.personal.gpx.Walk result;

        Activity(TrackWalk walk, String sport) {
            this.walk = walk;
            this.sport = sport;
        }

    }
}
