package org.walkstudy.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table: a caption, column headers and rows whose first cell is the row's header. Cells are HTML
 * fragments already escaped by {@link Html}. The table sits in a wrapper that scrolls sideways on a phone.
 */
record HtmlTable(String caption, List<String> headers, List<List<String>> rows) {
    /** Characters of text from which a cell counts as a paragraph rather than a value. */
    private static final int LONG_TEXT = 60;

    HtmlTable {
        if (caption == null || caption.isBlank()) {
            throw new IllegalArgumentException("a table needs a caption");
        }
        headers = List.copyOf(headers);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs column headers");
        }
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + headers.size() + " headers");
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    static HtmlTable of(String caption, List<String> headers) {
        return new HtmlTable(caption, headers, List.of());
    }

    /** This table with one more row of escaped HTML cells. */
    HtmlTable withRow(String... cells) {
        List<List<String>> more = new ArrayList<>(rows);
        more.add(List.of(cells));
        return new HtmlTable(caption, headers, more);
    }

    String markup() {
        StringBuilder sb = new StringBuilder(4096);
        // tabindex lets keyboard users scroll a table wider than the screen.
        sb.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").append(Html.escape(caption))
                .append("\">\n<table>\n<caption>").append(Html.escape(caption)).append("</caption>\n<thead><tr>");
        headers.forEach(h -> sb.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>"));
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            sb.append(isLong(row.get(0)) ? "<tr><th scope=\"row\" class=\"long\">" : "<tr><th scope=\"row\">")
                    .append(row.get(0)).append("</th>");
            row.subList(1, row.size()).forEach(c -> sb.append(isLong(c) ? "<td class=\"long\">" : "<td>").append(c)
                    .append("</td>"));
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n</div>\n").toString();
    }

    /**
     * Long text (a comment, a note, a source address) gets room to wrap into lines one can read: the
     * browser's automatic layout would otherwise squeeze it into a column a word wide beside short numbers.
     */
    private static boolean isLong(String cell) {
        return cell.replaceAll("<[^>]*>", "").length() > LONG_TEXT;
    }
}
