#!/usr/bin/env bash
# End-to-end check of 'walkstudy report' in headless Chromium (not part of 'mvn verify': it needs a browser).
# Makes the example report, takes desktop and phone screenshots, dumps the DOM the browser built, and runs
# report_browser.py over chromedriver: the bottom line readable at phone width, charts drawn with non-empty
# boxes, no request over the network, no sideways scrolling at phone width, headings in order. The printed
# PDF (A4) must have at most MAX_PAGES pages.
#
# usage: e2e/report-browser.sh [--if-available] [OUT_DIR]   (default OUT_DIR: target/e2e-report)
#   --if-available  without Chromium, say so and exit 0 (for CI images without a browser);
#                   otherwise a missing browser is a failure.
# Install the browser on Debian: apt-get update && apt-get install -y chromium chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."

optional=false
if [ "${1:-}" = "--if-available" ]; then
    optional=true
    shift
fi
out=$(realpath -m "${1:-target/e2e-report}")
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
driver=${CHROMEDRIVER:-$(command -v chromedriver || true)}

if [ -z "$chromium" ] || [ -z "$driver" ] || ! command -v python3 >/dev/null; then
    echo "report-browser: SKIPPED: needs chromium, chromedriver and python3" \
        "(Debian: apt-get install -y chromium chromium-driver)" >&2
    $optional && exit 0
    exit 1
fi

mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
report="$out/report.html"

./walkstudy report --example --out "$report" --force

# Flags that keep Chromium from phoning home, so the network check sees only what the page asks for.
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile")
shoot() { # name width
    timeout 120 "$chromium" "${flags[@]}" --screenshot="$out/$1.png" --window-size="$2,2000" \
        "file://$report" >/dev/null 2>&1
    [ -s "$out/$1.png" ] || { echo "report-browser: no $1 screenshot" >&2; exit 1; }
}
shoot desktop 1280
shoot phone 390
timeout 120 "$chromium" "${flags[@]}" --print-to-pdf="$out/report.pdf" --no-pdf-header-footer \
    "file://$report" >/dev/null 2>&1
[ -s "$out/report.pdf" ] || { echo "report-browser: printing to PDF failed" >&2; exit 1; }
# Chromium prints on A4 or Letter by the locale; force A4 through the page's own @page rule and count pages.
max_pages=${MAX_PAGES:-30}
pages=$(python3 - "$out/report.pdf" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
print(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)))
PY
)
echo "report-browser: the printed report has $pages pages (at most $max_pages)"
if [ "$pages" -lt 1 ] || [ "$pages" -gt "$max_pages" ]; then
    echo "report-browser: $pages printed pages, more than $max_pages" >&2
    exit 1
fi

timeout 120 "$chromium" "${flags[@]}" --dump-dom "file://$report" 2>/dev/null >"$out/dom.html"
in_file=$(grep -o '<svg ' "$report" | wc -l)
in_dom=$(grep -o '<svg ' "$out/dom.html" | wc -l)
if [ "$in_file" -lt 4 ] || [ "$in_file" != "$in_dom" ]; then
    echo "report-browser: $in_file charts in the file but $in_dom in the browser's DOM" >&2
    exit 1
fi
echo "report-browser: $in_dom charts in the DOM; screenshots and PDF in $out"

CHROMIUM="$chromium" CHROMEDRIVER="$driver" timeout 300 python3 e2e/report_browser.py "$report" "$out"
