package org.walkstudy.core.study;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.walkstudy.core.validation.InvalidValueException;

/** Reads enum constants from their CSV spelling (lower case, hyphens); package-private on purpose. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
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
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        throw new InvalidValueException(field, "unknown value '" + text.strip() + "' (allowed: " + allowed + ")");
    }
}
