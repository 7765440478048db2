package org.walkstudy.analysis.personal.garmin;

import java.util.Locale;
import java.util.Optional;

/**
 * The files of a Garmin Connect account export walkstudy reads, told by name (a path inside the export, '/'
 * between folders): the daily summaries, sleep, weigh-ins, and activity files (FIT, TCX; plain, gzip-compressed,
 * or inside the export's zips of uploaded files).
 */
enum ConnectFile {
    /** {@code DI-Connect-Aggregator/UDSFile_*.json}: steps, distance, intensity minutes per calendar day. */
    DAILY,
    /** {@code DI-Connect-Wellness/*_sleepData.json}: sleep stages per night. */
    SLEEP,
    /** {@code DI-Connect-Wellness/*_userBioMetrics.json}: weigh-ins (and height, VO2max, not read). */
    BIOMETRICS,
    /** An activity file: .fit or .tcx, each also .gz. */
    ACTIVITY,
    /** {@code DI-Connect-Uploaded-Files/*.zip}: a zip of the activity files the watch uploaded. */
    UPLOADS;

    static final String UPLOADS_FOLDER = "DI-Connect-Uploaded-Files/";

    /** The kind of the file at this path inside the export, if walkstudy reads it. */
    static Optional<ConnectFile> of(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("__MACOSX/") || p.endsWith("/")) {
            return Optional.empty(); // a Mac's resource forks, a folder entry
        }
        String name = p.substring(p.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("UDSFile_") && name.endsWith(".json")) {
            return Optional.of(DAILY);
        }
        if (name.endsWith("_sleepData.json")) {
            return Optional.of(SLEEP);
        }
        if (name.endsWith("_userBioMetrics.json")) {
            return Optional.of(BIOMETRICS);
        }
        if (isActivity(lower)) {
            return Optional.of(ACTIVITY);
        }
        if (lower.endsWith(".zip") && p.contains(UPLOADS_FOLDER)) {
            return Optional.of(UPLOADS);
        }
        return Optional.empty();
    }

    /** Whether a file name (in any case) is an activity file walkstudy reads. */
    static boolean isActivity(String lowerName) {
        String n = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
        return n.endsWith(".fit") || n.endsWith(".tcx");
    }

    /** Whether this kind is one of the daily JSON files. */
    boolean daily() {
        return this == DAILY || this == SLEEP || this == BIOMETRICS;
    }
}
