package org.walkstudy.analysis.personal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** A file's content, gunzipped when it starts with the gzip magic bytes (".gpx.gz", ".tcx.gz", ".fit.gz"). */
public final class CompressedInput {
    private CompressedInput() {
    }

    /** Opens the file, gunzipping it when it is gzip-compressed whatever its name. */
    public static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return gunzipped(new BufferedInputStream(raw, 1 << 16));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The stream itself, or its gunzipped content when it starts with the gzip magic bytes. */
    public static InputStream gunzipped(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Up to {@code max} first bytes of the file's (gunzipped) content; empty when it cannot be read. */
    public static byte[] head(Path file, int max) {
        try (InputStream in = open(file)) {
            return in.readNBytes(max);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }
}
