package org.walkstudy.analysis.personal.gpx;

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
}
