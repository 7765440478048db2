#!/bin/sh
# Garmin Connect export import throughput and peak memory: a GENERATED export zip of YEARS of daily summaries
# (UDSFile_*.json, 100-day files), a night of sleep a day and a weigh-in every third day
# (bench/make-garmin-connect-export.py, SYNTHETIC), read in place by the whole
# `walkstudy import --from garmin` process with a 256 MB heap. Best of RUNS runs; peak RSS from GNU time.
#
#   bench/garmin-connect-throughput.sh [YEARS=10] [RUNS=3]
#
# The export is generated (seeded) under cli/target/bench/, never committed.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
years=${1:-10}
runs=${2:-3}
work="$here/cli/target/bench"
mkdir -p "$work"
zip="$work/synthetic-garmin-connect-${years}y.zip"
if [ ! -f "$zip" ]; then
    echo "generating $zip ..." >&2
    python3 "$here/bench/make-garmin-connect-export.py" "$zip" "$years"
fi
export WALKSTUDY_JAVA_OPTS=-Xmx256m
"$here/walkstudy" import --from garmin "$zip" --out "$work/garmin-connect-daily.csv" --force >/dev/null 2>&1
counts=$(python3 -c '
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = [i for i in z.infolist() if i.filename.endswith(".json")]
records = sum(len(json.loads(z.read(i))) for i in names)
print(sum(i.file_size for i in names), records)' "$zip")
json=${counts% *}
records=${counts#* }
best=""
rss=""
i=0
while [ "$i" -lt "$runs" ]; do
    s=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$work/garmin-connect-time.txt" "$here/walkstudy" import --from garmin "$zip" \
        --out "$work/garmin-connect-daily.csv" --force >/dev/null 2>&1
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    m=$(tail -n 1 "$work/garmin-connect-time.txt")
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    if [ -z "$rss" ] || [ "$m" -gt "$rss" ]; then rss=$m; fi
    i=$((i + 1))
done
mb=$(echo "$json / 1048576" | bc -l)
printf 'file: %s (%s zipped, %.1f MB of JSON, %s records), best of %s runs, load average %s\n' "$zip" \
    "$(du -h "$zip" | cut -f1)" "$mb" "$records" "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'walkstudy import --from garmin (-Xmx256m): %6.2f s  %6.1f MB/s of JSON  %8.0f records/s  peak RSS %s MB (max of runs)\n' \
    "$best" "$(echo "$mb / $best" | bc -l)" "$(echo "$records / $best" | bc -l)" "$((rss / 1024))"
tail -n 3 "$work/garmin-connect-daily.csv" >&2
