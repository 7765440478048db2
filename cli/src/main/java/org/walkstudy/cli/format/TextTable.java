package org.walkstudy.cli.format;

import java.util.ArrayList;
import java.util.List;

/** A plain aligned text table (columns padded to their widest cell) for terminal output. */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public static TextTable withHeader(String... header) {
        return new TextTable(List.of(header));
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

    public String render() {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, width);
        for (List<String> r : rows) {
            line(sb, r, width);
        }
        return sb.toString();
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
                sb.append(" ".repeat(width[i] - c.length() + 2));
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
