package org.walkstudy.analysis.personal.gpx;

import java.time.Instant;
import java.util.OptionalDouble;

/** One walk from a GPX track: when it started, how far (km), minutes moving and of those minutes brisk. */
public record Walk(Instant start, double distanceKm, double movingMinutes, double briskMinutes, int points) {
    public Walk {
        if (start == null) {
            throw new IllegalArgumentException("start must be given");
        }
        if (!(distanceKm >= 0) || !(movingMinutes >= 0) || !(briskMinutes >= 0) || briskMinutes > movingMinutes + 1e-9) {
            throw new IllegalArgumentException("distance and minutes must be >= 0 and brisk <= moving");
        }
        if (points < 2) {
            throw new IllegalArgumentException("a walk needs at least 2 points");
        }
    }

    /** Minutes per km while moving; empty when the walk covered no distance. */
    public OptionalDouble paceMinPerKm() {
        return distanceKm > 0 ? OptionalDouble.of(movingMinutes / distanceKm) : OptionalDouble.empty();
    }
}
