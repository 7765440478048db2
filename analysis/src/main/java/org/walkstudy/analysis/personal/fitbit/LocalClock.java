package org.walkstudy.analysis.personal.fitbit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Turns the local wall-clock times Fitbit writes (no offset) into UTC seconds in one zone, reading one file or
 * one sleep log in order (docs/personal-data.md, "Fitbit"). A time in a gap (clocks forward) does not exist:
 * {@link #GAP} is returned. In an overlap (clocks back, the hour happens twice) a time is read at the earlier
 * offset until the times of the file go back, and from then on to the end of the overlap at the later one, so
 * the repeated hour written twice in order gives two hours, not one counted twice. Mutable: one per file.
 */
final class LocalClock {
    /** Returned for a wall-clock time that does not exist in the zone (the clocks went forward over it). */
    static final long GAP = Long.MIN_VALUE;

    private final ZoneRules rules;
    private LocalDateTime last;
    private ZoneOffsetTransition repeating;
    private int offset;

    LocalClock(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** Forgets the previous time: the next file or log starts afresh. */
    void restart() {
        last = null;
        repeating = null;
    }

    /** UTC seconds of the wall-clock time, or {@link #GAP}; {@link #offsetSeconds()} then holds its offset. */
    long utc(LocalDateTime t) {
        List<ZoneOffset> valid = rules.getValidOffsets(t);
        ZoneOffset o;
        if (valid.size() == 1) {
            o = valid.get(0);
            repeating = null;
        } else if (valid.isEmpty()) {
            last = t;
            return GAP;
        } else {
            ZoneOffsetTransition overlap = rules.getTransition(t);
            if (repeating == null && last != null && !t.isAfter(last) && !last.isBefore(overlap.getDateTimeAfter())) {
                repeating = overlap; // the times went back inside the overlap: the second pass of the hour
            }
            o = overlap.equals(repeating) ? overlap.getOffsetAfter() : overlap.getOffsetBefore();
        }
        last = t;
        offset = o.getTotalSeconds();
        return t.toEpochSecond(o);
    }

    int offsetSeconds() {
        return offset;
    }
}
