package org.walkstudy.analysis.personal.applehealth;

import java.nio.charset.StandardCharsets;

/**
 * A start tag as the scanner sees it: byte ranges into the scanner's buffer, valid only during the
 * callback. Reused from tag to tag so a 2 GB export creates no garbage per record.
 */
final class XmlTag {
    static final int MAX_ATTRIBUTES = 64;
    /*
     * Answers to attribute(name) for this tag, by the identity of the name constant: a record's reader asks for
     * startDate or sourceName several times, and comparing names byte by byte showed in profiles.
     */
    private static final int REMEMBERED = 8;
    byte[] buf;
    int nameStart;
    int nameEnd;
    int count;
    final int[] attrNameStart = new int[MAX_ATTRIBUTES];
    final int[] attrNameEnd = new int[MAX_ATTRIBUTES];
    final int[] valueStart = new int[MAX_ATTRIBUTES];
    final int[] valueEnd = new int[MAX_ATTRIBUTES];
    boolean selfClosing;
    /** The handler skipped the tag: only name and first attribute were parsed. */
    boolean skipped;
    long line;
    long column;
    /*
     * Where each name was found in an earlier tag: an exporter writes a record's attributes in the same order
     * every time, so the first guess is nearly always right and one comparison replaces a search.
     */
    private static final int GUESSED = 16;
    private final byte[][] guessedNames = new byte[GUESSED][];
    private final int[] guessedIndex = new int[GUESSED];
    private int guessed;
    private final byte[][] askedNames = new byte[REMEMBERED][];
    private final int[] answers = new int[REMEMBERED];
    private int asked;

    boolean nameIs(byte[] name) {
        return same(nameStart, nameEnd, name);
    }

    /** Forgets the attributes: a new tag is being parsed. */
    void clearAttributes() {
        count = 0;
        asked = 0;
    }

    /** Adds the next attribute's name and value ranges (the caller checks {@link #MAX_ATTRIBUTES}). */
    void addAttribute(int nameFrom, int nameTo, int valueFrom, int valueTo) {
        attrNameStart[count] = nameFrom;
        attrNameEnd[count] = nameTo;
        valueStart[count] = valueFrom;
        valueEnd[count] = valueTo;
        count++;
        asked = 0; // an attribute missing so far may be this one
    }

    /** Index of the attribute, or -1. */
    int attribute(byte[] name) {
        for (int k = 0; k < asked; k++) {
            if (askedNames[k] == name) {
                return answers[k];
            }
        }
        int found = -1;
        int slot = guessSlot(name);
        int guess = slot < 0 ? -1 : guessedIndex[slot];
        if (guess >= 0 && guess < count && same(attrNameStart[guess], attrNameEnd[guess], name)) {
            found = guess;
        } else {
            for (int i = 0; i < count; i++) {
                if (same(attrNameStart[i], attrNameEnd[i], name)) {
                    found = i;
                    break;
                }
            }
            if (slot >= 0 && found >= 0) {
                guessedIndex[slot] = found;
            }
        }
        if (asked < REMEMBERED) {
            askedNames[asked] = name;
            answers[asked++] = found;
        }
        return found;
    }

    /** The slot remembering where {@code name} was last found (claimed on first use), or -1 when all are taken. */
    private int guessSlot(byte[] name) {
        for (int k = 0; k < guessed; k++) {
            if (guessedNames[k] == name) {
                return k;
            }
        }
        if (guessed == GUESSED) {
            return -1;
        }
        guessedNames[guessed] = name;
        guessedIndex[guessed] = -1;
        return guessed++;
    }

    boolean valueIs(int i, byte[] value) {
        return i >= 0 && same(valueStart[i], valueEnd[i], value);
    }

    boolean same(int from, int to, byte[] text) {
        if (to - from != text.length) {
            return false;
        }
        // From the end: names that differ share their start ("HKQuantityTypeIdentifier...").
        for (int k = text.length - 1; k >= 0; k--) {
            if (buf[from + k] != text[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The attribute's text: the five predefined entities and character references are decoded; any other
     * entity reference is kept as written (the DTD is never processed, so nothing is expanded); control
     * characters that XML 1.0 forbids are dropped.
     */
    String text(int i) {
        String raw = new String(buf, valueStart[i], valueEnd[i] - valueStart[i], StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '&') {
                int semi = raw.indexOf(';', k);
                if (semi > k) {
                    String ref = raw.substring(k + 1, semi);
                    String decoded = decode(ref);
                    if (decoded != null) {
                        sb.append(decoded);
                        k = semi;
                        continue;
                    }
                }
                sb.append(c);
            } else if (c >= 0x20 || c == '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String decode(String ref) {
        switch (ref) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                break;
        }
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
            }
            if (ref.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    String name() {
        return new String(buf, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
    }
}
