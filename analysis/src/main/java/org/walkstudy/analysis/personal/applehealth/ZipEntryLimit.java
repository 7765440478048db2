package org.walkstudy.analysis.personal.applehealth;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.walkstudy.core.input.InputException;

/**
 * Reads one zip entry and fails once it has expanded past {@link #MAX_RATIO} times its compressed size (and
 * past {@link #FREE_BYTES}): a zip bomb would otherwise keep the import busy for hours on petabytes of zeros.
 * Real Apple Health exports compress their XML about 10 to 30 times, so the limit leaves a wide margin. Bytes
 * are counted as they are read, so a central directory that lies about the uncompressed size changes nothing.
 */
public final class ZipEntryLimit extends FilterInputStream {
    /** Expansion ratio above which an entry is refused. */
    static final long MAX_RATIO = 200;
    /** Bytes any entry may expand to whatever its ratio: small files are no threat. */
    static final long FREE_BYTES = 64L << 20;

    private final String where;
    private final long limit;
    private long read;

    private ZipEntryLimit(InputStream in, String where, long limit) {
        super(in);
        this.where = where;
        this.limit = limit;
    }

    /** The entry's stream, limited by its compressed size as the zip's central directory gives it. */
    public static ZipEntryLimit forEntry(InputStream in, String where, long compressedSize) {
        long byRatio = compressedSize <= 0 || compressedSize > Long.MAX_VALUE / MAX_RATIO
                ? Long.MAX_VALUE : compressedSize * MAX_RATIO;
        return new ZipEntryLimit(in, where, Math.max(FREE_BYTES, byRatio));
    }

    /** A limit of exactly {@code limit} bytes (tests use it to avoid writing 64 MiB). */
    static ZipEntryLimit ofBytes(InputStream in, String where, long limit) {
        return new ZipEntryLimit(in, where, limit);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw InputException.inFile(where, "expands to more than " + limit + " bytes, over " + MAX_RATIO
                    + " times its compressed size: refused as a likely zip bomb");
        }
    }
}
