package org.walkstudy.cli.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.walkstudy.core.output.AtomicFile;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;

/**
 * Writes charts as PNG, SVG or PDF, chosen by the file extension. Writing is atomic: the chart goes to a
 * temporary file in the target folder, which is then moved over the target, so a failure never leaves a
 * half-written chart. Rendering is headless.
 */
public final class ChartWriter {
    static {
        Style.ensureHeadless();
    }

    private static final Pattern SVG_TEXT_STYLE = Pattern.compile("<text style=\"([^\"]*)\"");
    private static final Pattern SVG_FONT_FAMILY = Pattern.compile("font-family:(&quot;[^;&]*&quot;|[^;\"]*)");
    private static final String FONT_STACK = "font-family:&quot;DejaVu Sans&quot;,Helvetica,Arial,sans-serif";

    private ChartWriter() {
    }

    /**
     * Writes {@code chart} to {@code file} in the format of its extension (png, svg or pdf), atomically; an
     * existing file is replaced only when {@code overwrite} is true.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists and {@code overwrite} is false
     */
    public static void write(ChartImage chart, Path file, boolean overwrite) throws IOException {
        write(chart, file, overwrite, AtomicFile.Access.READABLE_BY_ALL);
    }

    /** As {@link #write(ChartImage, Path, boolean)}, with the file's access: owner-only for a chart of personal data. */
    public static void write(ChartImage chart, Path file, boolean overwrite, AtomicFile.Access access) throws IOException {
        AtomicFile.write(file, encode(chart, ChartFormat.of(file)), overwrite, access);
    }

    /** The chart encoded in {@code format}; SVG output is deterministic (same chart, same bytes). */
    public static byte[] encode(ChartImage chart, ChartFormat format) throws IOException {
        XChartCanvas canvas = new XChartCanvas(chart);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case PNG -> BitmapEncoder.saveBitmap(canvas, out, BitmapEncoder.BitmapFormat.PNG);
            case SVG -> VectorGraphicsEncoder.saveVectorGraphic(canvas, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            case PDF -> VectorGraphicsEncoder.saveVectorGraphic(canvas, out, VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
            default -> throw new IllegalStateException(format.name());
        }
        byte[] bytes = out.toByteArray();
        return format == ChartFormat.SVG ? normaliseSvg(bytes) : bytes;
    }

    /** Writes {@code chart} in {@code format} to a stream (not atomic: the caller owns the stream). */
    public static void write(ChartImage chart, ChartFormat format, OutputStream out) throws IOException {
        out.write(encode(chart, format));
    }

    /**
     * Makes VectorGraphics2D's SVG render alike everywhere: every text gets an explicit font size (it leaves
     * out the size of its default 12px font, which browsers would show at 16px) and a sans-serif font stack.
     * The output holds no timestamps or generated ids, so the same chart gives the same bytes.
     */
    static byte[] normaliseSvg(byte[] svg) {
        String s = new String(svg, StandardCharsets.UTF_8);
        Matcher m = SVG_TEXT_STYLE.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 1024);
        while (m.find()) {
            String style = SVG_FONT_FAMILY.matcher(m.group(1)).replaceAll(Matcher.quoteReplacement(FONT_STACK));
            if (!style.contains("font-size:")) {
                style = style + (style.endsWith(";") || style.isEmpty() ? "" : ";") + "font-size:12px;";
            }
            m.appendReplacement(out, Matcher.quoteReplacement("<text style=\"" + style + "\""));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
