/**
 * Charts of walkstudy: forest plots (also cumulative and leave-one-out), funnel plots, bubble plots for a
 * meta-regression and the personal trend chart, written as PNG, SVG or PDF.
 *
 * <p>This package owns the chart input records (plain immutable values, independent of the meta-analysis
 * engine: the caller adapts its results to them), the layout and drawing of every chart, and
 * {@link org.walkstudy.cli.chart.ChartWriter}, which picks the format from the file extension and writes
 * atomically. Drawing is plain Java2D onto a {@link org.walkstudy.cli.chart.ChartImage}; XChart's
 * {@code BitmapEncoder} and {@code VectorGraphicsEncoder} encode it, so every format shows the same picture.
 * Effects of ratio measures (RR, OR, HR, ROM) are given on the log scale, as metafor reports them, and are
 * drawn on a log axis with back-transformed labels.
 */
package org.walkstudy.cli.chart;
