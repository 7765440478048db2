package org.walkstudy.cli.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;

import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.XYStyler;

/**
 * Adapts a {@link ChartImage} to XChart's {@link Chart}, so XChart's bitmap and vector encoders can write
 * it. It has no series; painting delegates to the image.
 */
final class XChartCanvas extends Chart<XYStyler, XYSeries> {
    private final ChartImage image;

    XChartCanvas(ChartImage image) {
        super(image.width(), image.height(), new XYStyler());
        this.image = image;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            image.paint(g2);
        } finally {
            g2.dispose();
        }
    }
}
