package org.walkstudy.cli.format;

/**
 * Text from input files made safe to show: in a terminal (no control characters, so no escape sequence such
 * as ESC[31m can recolour or move anything), in SVG (XML 1.0 forbids most control characters) and in
 * Markdown (HTML is escaped). Every such character becomes U+FFFD, so the reader sees that something was
 * there; nothing else changes.
 */
public final class SafeText {
    /** What replaces a character that must not be shown. */
    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /**
     * {@code s} with control characters (C0 including tab and newline, DEL, C1), bidirectional overrides and
     * isolates, unpaired surrogates and the non-characters U+FFFE/U+FFFF replaced by U+FFFD; one line.
     */
    public static String line(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || unsafe(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(s.length());
                out.append(s, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean unsafe(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /** {@link #line} for a Markdown table cell or paragraph: HTML and table pipes escaped too. */
    public static String markdown(String s) {
        return line(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }
}
