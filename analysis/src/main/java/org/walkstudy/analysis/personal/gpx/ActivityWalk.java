package org.walkstudy.analysis.personal.gpx;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A walk from an activity file (TCX, FIT): the walk, when it ended, the device the file names, the UTC offset
 * the file gives for its local time, and the steps the device counted.
 */
public record ActivityWalk(Walk walk, Instant end, Optional<String> device, OptionalInt offsetSeconds,
        OptionalDouble steps) {
    public ActivityWalk {
        if (walk == null || end == null || end.isBefore(walk.start())) {
            throw new IllegalArgumentException("a walk and an end not before its start must be given");
        }
        device = device == null ? Optional.empty() : device.filter(d -> !d.isBlank()).map(String::strip);
        offsetSeconds = offsetSeconds == null ? OptionalInt.empty() : offsetSeconds;
        steps = steps == null ? OptionalDouble.empty() : steps;
    }
}
