#!/bin/sh
# Fitbit import throughput and peak memory: a GENERATED year of minute-level steps and distance (525,600 minutes
# each, every minute written as the export does), zipped in the Takeout layout, imported by the whole
# `walkstudy import --from fitbit` process with a 256 MB heap. Best of RUNS runs; peak RSS from GNU time.
#
#   bench/fitbit-throughput.sh [DAYS=365] [RUNS=3]
#
# The export is generated (seeded) under cli/target/bench/, never committed.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
days=${1:-365}
runs=${2:-3}
work="$here/cli/target/bench"
mkdir -p "$work"
zip="$work/synthetic-fitbit-${days}d.zip"
if [ ! -f "$zip" ]; then
    echo "generating $zip ..." >&2
    python3 "$here/bench/make-fitbit-export.py" "$zip" "$days"
fi
export WALKSTUDY_JAVA_OPTS=-Xmx256m
"$here/walkstudy" import --from fitbit "$zip" --out "$work/fitbit-daily.csv" --force >/dev/null 2>&1
json=$(python3 -c 'import sys, zipfile; print(sum(i.file_size for i in zipfile.ZipFile(sys.argv[1]).infolist() if i.filename.endswith(".json")))' "$zip")
records=$((days * 1440 * 2))
best=""
rss=""
i=0
while [ "$i" -lt "$runs" ]; do
    s=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$work/fitbit-time.txt" "$here/walkstudy" import --from fitbit "$zip" --out "$work/fitbit-daily.csv" --force >/dev/null 2>&1
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    m=$(tail -n 1 "$work/fitbit-time.txt")
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    if [ -z "$rss" ] || [ "$m" -gt "$rss" ]; then rss=$m; fi
    i=$((i + 1))
done
mb=$(echo "$json / 1048576" | bc -l)
printf 'file: %s (%s zipped, %.1f MB of JSON, %s minute records), best of %s runs, load average %s\n' "$zip" \
    "$(du -h "$zip" | cut -f1)" "$mb" "$records" "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'walkstudy import --from fitbit (-Xmx256m): %6.2f s  %6.1f MB/s of JSON  %8.0f records/s  peak RSS %s MB (max of runs)\n' \
    "$best" "$(echo "$mb / $best" | bc -l)" "$(echo "$records / $best" | bc -l)" "$((rss / 1024))"
tail -n 3 "$work/fitbit-daily.csv" >&2
