package org.walkstudy.cli.format;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping to a width; a word longer than the width (an address) is cut so no line is wider. */
public final class TextWrap {
    private TextWrap() {
    }

    /** The text's lines, each at most {@code width} characters. */
    public static List<String> lines(String text, int width) {
        int w = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > w) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, w));
                word = word.substring(w);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > w) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text wrapped to {@code width}, the first line after {@code first}, the others after {@code rest}. */
    public static String block(String text, int width, String first, String rest) {
        StringBuilder sb = new StringBuilder();
        List<String> lines = lines(text, width - Math.max(first.length(), rest.length()));
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** The text cut to {@code width} characters, ending in "..." when cut. */
    public static String truncated(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        return width <= 3 ? text.substring(0, Math.max(0, width)) : text.substring(0, width - 3).stripTrailing() + "...";
    }
}
