package org.walkstudy.analysis.personal.tcx;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks UTF-8 as the bytes pass and fails at the first invalid byte with its offset. The JDK's XML parser
 * reports invalid UTF-8 through an internal error handler that prints "[Fatal Error] ..." on stderr before it
 * throws, which would break walkstudy's one-line error; a byte that is not UTF-8 never reaches it this way.
 * Byte classes from RFC 3629, section 4 (no overlong forms, no surrogates, nothing above U+10FFFF).
 */
final class StrictUtf8Input extends FilterInputStream {
    private long offset;
    private int remaining;
    private long leadOffset;
    private int lead;
    private int low = 0x80;
    private int high = 0xBF;

    private StrictUtf8Input(InputStream in) {
        super(in);
    }

    /**
     * The stream checked as UTF-8, unless its start says another encoding: the first two bytes of a UTF-16 or
     * UCS-4 file or of EBCDIC's "<?" (XML 1.0, Appendix F), or an XML declaration naming another encoding.
     */
    static InputStream of(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(256);
        byte[] head = in.readNBytes(256);
        in.reset();
        if (head.length >= 2 && otherEncodingMark(head[0] & 0xFF, head[1] & 0xFF)) {
            return in;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int end = text.indexOf("?>");
        String declaration = text.startsWith("<?xml") && end > 0 ? text.substring(0, end) : "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)").matcher(declaration);
        if (m.find() && !m.group(1).strip().equals("utf-8") && !m.group(1).strip().equals("utf8")) {
            return in;
        }
        return new StrictUtf8Input(in);
    }

    private static boolean otherEncodingMark(int a, int b) {
        return (a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE) || (a == 0x00 && (b == 0x3C || b == 0x00))
                || (a == 0x3C && b == 0x00) || (a == 0x4C && b == 0x6F);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            atEnd();
        }
        for (int i = 0; i < n; i++) {
            check(b[off + i] & 0xFF);
        }
        return n;
    }

    private void check(int b) throws IOException {
        if (remaining > 0) {
            if (b < low || b > high) {
                throw bad(leadOffset, lead); // the character that byte does not continue
            }
            remaining--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            leadOffset = offset;
            lead = b;
            if (b >= 0xC2 && b <= 0xDF) {
                remaining = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                remaining = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                remaining = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                throw bad(offset, b);
            }
        }
        offset++;
    }

    private void atEnd() throws IOException {
        if (remaining > 0) {
            throw bad(leadOffset, lead);
        }
    }

    private static IOException bad(long at, int b) {
        return new IOException(String.format(Locale.ROOT, "byte %d (0x%02X) is not valid UTF-8 text", at, b));
    }
}
