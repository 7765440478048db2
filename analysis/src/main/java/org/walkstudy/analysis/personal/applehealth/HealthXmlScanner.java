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
        /**
         * Called with only the tag name and its first attribute parsed; true skips the rest of the tag
         * (no {@link #startTag} call). Exports are mostly records of types walkstudy does not read.
         */
        boolean skip(XmlTag tag);

        void startTag(XmlTag tag);

        void endTag(XmlTag tag);
    }

    private static final int INITIAL_BUFFER = 1 << 20;
    private static final int MAX_BUFFER = 64 << 20;
    private static final int MAX_DEPTH = 64;
    private static final byte[] ROOT = bytes("HealthData");
    private static final byte[] PI_END = bytes("?>");
    private static final byte[] COMMENT = bytes("<!--");
    private static final byte[] COMMENT_END = bytes("-->");
    private static final byte[] CDATA = bytes("<![CDATA[");
    private static final byte[] CDATA_END = bytes("]]>");
    private static final byte[] DOCTYPE = bytes("<!DOCTYPE");
    private static final byte[] GT = bytes(">");
    private static final byte[] CLOSE_BRACKET = bytes("]");

    /*
     * Byte classes for the hot loops: one table load decides whether a byte can end the current token, so an
     * ordinary byte costs one comparison instead of five (the launcher runs C1-compiled code, which does not
     * fold such chains for us; measured in BENCHMARKS.md).
     */
    /** Ends an attribute name: '=', whitespace, '>', '/', '<'. */
    private static final boolean[] ENDS_NAME = byteClass("= \n\t\r>/<");
    /** Bytes searched for in attribute values, eight at a time (see {@link ByteSearch}). */
    private static final long QUOTES = ByteSearch.lanes((byte) '"');
    private static final long APOSTROPHES = ByteSearch.lanes((byte) '\'');
    private static final long LESS_THANS = ByteSearch.lanes((byte) '<');
    private static final long NEWLINES = ByteSearch.lanes((byte) '\n');
    /** Needs a look in the rest of a skipped tag: quotes, '>', '<', newline. */
    private static final boolean[] IN_SKIPPED_TAG = byteClass("\"'><\n");

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

    /** This part of the file starts inside the root element / may end inside it (parallel chunks). */
    private final boolean startsInsideRoot;
    private final boolean endsInsideRoot;
    /** Whether the markup just handled was a start tag (which counts its own newlines). */
    private boolean linesCounted;

    private HealthXmlScanner(InputStream in, String source, long totalBytes, ProgressListener progress, Handler handler,
            boolean startsInsideRoot, boolean endsInsideRoot) {
        this.startsInsideRoot = startsInsideRoot;
        this.endsInsideRoot = endsInsideRoot;
        if (startsInsideRoot) {
            open[depth++] = ROOT;
            rootSeen = true;
            lineStart = -1; // a chunk starts at the '<' after "\n ": its first column is 2
        }
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
        new HealthXmlScanner(in, source, totalBytes, progress, handler, false, false).run();
    }

    /**
     * Scans one part of an export split before a top-level element (see {@link ParallelHealthScan}); returns
     * the number of newlines in it, so the caller can turn the part's line numbers into the file's.
     */
    static long scanPart(InputStream in, String source, long totalBytes, ProgressListener progress, Handler handler,
            boolean first, boolean last) throws IOException {
        if (in == null || handler == null) {
            throw new IllegalArgumentException("input and handler must be given");
        }
        HealthXmlScanner s = new HealthXmlScanner(in, source, totalBytes, progress, handler, !first, !last);
        s.run();
        return s.line - 1;
    }

    private static boolean[] byteClass(String members) {
        boolean[] table = new boolean[256];
        for (byte b : bytes(members)) {
            table[b & 0xFF] = true;
        }
        return table;
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
            linesCounted = false;
            int end = markup();
            if (!linesCounted) {
                countLines(mark, mark + end);
            }
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
            return find(2, PI_END) + 1;
        }
        if (next == '!') {
            if (startsWith(COMMENT)) {
                return find(4, COMMENT_END) + 2;
            }
            if (startsWith(CDATA)) {
                return find(9, CDATA_END) + 2;
            }
            if (startsWith(DOCTYPE)) {
                return skipDoctype();
            }
            throw error(mark, "unknown markup '<!'");
        }
        if (next == '/') {
            int end = find(2, GT);
            endTag(end);
            return end;
        }
        return startTag();
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
            r = find(r + 1, CLOSE_BRACKET);
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

    /** Parses the start tag at mark (reading more input when it straddles the buffer); returns the offset of its '>'. */
    private int startTag() throws IOException {
        while (true) {
            int end = parseStartTag();
            if (end >= 0) {
                afterStartTag(end);
                return end;
            }
            if (!refill()) {
                throw truncated("inside a tag");
            }
        }
    }

    /**
     * One pass over the tag: name, then attributes, until '>' outside quotes. Returns the offset (from mark)
     * of the '>', or -1 when the buffer ends first (the caller reads more and parses again).
     */
    private int parseStartTag() {
        final byte[] b = buf;
        final int lim = limit;
        int i = mark + 1;
        while (i < lim && !isSpace(b[i]) && b[i] != '/' && b[i] != '>') {
            i++;
        }
        if (i >= lim) {
            return -1;
        }
        if (i == mark + 1) {
            throw error(mark, "a tag without a name");
        }
        beginTag(mark + 1, i);
        newlines = 0;
        lastNewline = -1;
        while (true) {
            while (i < lim && isSpace(b[i])) {
                if (b[i] == '\n') {
                    newlines++;
                    lastNewline = i;
                }
                i++;
            }
            if (i >= lim) {
                return -1;
            }
            byte c = b[i];
            if (c == '>') {
                tag.selfClosing = false;
                return commitLines(i - mark);
            }
            if (c == '/') {
                if (i + 1 >= lim) {
                    return -1;
                }
                if (b[i + 1] != '>') {
                    throw error(mark, "'/' not followed by '>' in <" + tag.name() + ">");
                }
                tag.selfClosing = true;
                return commitLines(i + 1 - mark);
            }
            if (c == '<') {
                throw error(mark, "'<' inside a tag: the tag is not closed");
            }
            int an = i;
            while (i < lim && !ENDS_NAME[b[i] & 0xFF]) {
                i++;
            }
            int anEnd = i;
            while (i < lim && isSpace(b[i])) {
                countNewline(b, i);
                i++;
            }
            if (i >= lim) {
                return -1;
            }
            if (b[i] != '=') {
                throw error(mark, "attribute without a value in <" + tag.name() + ">");
            }
            i++;
            while (i < lim && isSpace(b[i])) {
                countNewline(b, i);
                i++;
            }
            if (i >= lim) {
                return -1;
            }
            byte q = b[i];
            if (q != '"' && q != '\'') {
                throw error(mark, "attribute value not quoted in <" + tag.name() + ">");
            }
            int vs = ++i;
            long quoteLanes = q == '"' ? QUOTES : APOSTROPHES;
            while (true) {
                i = ByteSearch.indexOfAny(b, i, lim, quoteLanes, LESS_THANS, NEWLINES);
                if (i >= lim) {
                    return -1;
                }
                byte v = b[i];
                if (v == q) {
                    break;
                }
                if (v == '<') {
                    throw error(mark, "'<' inside an attribute value: the tag is not closed");
                }
                countNewline(b, i);
                i++;
            }
            if (tag.count == XmlTag.MAX_ATTRIBUTES) {
                throw error(mark, "more than " + XmlTag.MAX_ATTRIBUTES + " attributes");
            }
            tag.addAttribute(an, anEnd, vs, i);
            i++;
            if (tag.count == 1 && depth > 0 && handler.skip(tag)) {
                tag.skipped = true;
                return skipToTagEnd(i);
            }
        }
    }

    private int newlines;
    private int lastNewline;

    private void countNewline(byte[] b, int i) {
        if (b[i] == '\n') {
            newlines++;
            lastNewline = i;
        }
    }

    /** Applies the newlines of a start tag parsed to its end (a parse cut short by the buffer end counts again). */
    private int commitLines(int end) {
        linesCounted = true;
        if (newlines > 0) {
            line += newlines;
            lineStart = base + lastNewline + 1;
        }
        return end;
    }

    /** The rest of a skipped tag: only quotes and the closing '>' matter (and newlines, for positions). */
    private int skipToTagEnd(int from) {
        final byte[] b = buf;
        final int lim = limit;
        int i = from;
        for (; i < lim; i++) {
            byte c = b[i];
            if (!IN_SKIPPED_TAG[c & 0xFF]) {
                continue;
            }
            if (c == '\n') {
                newlines++;
                lastNewline = i;
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(b, i + 1, lim, c == '"' ? QUOTES : APOSTROPHES);
                if (i >= lim) {
                    return -1;
                }
            } else if (c == '>') {
                tag.selfClosing = b[i - 1] == '/';
                return commitLines(i - mark);
            } else {
                throw error(mark, "'<' inside a tag: the tag is not closed");
            }
        }
        return -1;
    }

    /** The index of the closing quote of a value starting at {@code from} in a skipped tag (or lim), counting its newlines. */
    private int skipQuoted(byte[] b, int from, int lim, long quoteLanes) {
        int i = from;
        while (true) {
            i = ByteSearch.indexOfEither(b, i, lim, quoteLanes, NEWLINES);
            if (i >= lim || b[i] != '\n') {
                return i;
            }
            newlines++;
            lastNewline = i;
            i++;
        }
    }

    private void afterStartTag(int end) {
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
        if (!tag.skipped) {
            handler.startTag(tag);
        }
        if (!tag.selfClosing) {
            if (depth == MAX_DEPTH) {
                throw error(mark, "elements nested deeper than " + MAX_DEPTH);
            }
            // Reuse the name last open at this depth when it is the same (a Record with children after a
            // Record with children): copying each name showed in profiles of large exports.
            byte[] previous = open[depth];
            open[depth++] = previous != null && tag.nameIs(previous) ? previous
                    : Arrays.copyOfRange(buf, tag.nameStart, tag.nameEnd);
        } else if (depth == 0) {
            rootClosed = true;
        }
    }

    /** Points the reused tag at the name in {@code buf[from, to)} of the markup at mark, with no attributes yet. */
    private void beginTag(int from, int to) {
        tag.buf = buf;
        tag.nameStart = from;
        tag.nameEnd = to;
        tag.clearAttributes();
        tag.line = line;
        tag.column = base + mark - lineStart + 1;
        tag.skipped = false;
    }

    private void endTag(int end) {
        int gt = mark + end;
        int nameEnd = gt;
        while (nameEnd > mark + 2 && isSpace(buf[nameEnd - 1])) {
            nameEnd--;
        }
        beginTag(mark + 2, nameEnd);
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
        if (endsInsideRoot) {
            if (depth != 1) {
                throw error(p, "part of the file ends inside an element");
            }
            return;
        }
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
