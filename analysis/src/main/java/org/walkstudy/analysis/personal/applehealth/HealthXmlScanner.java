package org.walkstudy.analysis.personal.applehealth;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.core.input.InputException;

/**
 * A streaming, byte-level XML scanner for Apple Health exports: it finds start and end tags and their
 * attributes and checks nesting, nothing more. Why not StAX: since iOS 16 the export's internal DTD has
 * unclosed ATTLIST blocks and some exports contain characters XML 1.0 forbids (0x0B); a conforming parser
 * rejects both, and a byte scanner is also several times faster. The DOCTYPE is skipped as text (never
 * processed: no external entity is fetched, no entity expanded); comments, processing instructions and
 * CDATA are skipped. Memory stays bounded by the buffer whatever the file size.
 */
final class HealthXmlScanner {
    /** Receives tags; the tag and its byte ranges are valid only during the call. */
    interface Handler {
        void startTag(XmlTag tag);

        void endTag(XmlTag tag);
    }

    private static final int INITIAL_BUFFER = 4 << 20;
    private static final int MAX_BUFFER = 64 << 20;
    private static final int MAX_DEPTH = 64;
    private static final byte[] ROOT = bytes("HealthData");

    private final InputStream in;
    private final String source;
    private final long totalBytes;
    private final ProgressListener progress;
    private final Handler handler;
    private final XmlTag tag = new XmlTag();
    private final byte[][] open = new byte[MAX_DEPTH][];

    private byte[] buf = new byte[INITIAL_BUFFER];
    private int limit;
    private int mark;
    private long base;
    private boolean eof;
    private long line = 1;
    private long lineStart;
    private int depth;
    private boolean rootSeen;
    private boolean rootClosed;

    private HealthXmlScanner(InputStream in, String source, long totalBytes, ProgressListener progress, Handler handler) {
        this.in = in;
        this.source = source;
        this.totalBytes = totalBytes;
        this.progress = progress == null ? ProgressListener.NONE : progress;
        this.handler = handler;
    }

    /** Scans the whole stream; throws {@link InputException} with line and column when it is not a whole export. */
    static void scan(InputStream in, String source, long totalBytes, ProgressListener progress, Handler handler)
            throws IOException {
        if (in == null || handler == null) {
            throw new IllegalArgumentException("input and handler must be given");
        }
        new HealthXmlScanner(in, source, totalBytes, progress, handler).run();
    }

    static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void run() throws IOException {
        tag.buf = buf;
        int p = 0;
        if (have(2) && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            p = 3;
        }
        while (true) {
            // Text between tags: only newlines matter (for positions) and, outside the root, stray text.
            while (true) {
                if (p >= limit) {
                    mark = p;
                    if (!refill()) {
                        atEnd(mark);
                        return;
                    }
                    p = mark;
                }
                byte b = buf[p];
                if (b == '<') {
                    break;
                }
                if (b == '\n') {
                    line++;
                    lineStart = base + p + 1;
                } else if (depth == 0 && b != ' ' && b != '\t' && b != '\r') {
                    throw error(p, rootClosed ? "text after the end of the document"
                            : "not an XML file: text before the first element");
                }
                p++;
            }
            mark = p;
            int end = markup();
            countLines(mark, mark + end);
            p = mark + end + 1;
        }
    }

    /** Handles the markup starting at {@code mark}; returns the offset (from mark) of its last byte. */
    private int markup() throws IOException {
        if (!have(1)) {
            throw truncated("inside a tag");
        }
        byte next = buf[mark + 1];
        if (next == '?') {
            return find(2, bytes("?>")) + 1;
        }
        if (next == '!') {
            if (startsWith(bytes("<!--"))) {
                return find(4, bytes("-->")) + 2;
            }
            if (startsWith(bytes("<![CDATA["))) {
                return find(9, bytes("]]>")) + 2;
            }
            if (startsWith(bytes("<!DOCTYPE"))) {
                return skipDoctype();
            }
            throw error(mark, "unknown markup '<!'");
        }
        if (next == '/') {
            int end = find(2, bytes(">"));
            endTag(end);
            return end;
        }
        int end = tagEnd();
        startTag(end);
        return end;
    }

    /** The internal subset is skipped by text up to "]>": its content is never read (iOS 16 broke its syntax). */
    private int skipDoctype() throws IOException {
        int r = 9;
        while (true) {
            if (!have(r)) {
                throw truncated("inside the DOCTYPE");
            }
            byte b = buf[mark + r];
            if (b == '>') {
                return r;
            }
            if (b == '[') {
                break;
            }
            r++;
        }
        while (true) {
            r = find(r + 1, bytes("]"));
            int k = r + 1;
            while (have(k) && isSpace(buf[mark + k])) {
                k++;
            }
            if (!have(k)) {
                throw truncated("inside the DOCTYPE");
            }
            if (buf[mark + k] == '>') {
                return k;
            }
        }
    }

