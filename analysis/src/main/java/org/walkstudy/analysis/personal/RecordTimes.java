package org.walkstudy.analysis.personal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The time rules every reader of timed records applies (docs/personal-data.md, "Impossible records"): an
 * offset in use on Earth (-12:00 to +14:00), an end not before the start, nothing after the export or in the
 * future, nothing before 1970. Readers whose format holds UTC instants and a separate offset share them here.
 */
public final class RecordTimes {
    /** Offsets in use on Earth: Baker Island (-12:00) to the Line Islands (+14:00). */
    public static final int MIN_OFFSET_SECONDS = -12 * 3600;
    public static final int MAX_OFFSET_SECONDS = 14 * 3600;

    private RecordTimes() {
    }

    public static boolean validOffset(long offsetSeconds) {
        return offsetSeconds >= MIN_OFFSET_SECONDS && offsetSeconds <= MAX_OFFSET_SECONDS;
    }

    /**
     * Why a record from {@code startUtc} to {@code endUtc} (seconds) cannot be real, or empty; {@code notAfter}:
     * the export's time or now.
     */
    public static Optional<String> problem(long startUtc, long endUtc, long notAfter) {
        if (endUtc < startUtc) {
            return Optional.of("ends before it starts");
        }
        if (endUtc > notAfter) {
            return Optional.of("in the future (after " + Instant.ofEpochSecond(notAfter) + ")");
        }
        if (!DailyLedger.storable(startUtc, endUtc)) {
            return Optional.of("before 1970");
        }
        return Optional.empty();
    }

    /** The offset that dates a record: the chosen zone's at its start, else its own. */
    public static int dating(Optional<ZoneId> zone, long startUtc, int ownOffset) {
        return zone.map(z -> z.getRules().getOffset(Instant.ofEpochSecond(startUtc)).getTotalSeconds()).orElse(ownOffset);
    }
}
