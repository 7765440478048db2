package org.walkstudy.core.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;


/** Enum constants in their CSV spelling (lower case, hyphens), read back with the allowed values named. */
public final class Codes {
    private Codes() {
    }

    /** The CSV spelling of a constant, e.g. {@code SLEEP_LATENCY} -> {@code sleep-latency}. */
    public static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(Codes::of)
                .collect(Collectors.joining(", "));
        throw new InvalidValueException(field, "unknown value '" + text.strip() + "' (allowed: " + allowed + ")");
    }
}
