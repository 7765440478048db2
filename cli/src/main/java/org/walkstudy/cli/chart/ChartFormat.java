package org.walkstudy.cli.chart;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a chart is written in, chosen by the output file's extension. */
public enum ChartFormat {
    PNG, SVG, PDF;

    /** The format for {@code file}'s extension (case-insensitive), or a clear error naming the choices. */
    public static ChartFormat of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ChartFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException("cannot write chart " + file + ": "
                + (ext.isEmpty() ? "the file name has no extension" : "unknown extension '." + ext + "'")
                + "; use .png, .svg or .pdf");
    }
}
