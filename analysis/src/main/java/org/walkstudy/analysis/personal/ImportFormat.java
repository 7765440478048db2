package org.walkstudy.analysis.personal;

import java.util.Locale;

/** The export formats walkstudy imports; {@link #id()} is the name on the command line. */
public enum ImportFormat {
    APPLE_HEALTH("apple-health"),
    GPX("gpx"),
    GOOGLE_FIT("google-fit"),
    CSV("csv"),
    HEALTH_CONNECT("health-connect"),
    SAMSUNG_HEALTH("samsung-health"),
    FITBIT("fitbit"),
    GARMIN("garmin"),
    TCX("tcx"),
    STRAVA("strava");

    private final String id;

    ImportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * Whether this format's reader takes folders and tells its own files ({@link ExportReader}); the first four
     * formats read single files, and a file of another kind given to them is refused before reading.
     */
    public boolean takesFolders() {
        return switch (this) {
            case APPLE_HEALTH, GPX, GOOGLE_FIT, CSV -> false;
            default -> true;
        };
    }

    /** Every format's id, comma-separated, for messages. */
    public static String ids() {
        return java.util.Arrays.stream(values()).map(ImportFormat::id).collect(java.util.stream.Collectors.joining(", "));
    }

    public static ImportFormat byId(String id) {
        for (ImportFormat f : values()) {
            if (f.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'; formats: " + ids());
    }
}
