/**
 * {@code walkstudy report}: one self-contained HTML page with the claims and their verdicts, the summary of
 * findings with forest and funnel plots per outcome, the personal comparison when daily data is given, and how
 * it was all computed. The page loads nothing: charts are inline SVG, styles an inline stylesheet, no scripts;
 * links to sources are plain links the reader may follow. This package owns the page's markup, escaping and
 * styles; the numbers come from the summary, claims and comparison the other commands print.
 */
package org.walkstudy.cli.report;
