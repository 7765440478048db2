package org.walkstudy.cli.report;

/**
 * The page's only stylesheet, inlined in a {@code <style>} element: system fonts (nothing to fetch), tables
 * that scroll sideways on a phone instead of squashing, charts that shrink to the screen, and a print
 * layout without scroll boxes where figures and rows are not split across pages.
 */
final class PageStyle {
    private PageStyle() {
    }

    static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
              line-height: 1.45; color: #1b1b1b; background: #fff; margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem; }
            h1 { font-size: 1.9rem; margin: .5rem 0 .25rem; }
            h2 { font-size: 1.45rem; margin-top: 2.5rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; }
            h3 { font-size: 1.15rem; margin-top: 1.75rem; }
            nav ul { columns: 2; padding-left: 1.2rem; }
            a { color: #0645ad; overflow-wrap: anywhere; }
            .scroll { overflow-x: auto; margin: .75rem 0 1.25rem; border: 1px solid #d0d7de; }
            .scroll:focus { outline: 3px solid #0969da; }
            table { border-collapse: collapse; width: 100%; font-size: .9rem; }
            caption { text-align: left; font-weight: 600; padding: .4rem .5rem; background: #f6f8fa; }
            th, td { border-top: 1px solid #d0d7de; padding: .35rem .5rem; vertical-align: top; text-align: left; }
            thead th { background: #eef1f4; }
            tbody th { font-weight: 600; }
            td { min-width: 5rem; }
            td.long, tbody th.long { min-width: 11rem; }
            .effect { font-variant-numeric: tabular-nums; }
            .verdict { font-weight: 700; white-space: nowrap; }
            .verdict-supported { color: #116329; }
            .verdict-mixed { color: #7d4e00; }
            .verdict-contradicted { color: #a40e26; }
            .verdict-not-shown, .verdict-unverified { color: #57606a; }
            ol.bottom-line { padding-left: 1.6rem; }
            ol.bottom-line li { margin-bottom: .8rem; }
            .claim { font-weight: 600; margin: 0 0 .2rem; }
            .statement { margin: 0 0 .3rem; overflow-wrap: anywhere; }
            details { margin: .5rem 0; border-top: 1px solid #d0d7de; }
            details > summary { cursor: pointer; }
            details > summary h3 { display: inline; }
            figure { margin: 1rem 0 1.5rem; }
            figure svg { display: block; max-width: 100%; height: auto; border: 1px solid #eaeef2; }
            figcaption { font-size: .9rem; color: #444; margin-top: .3rem; }
            .note { color: #57606a; font-style: italic; }
            .warning { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .75rem; }
            footer { margin-top: 3rem; border-top: 1px solid #d0d7de; font-size: .85rem; color: #444; }
            code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
            @media (max-width: 600px) {
              body { padding: .5rem .75rem; }
              h1 { font-size: 1.5rem; }
              h2 { font-size: 1.25rem; }
              nav ul { columns: 1; }
              table { font-size: .8rem; }
              td.long, tbody th.long { min-width: 13rem; }
            }
            @page { size: A4; margin: 1.5cm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              nav { display: none; }
              details:not([open]) > summary::after { content: " (left out of the print; open it to print it)"; font-size: 8pt; }
              .scroll { overflow: visible; border: none; }
              table { font-size: 8pt; }
              td.long, tbody th.long { min-width: 0; }
              thead { display: table-header-group; }
              tr, figure { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
              figure svg { max-height: 24cm; }
              a { color: inherit; }
              td a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 7pt; overflow-wrap: anywhere; }
            }
            """;
}
