package org.walkstudy.analysis.personal.applehealth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The word-at-a-time search finds what a byte-by-byte search finds, wherever the match and the range end lie. */
class ByteSearchPropertyTest {
    /** Bytes as attribute values hold them, with the searched ones and bytes above 0x7F (UTF-8) mixed in. */
    @Provide
    Arbitrary<byte[]> buffers() {
        return Arbitraries.bytes().list().ofMaxSize(70).map(list -> {
            byte[] b = new byte[list.size()];
            for (int i = 0; i < b.length; i++) {
                byte v = list.get(i);
                // Half the bytes from a small alphabet, so matches are frequent and fall in every lane.
                b[i] = (v & 1) == 0 ? (byte) "\"'<\n=a\u0001".charAt((v >>> 1 & 0x7F) % 7) : v;
            }
            return b;
        });
    }

    @Property
    void indexOfAnyFindsTheFirstOfThree(@ForAll("buffers") byte[] b, @ForAll @IntRange(max = 8) int fromShift,
            @ForAll @IntRange(max = 8) int toShift) {
        int from = Math.min(fromShift, b.length);
        int to = Math.max(from, b.length - toShift);
        assertEquals(naive(b, from, to, '"', '<', '\n'), ByteSearch.indexOfAny(b, from, to,
                ByteSearch.lanes((byte) '"'), ByteSearch.lanes((byte) '<'), ByteSearch.lanes((byte) '\n')));
    }

    @Property
    void indexOfEitherFindsTheFirstOfTwo(@ForAll("buffers") byte[] b, @ForAll @IntRange(max = 8) int fromShift) {
        int from = Math.min(fromShift, b.length);
        assertEquals(naive(b, from, b.length, '\'', '\n', '\n'), ByteSearch.indexOfEither(b, from, b.length,
                ByteSearch.lanes((byte) '\''), ByteSearch.lanes((byte) '\n')));
    }

    @Property
    void aByteAboveSevenBitsIsFoundToo(@ForAll @IntRange(max = 40) int at, @ForAll @IntRange(max = 40) int padding) {
        byte[] b = new byte[at + 1 + padding];
        java.util.Arrays.fill(b, (byte) 0x80);
        b[at] = (byte) 0xE2; // the first byte of the curly apostrophe in "Ann’s iPhone"
        assertEquals(at, ByteSearch.indexOfEither(b, 0, b.length, ByteSearch.lanes((byte) 0xE2), ByteSearch.lanes((byte) '"')));
    }

    private static int naive(byte[] b, int from, int to, char x, char y, char z) {
        for (int i = from; i < to; i++) {
            if (b[i] == x || b[i] == y || b[i] == z) {
                return i;
            }
        }
        return to;
    }
}
