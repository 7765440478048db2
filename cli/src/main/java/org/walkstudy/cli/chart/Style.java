package org.walkstudy.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Fonts, colours, strokes and number formats shared by the charts. */
final class Style {
    static {
        ensureHeadless();
    }

    /**
     * DejaVu Sans by name where it is installed (it is what the logical "SansSerif" maps to on Linux anyway):
     * VectorGraphics2D resolves a logical font for every text it writes to SVG by laying the text out in every
     * installed font, which made an SVG forest plot take seconds; a physical font skips that search.
     */
    static final String FAMILY = physicalOr("DejaVu Sans", "SansSerif");
    static final Font FONT = new Font(FAMILY, Font.PLAIN, 12);
    static final Font BOLD = FONT.deriveFont(Font.BOLD);
    static final Font SMALL = FONT.deriveFont(11f);
    static final Font ITALIC_SMALL = SMALL.deriveFont(Font.ITALIC);
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 14);

    static final Color BACKGROUND = Color.WHITE;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x5f, 0x5f, 0x5f);
    static final Color GRID = new Color(0xe6, 0xe6, 0xe6);
    static final Color AXIS = new Color(0x44, 0x44, 0x44);
    static final Color STUDY = new Color(0x1f, 0x4e, 0x79);
    static final Color ACCENT = new Color(0xc0, 0x39, 0x2b);
    static final Color BAND = new Color(0x1f, 0x4e, 0x79, 0x33);
    static final Color SHADE = new Color(0xf1, 0xf1, 0xf1);

    static final float HAIRLINE = 0.8f;
    static final float LINE = 1.2f;

    static final double MARGIN = 20;
    static final String MINUS = "\u2212";

    private static String physicalOr(String wanted, String fallback) {
        // A missing family silently becomes "Dialog", so the family of the created font says whether it exists.
        return new Font(wanted, Font.PLAIN, 12).getFamily(java.util.Locale.ROOT).equals(wanted) ? wanted : fallback;
    }

    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private Style() {
    }

    static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The advance width of {@code s} in {@code font}, as every chart measures it for layout. */
    static double width(String s, Font font) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth();
    }

    static double ascent(Font font) {
        return font.getLineMetrics("Hg", FRC).getAscent();
    }

    static double descent(Font font) {
        return font.getLineMetrics("Hg", FRC).getDescent();
    }

    /** The box of {@code s} drawn at baseline {@code y} starting at {@code x}. */
    static Rectangle2D box(String s, Font font, double x, double y) {
        return new Rectangle2D.Double(x, y - ascent(font), width(s, font), ascent(font) + descent(font));
    }

    static BasicStroke stroke(float w) {
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    static BasicStroke dashed(float w) {
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    }

    /** {@code v} with {@code digits} decimals and a true minus sign. */
    static String num(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        String s = String.format(Locale.ROOT, "%." + digits + "f", v);
        if (s.startsWith("-")) {
            s = s.substring(1);
            return s.matches("[0.]*") ? s : MINUS + s;
        }
        return s;
    }

    /** A tick label: at most 3 significant digits, no trailing zeros. */
    static String tick(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        String s = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return s.startsWith("-") ? MINUS + s.substring(1) : s;
    }

    /** A p value as journals print it. */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "p = NA";
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + String.format(Locale.ROOT, p < 0.01 ? "%.3f" : "%.2f", p);
    }

    /** A tick label: whole numbers with thousands separators (10,000), others as {@link #tick}. */
    static String thousands(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ENGLISH, "%,d", (long) Math.rint(v));
        }
        return Style.tick(v);
    }
}
