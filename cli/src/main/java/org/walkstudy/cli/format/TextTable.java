package org.walkstudy.cli.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain aligned text table (columns padded to their widest cell) for terminal output. Given a width, the
 * widest columns give way first until the table fits: their cells either wrap onto more lines or are cut
 * with "...", so no line is wider than the terminal.
 */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final java.util.Set<Integer> whole = new java.util.HashSet<>();

    private TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public static TextTable withHeader(String... header) {
        return new TextTable(List.of(header));
    }

    /** These columns are narrowed only when no other column can give way (an id that should stay copyable). */
    public TextTable keepWhole(int... columns) {
        for (int c : columns) {
            whole.add(c);
        }
        return this;
    }

    public TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + header.size());
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c == null ? "" : SafeText.line(c.toString())); // cells come from input files
        }
        rows.add(row);
        return this;
    }

    /** How a cell wider than its column is shown. */
    public enum Overflow {
        /** Onto more lines of the same row. */
        WRAP,
        /** Cut, ending in "...". */
        TRUNCATE
    }

    private static final int GAP = 2;
    private static final int NARROWEST = 6;

    /** The table at its natural width, however wide. */
    public String render() {
        return render(Integer.MAX_VALUE, Overflow.WRAP);
    }

    /** The table in at most {@code maxWidth} columns (as far as {@value #NARROWEST}-character columns allow). */
    public String render(int maxWidth, Overflow overflow) {
        int[] width = fit(naturalWidths(), maxWidth);
        StringBuilder sb = new StringBuilder();
        row(sb, header, width, Overflow.WRAP);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, width);
        for (List<String> r : rows) {
            row(sb, r, width, overflow);
        }
        return sb.toString();
    }

    private int[] naturalWidths() {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        return width;
    }

    /**
     * Narrows one column at a time by one character until the table fits: the column whose narrowing adds the
     * fewest lines to the table (its rows' heights once cells wrap; the widest column on a tie), never below its
     * header's longest word or {@value #NARROWEST} characters.
     */
    private int[] fit(int[] natural, int maxWidth) {
        int[] width = natural.clone();
        int total = GAP * (width.length - 1);
        for (int w : width) {
            total += w;
        }
        while (total > maxWidth) {
            int best = narrowest(width, false);
            if (best < 0) {
                best = narrowest(width, true);
            }
            if (best < 0) {
                break;
            }
            width[best]--;
            total--;
        }
        return width;
    }

    /** The column to narrow next, or -1: fewest table lines afterwards, the widest on a tie. */
    private int narrowest(int[] width, boolean evenWhole) {
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < width.length; i++) {
            if (!evenWhole && whole.contains(i) || width[i] - 1 < floor(i)) {
                continue;
            }
            width[i]--;
            long cost = lines(width);
            width[i]++;
            if (cost < bestCost || cost == bestCost && width[i] > width[best]) {
                best = i;
                bestCost = cost;
            }
        }
        return best;
    }

    /** How many lines the rows take at these widths (a row is as tall as its most wrapped cell). */
    private long lines(int[] width) {
        long total = 0;
        for (List<String> r : rows) {
            int height = 1;
            for (int i = 0; i < width.length; i++) {
                String cell = r.get(i);
                if (cell.length() > width[i]) {
                    height = Math.max(height, TextWrap.lines(cell, width[i]).size());
                }
            }
            total += height;
        }
        return total;
    }

    private int floor(int column) {
        int longestWord = 0;
        for (String word : header.get(column).split("\\s+")) {
            longestWord = Math.max(longestWord, word.length());
        }
        return Math.max(NARROWEST, longestWord);
    }

    private static void row(StringBuilder sb, List<String> cells, int[] width, Overflow overflow) {
        if (overflow == Overflow.TRUNCATE) {
            List<String> cut = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                cut.add(TextWrap.truncated(cells.get(i), width[i]));
            }
            line(sb, cut, width);
            return;
        }
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = cells.get(i).length() <= width[i] ? List.of(cells.get(i)) : TextWrap.lines(cells.get(i), width[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int l = 0; l < height; l++) {
            List<String> line = new ArrayList<>();
            for (List<String> lines : wrapped) {
                line.add(l < lines.size() ? lines.get(l) : "");
            }
            line(sb, line, width);
        }
    }

    /** GitHub-flavoured Markdown with pipes and HTML in cells escaped. */
    public String renderMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header.stream().map(TextTable::md).toList())).append(" |\n");
        sb.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> r : rows) {
            sb.append("| ").append(String.join(" | ", r.stream().map(TextTable::md).toList())).append(" |\n");
        }
        return sb.toString();
    }

    private static String md(String cell) {
        return SafeText.markdown(cell);
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(Math.max(0, width[i] - c.length()) + GAP));
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }
}