    private int tagEnd() throws IOException {
        int r = 1;
        byte quote = 0;
        while (true) {
            if (mark + r >= limit && !have(r)) {
                throw truncated("inside a tag");
            }
            byte b = buf[mark + r];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return r;
            } else if (b == '<') {
                throw error(mark, "'<' inside a tag: the tag is not closed");
            }
            r++;
        }
    }

    private void startTag(int end) {
        int gt = mark + end;
        int i = mark + 1;
        int nameEnd = i;
        while (nameEnd < gt && !isSpace(buf[nameEnd]) && buf[nameEnd] != '/') {
            nameEnd++;
        }
        if (nameEnd == i) {
            throw error(mark, "a tag without a name");
        }
        tag.buf = buf;
        tag.nameStart = i;
        tag.nameEnd = nameEnd;
        tag.count = 0;
        tag.selfClosing = buf[gt - 1] == '/';
        tag.line = line;
        tag.column = base + mark - lineStart + 1;
        int stop = tag.selfClosing ? gt - 1 : gt;
        i = nameEnd;
        while (true) {
            while (i < stop && isSpace(buf[i])) {
                i++;
            }
            if (i >= stop) {
                break;
            }
            int an = i;
            while (i < stop && buf[i] != '=' && !isSpace(buf[i])) {
                i++;
            }
            int anEnd = i;
            while (i < stop && isSpace(buf[i])) {
                i++;
            }
            if (i >= stop || buf[i] != '=' || anEnd == an) {
                throw error(mark, "attribute without a value in <" + tag.name() + ">");
            }
            i++;
            while (i < stop && isSpace(buf[i])) {
                i++;
            }
            if (i >= stop || (buf[i] != '"' && buf[i] != '\'')) {
                throw error(mark, "attribute value not quoted in <" + tag.name() + ">");
            }
            byte q = buf[i++];
            int vs = i;
            while (i < stop && buf[i] != q) {
                i++;
            }
            if (i >= stop) {
                throw error(mark, "attribute value not closed in <" + tag.name() + ">");
            }
            if (tag.count == XmlTag.MAX_ATTRIBUTES) {
                throw error(mark, "more than " + XmlTag.MAX_ATTRIBUTES + " attributes");
            }
            tag.attrNameStart[tag.count] = an;
            tag.attrNameEnd[tag.count] = anEnd;
            tag.valueStart[tag.count] = vs;
            tag.valueEnd[tag.count] = i;
            tag.count++;
            i++;
        }
        if (depth == 0) {
            if (rootClosed) {
                throw error(mark, "a second root element");
            }
            if (!tag.nameIs(ROOT)) {
                throw error(mark, "not an Apple Health export: the root element is <" + tag.name()
                        + ">, expected <HealthData>");
            }
            rootSeen = true;
        }
        handler.startTag(tag);
        if (!tag.selfClosing) {
            if (depth == MAX_DEPTH) {
                throw error(mark, "elements nested deeper than " + MAX_DEPTH);
            }
            open[depth++] = Arrays.copyOfRange(buf, tag.nameStart, tag.nameEnd);
        } else if (depth == 0) {
            rootClosed = true;
        }
    }

    private void endTag(int end) {
        int gt = mark + end;
        int nameEnd = gt;
        while (nameEnd > mark + 2 && isSpace(buf[nameEnd - 1])) {
            nameEnd--;
        }
        tag.buf = buf;
        tag.nameStart = mark + 2;
        tag.nameEnd = nameEnd;
        tag.count = 0;
        tag.line = line;
        tag.column = base + mark - lineStart + 1;
        if (depth == 0 || !tag.nameIs(open[depth - 1])) {
            throw error(mark, "</" + tag.name() + "> does not close "
                    + (depth == 0 ? "any element" : "<" + new String(open[depth - 1], java.nio.charset.StandardCharsets.UTF_8) + ">"));
        }
        handler.endTag(tag);
        depth--;
        if (depth == 0) {
            rootClosed = true;
        }
    }

    private void atEnd(int p) {
        if (!rootSeen) {
            throw error(p, "no XML element found: empty or not an XML file");
        }
        if (depth > 0) {
            throw error(p, "the file ends before </" + new String(open[depth - 1], java.nio.charset.StandardCharsets.UTF_8)
                    + "> (truncated?)");
        }
    }

    private boolean startsWith(byte[] text) throws IOException {
        if (!have(text.length - 1)) {
            return false;
        }
        for (int k = 0; k < text.length; k++) {
            if (buf[mark + k] != text[k]) {
                return false;
            }
        }
        return true;
    }

    /** Offset (from mark) where {@code text} starts, searching from {@code from}. */
    private int find(int from, byte[] text) throws IOException {
        int r = from;
        while (true) {
            if (!have(r + text.length - 1)) {
                throw truncated("inside markup");
            }
            int k = 0;
            while (k < text.length && buf[mark + r + k] == text[k]) {
                k++;
            }
            if (k == text.length) {
                return r;
            }
            r++;
        }
    }

    /** Whether offset {@code rel} from mark is in the buffer, reading more if needed. */
    private boolean have(int rel) throws IOException {
        while (mark + rel >= limit) {
            if (!refill()) {
                return false;
            }
        }
        return true;
    }

    /** Keeps bytes from mark on, moves them to the front and reads more; false at end of input. */
    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        if (mark > 0) {
            System.arraycopy(buf, mark, buf, 0, limit - mark);
            limit -= mark;
            base += mark;
            mark = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_BUFFER) {
                throw error(0, "one piece of markup is longer than " + (MAX_BUFFER >> 20) + " MB");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
            tag.buf = buf;
        }
        int n = in.readNBytes(buf, limit, buf.length - limit);
        if (n <= 0) {
            eof = true;
            return false;
        }
        limit += n;
        progress.bytesRead(base + limit, totalBytes);
        return true;
    }

    private void countLines(int from, int to) {
        for (int k = from; k <= to && k < limit; k++) {
            if (buf[k] == '\n') {
                line++;
                lineStart = base + k + 1;
            }
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private InputException truncated(String where) {
        return error(limit, "the file ends " + where + " (truncated?)");
    }

    /** A structural problem at buffer index {@code p}: line and column of that byte. */
    private InputException error(int p, String problem) {
        long col = base + p - lineStart + 1;
        long ln = line;
        if (p > mark) {
            for (int k = mark; k < p && k < limit; k++) {
                if (buf[k] == '\n') {
                    ln++;
                    col = p - k;
                }
            }
        }
        return InputException.atCell(source, ln, String.valueOf(Math.max(col, 1)), problem);
    }
}
