package org.walkstudy.cli.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON on stdout: pretty-printed, nulls kept (a missing value is part of the contract), NaN refused. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A streaming generator with the same layout as {@link #write(Object)}, for results too large to hold as a
     * tree; the caller closes it (which flushes but does not close {@code out}).
     */
    public static JsonGenerator generator(Writer out) {
        try {
            JsonGenerator g = MAPPER.getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            return g.useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
