package org.walkstudy.cli.report;

import java.util.List;
import java.util.Locale;

/**
 * An HTML fragment under construction. Text from data goes through {@link #escape}; markup is only added by
 * these methods, so a study title or a CSV cell can never open an element.
 */
final class Html {
    /** Characters of a source address shown as link text. */
    private static final int LINK_TEXT = 40;

    private final StringBuilder sb = new StringBuilder(16 * 1024);

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A link the reader may follow: only http(s) addresses become links (a {@code javascript:} or
     * {@code file:} value from a CSV stays plain text); nothing is fetched when the page opens.
     */
    static String link(String url) {
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return "<a href=\"" + escape(u) + "\" title=\"" + escape(u) + "\" rel=\"noopener noreferrer\">"
                    + escape(shortened(u)) + "</a>";
        }
        return escape(u);
    }

    /**
     * A source address as link text: without the scheme and cut to {@value #LINK_TEXT} characters, because a
     * full database address would make its table column wider than the screen. The whole address is in the
     * link, its tooltip, and printed after it on paper.
     */
    static String shortened(String url) {
        String bare = url.replaceFirst("(?i)^https?://(www\\.)?", "");
        return bare.length() <= LINK_TEXT ? bare : bare.substring(0, LINK_TEXT - 1) + "\u2026";
    }

    static String links(List<String> urls) {
        return String.join("<br />", urls.stream().map(Html::link).toList());
    }

    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html text(String text) {
        sb.append(escape(text));
        return this;
    }

    Html heading(int level, String id, String text) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1 to 6 but was " + level);
        }
        sb.append("<h").append(level).append(" id=\"").append(escape(id)).append("\">").append(escape(text))
                .append("</h").append(level).append(">\n");
        return this;
    }

    Html paragraph(String text) {
        sb.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    Html list(List<String> items) {
        sb.append("<ul>\n");
        items.forEach(i -> sb.append("<li>").append(escape(i)).append("</li>\n"));
        sb.append("</ul>\n");
        return this;
    }

    Html table(HtmlTable table) {
        sb.append(table.markup());
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
