#!/usr/bin/env bash
# Whole-process time of `walkstudy chart forest` against R metafor's forest() on the BCG trials, in one run.
# Needs R with metafor (apt-get install r-cran-metafor) and hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
data=analysis/src/test/resources/metafor/bcg_rr_reml/input.csv
out=$(mktemp -d)
./walkstudy --version >/dev/null   # build the jar and its class-data-sharing archive first
./walkstudy chart forest --input "$data" --measure RR --out "$out/warm.png" >/dev/null
hyperfine --warmup 2 --runs 10 --export-markdown "$out/result.md" \
  -n "walkstudy chart forest" "./walkstudy chart forest --input $data --measure RR --out $out/w.png --force" \
  -n "Rscript metafor forest()" "Rscript bench/forest_bcg.R $data $out/r.png"
cat "$out/result.md"
