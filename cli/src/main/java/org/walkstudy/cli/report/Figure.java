package org.walkstudy.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.walkstudy.cli.chart.ChartFormat;
import org.walkstudy.cli.chart.ChartImage;
import org.walkstudy.cli.chart.ChartWriter;

/** A chart on the page: inline SVG with its text alternative, and a visible caption. */
record Figure(InlineSvg svg, String caption) {
    Figure {
        if (svg == null || caption == null || caption.isBlank()) {
            throw new IllegalArgumentException("a figure needs its chart and a caption");
        }
    }

    /** {@code chart} as deterministic SVG, labelled {@code alt} for screen readers and captioned. */
    static Figure of(ChartImage chart, String alt, String caption) {
        try {
            return new Figure(InlineSvg.of(ChartWriter.encode(chart, ChartFormat.SVG), alt), caption);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markup() {
        return "<figure>\n" + svg.markup() + "\n<figcaption>" + Html.escape(caption) + "</figcaption>\n</figure>\n";
    }
}
