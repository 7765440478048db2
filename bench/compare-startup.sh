#!/bin/sh
# Whole-process time of `walkstudy compare` before and after a change, with hyperfine.
# Usage: bench/compare-startup.sh BEFORE_DIR [DAILY_CSV]
#   BEFORE_DIR: an unpacked, built copy of the older tree, e.g.
#     git archive <commit> | tar -x -C /tmp/before && (cd /tmp/before && mvn -B -q -o -DskipTests package)
#   DAILY_CSV: a daily CSV for the --data case (default: none, only the --example cases run).
# Both launchers record their class-data-sharing archive in a first, untimed run.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
before="$1/walkstudy"
after="$here/walkstudy"
daily="${2:-}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for w in "$before" "$after"; do
    "$w" compare --example --chart "$out/warm.png" --force >/dev/null 2>&1
done
set -- \
    "$before compare --example --format json --chart $out/b.png --force" \
    "$after compare --example --format json --chart $out/a.png --force"
if [ -n "$daily" ]; then
    set -- "$@" "$before compare --data $daily --outcome weight" "$after compare --data $daily --outcome weight"
fi
hyperfine -N -w 2 -r "${RUNS:-20}" "$@"
