package org.walkstudy.cli.chart;

import java.awt.geom.Rectangle2D;

/**
 * A text a chart draws and the box it occupies, in chart pixels (for layout checks).
 *
 * @param text   the text
 * @param bounds its box: advance width by ascent + descent
 */
public record TextBox(String text, Rectangle2D bounds) {
    public TextBox {
        bounds = (Rectangle2D) bounds.clone();
    }

    @Override
    public Rectangle2D bounds() {
        return (Rectangle2D) bounds.clone();
    }
}
