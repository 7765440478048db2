package org.walkstudy.analysis.personal.applehealth;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the next of two or three given bytes eight bytes at a time. Why: an export's attribute values are
 * long runs of ordinary bytes (a device description is 150 of them), and the launcher's C1 compiler turns a
 * byte loop into several loads and checks per byte; one 8-byte load and a few arithmetic operations per word
 * take about 40 % off the scan (measured in BENCHMARKS.md). The test for a zero byte in a word is the
 * classic one (S. E. Anderson, "Bit Twiddling Hacks", "Determine if a word has a zero byte"): its lowest
 * flag is always exact, which is the only one used here.
 */
final class ByteSearch {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;

    private ByteSearch() {
    }

    /** The byte repeated in all eight lanes of a word, as the search methods take it. */
    static long lanes(byte b) {
        return ONES * (b & 0xFF);
    }

    /** Index of the first byte in {@code [from, to)} equal to {@code a} or {@code b} (as {@link #lanes}), or {@code to}. */
    static int indexOfEither(byte[] buf, int from, int to, long a, long b) {
        int i = from;
        for (; i <= to - 8; i += 8) {
            long w = (long) LONGS.get(buf, i);
            long found = zeroByte(w ^ a) | zeroByte(w ^ b);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        byte x = (byte) a;
        byte y = (byte) b;
        for (; i < to; i++) {
            byte c = buf[i];
            if (c == x || c == y) {
                return i;
            }
        }
        return to;
    }

    /** Index of the first byte in {@code [from, to)} equal to {@code a}, {@code b} or {@code c}, or {@code to}. */
    static int indexOfAny(byte[] buf, int from, int to, long a, long b, long c) {
        int i = from;
        for (; i <= to - 8; i += 8) {
            long w = (long) LONGS.get(buf, i);
            long found = zeroByte(w ^ a) | zeroByte(w ^ b) | zeroByte(w ^ c);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        byte x = (byte) a;
        byte y = (byte) b;
        byte z = (byte) c;
        for (; i < to; i++) {
            byte v = buf[i];
            if (v == x || v == y || v == z) {
                return i;
            }
        }
        return to;
    }

    /** High bit set in the lane of the lowest zero byte of {@code x} (higher lanes may be flagged falsely). */
    private static long zeroByte(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
