package org.walkstudy.analysis.personal.gpx;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.DailyMeasure;

/**
 * Puts walks into the ledger. GPX times are instants (usually written in UTC), so a walk is dated in the
 * chosen zone, or in UTC when none is given.
 */
public final class GpxImport {
    private GpxImport() {
    }

    /** Whether the file (plain or gzip-compressed) is GPX: its root element is {@code <gpx>}. */
    public static boolean recognises(java.nio.file.Path file) {
        String head = org.walkstudy.analysis.personal.FileHead.text(file);
        return head.startsWith("<") && head.contains("<gpx");
    }

    /** Adds each walk's distance, moving minutes and brisk minutes on its start date; returns the count. */
    public static int addWalks(List<Walk> walks, DailyLedger ledger, String source, ZoneId zone) {
        if (walks == null || ledger == null || source == null) {
            throw new IllegalArgumentException("walks, ledger and source must be given");
        }
        ZoneId z = zone == null ? ZoneOffset.UTC : zone;
        int id = ledger.sourceId(source);
        for (Walk w : walks) {
            long day = w.start().atZone(z).toLocalDate().toEpochDay();
            ledger.add(day, DailyMeasure.DISTANCE_KM, id, w.distanceKm());
            ledger.add(day, DailyMeasure.WALK_MINUTES, id, w.movingMinutes());
            ledger.add(day, DailyMeasure.BRISK_MINUTES, id, w.briskMinutes());
        }
        return walks.size();
    }

    /**
     * Adds one walk as timed records from its start to its end, so the ledger's duplicate and overlap rules
     * apply: the same walk read twice (a file and its .gz, a Strava copy) counts once, and a walk overlapping
     * a higher-priority source's record counts only for the time that remains.
     */
    public static void addTimed(Walk walk, Instant end, int offsetSeconds, DailyLedger ledger, int sourceId) {
        long start = walk.start().getEpochSecond();
        long stop = Math.max(start, end.getEpochSecond());
        ledger.addTimed(DailyMeasure.WALK_MINUTES, sourceId, start, stop, offsetSeconds, walk.movingMinutes(), true);
        ledger.addTimed(DailyMeasure.DISTANCE_KM, sourceId, start, stop, offsetSeconds, walk.distanceKm(), true);
        ledger.addTimed(DailyMeasure.BRISK_MINUTES, sourceId, start, stop, offsetSeconds, walk.briskMinutes(), false);
    }

    /** The UTC offset that dates a record starting at {@code start}: the chosen zone's, else {@code fallback}. */
    public static int offsetSeconds(Instant start, ZoneId zone, int fallback) {
        return zone == null ? fallback : zone.getRules().getOffset(start).getTotalSeconds();
    }

    /**
     * Why a walk cannot be counted as a timed record: it starts before 1970 or after 2106, starts in the future
     * (a device clock gone wrong), or lasts more than a day; empty when it can.
     */
    public static java.util.Optional<String> unplaceable(Walk walk, Instant end, Instant now) {
        long start = walk.start().getEpochSecond();
        if (!DailyLedger.storable(start, Math.max(start, end.getEpochSecond()))) {
            return java.util.Optional.of("a walk from " + walk.start() + " to " + end + " is outside the years 1970-2106");
        }
        if (walk.start().isAfter(now)) {
            return java.util.Optional.of("a walk starting " + walk.start() + " is in the future: the device clock is wrong");
        }
        if (end.getEpochSecond() - start > 24 * 3600) {
            return java.util.Optional.of("a walk from " + walk.start() + " to " + end + " lasts more than 24 hours: not possible");
        }
        return java.util.Optional.empty();
    }

    /**
     * Adds an activity file's walk as timed records under its device's name (else {@code fallbackSource}),
     * dated in the chosen zone, else in the file's own offset, else in UTC; steps too when the device counted
     * them. A walk that cannot be placed or whose steps are impossible is given to {@code skipped}. Returns
     * 1 when the walk was added, else 0.
     */
    public static int addActivity(ActivityWalk a, String fallbackSource, ZoneId zone, DailyLedger ledger,
            org.walkstudy.analysis.personal.SkippedRecords skipped, String name) {
        java.util.Optional<String> problem = unplaceable(a.walk(), a.end(), Instant.now());
        long seconds = a.end().getEpochSecond() - a.walk().start().getEpochSecond();
        if (problem.isEmpty() && a.steps().isPresent()) {
            problem = org.walkstudy.analysis.personal.PlausibleRange.steps(a.steps().getAsDouble(), seconds);
        }
        if (problem.isPresent()) {
            skipped.skip(org.walkstudy.core.input.InputException.inFile(name, problem.get() + ", skipped"));
            return 0;
        }
        int source = ledger.sourceId(a.device().orElse(fallbackSource));
        int offset = offsetSeconds(a.walk().start(), zone, a.offsetSeconds().orElse(0));
        addTimed(a.walk(), a.end(), offset, ledger, source);
        if (a.steps().isPresent()) {
            long start = a.walk().start().getEpochSecond();
            ledger.addTimed(DailyMeasure.STEPS, source, start, start + seconds, offset, a.steps().getAsDouble(), true);
        }
        return 1;
    }
}
