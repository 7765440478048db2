package org.walkstudy.cli.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's SVG ready to sit inside the page: without the XML prolog and DOCTYPE (which are not allowed
 * mid-document and would name an external DTD), with {@code role="img"} and an {@code aria-label} for screen
 * readers, and a {@code <title>} as its tooltip.
 */
record InlineSvg(String markup, String label) {
    private static final Pattern PROLOG = Pattern.compile("\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!DOCTYPE[^>\\[]*(\\[[^\\]]*\\])?\\s*>\\s*)?");
    private static final Pattern ROOT = Pattern.compile("<svg\\b");

    InlineSvg {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a chart needs a text alternative");
        }
    }

    /** The chart encoded by {@code ChartWriter.encode(chart, ChartFormat.SVG)}, described by {@code label}. */
    static InlineSvg of(byte[] svg, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a chart needs a text alternative");
        }
        String s = PROLOG.matcher(new String(svg, StandardCharsets.UTF_8)).replaceFirst("");
        Matcher root = ROOT.matcher(s);
        if (!root.lookingAt()) {
            throw new IllegalArgumentException("not an SVG document: it starts with '"
                    + s.substring(0, Math.min(20, s.length())) + "'");
        }
        int open = s.indexOf('>');
        String head = s.substring(0, open);
        if (head.endsWith("/")) {
            throw new IllegalArgumentException("an empty SVG has nothing to show");
        }
        String attrs = head.substring(4);
        String labelled = "<svg role=\"img\" aria-label=\"" + Html.escape(label) + "\"" + attrs + ">"
                + "<title>" + Html.escape(label) + "</title>" + s.substring(open + 1);
        return new InlineSvg(labelled.strip(), label);
    }
}
