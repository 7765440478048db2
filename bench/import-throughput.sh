#!/bin/sh
# Apple Health import throughput: walkstudy vs Python ElementTree (whole tree, as the issue's baseline, and
# iterparse) on the same SYNTHETIC export, whole process (JVM start included), walkstudy's heap capped at
# -Xmx256m. Best of RUNS runs each. Also times walkstudy on the same export zipped, as phones export it.
#
#   bench/import-throughput.sh [SIZE_MB=200] [RUNS=3]
#
# The export is generated (seeded) under cli/target/bench/, never committed.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
size=${1:-200}
runs=${2:-3}
work="$here/cli/target/bench"
mkdir -p "$work"
xml="$work/synthetic-export-${size}mb.xml"
jar="$here/cli/target/walkstudy.jar"

if [ ! -f "$xml" ]; then
    echo "generating $xml ..." >&2
    python3 "$here/bench/make-apple-export.py" "$size" "$xml"
fi
zip="$work/synthetic-export-${size}mb.zip"
if [ ! -f "$zip" ]; then
    python3 -c 'import sys, zipfile
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
    z.write(sys.argv[1], "apple_health_export/export.xml")' "$xml" "$zip"
fi
if [ ! -f "$jar" ]; then
    (cd "$here" && mvn -B -q -DskipTests package -pl cli -am) >&2
fi
bytes=$(wc -c < "$xml")

# Prints the best wall-clock seconds of $runs runs of the command.
best() {
    b=""
    i=0
    while [ "$i" -lt "$runs" ]; do
        s=$(date +%s.%N)
        "$@" > /dev/null 2>&1
        e=$(date +%s.%N)
        t=$(echo "$e - $s" | bc -l)
        if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
        i=$((i + 1))
    done
    echo "$b"
}

py=$(best python3 "$here/bench/baseline_elementtree.py" "$xml")
py_tree=$(best python3 "$here/bench/baseline_elementtree_tree.py" "$xml")
# Once to build the launcher's class-data sharing archive, then measured as a user runs it.
export WALKSTUDY_JAVA_OPTS=-Xmx256m
"$here/walkstudy" import --from apple-health "$xml" --out "$work/daily.csv" --force >/dev/null 2>&1
ws=$(best "$here/walkstudy" import --from apple-health "$xml" --out "$work/daily.csv" --force)
ws_zip=$(best "$here/walkstudy" import --from apple-health "$zip" --out "$work/daily.csv" --force)
ws_default=$(best java -Xmx256m -jar "$jar" import --from apple-health "$xml" --out "$work/daily.csv" --force)

mb=$(echo "$bytes / 1048576" | bc -l)
printf 'file: %s (%.1f MB), best of %s runs, load average %s\n' "$xml" "$mb" "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'ElementTree whole tree (the issue'"'"'s):    %6.2f s  %6.1f MB/s\n' "$py_tree" "$(echo "$mb / $py_tree" | bc -l)"
printf 'ElementTree iterparse (stronger peer):   %6.2f s  %6.1f MB/s\n' "$py" "$(echo "$mb / $py" | bc -l)"
printf 'walkstudy (./walkstudy launcher):         %6.2f s  %6.1f MB/s  %5.1fx tree, %5.1fx iterparse\n' "$ws" "$(echo "$mb / $ws" | bc -l)" "$(echo "$py_tree / $ws" | bc -l)" "$(echo "$py / $ws" | bc -l)"
printf 'walkstudy, the export zipped (%s):     %6.2f s  %6.1f MB/s of XML\n' "$(du -h "$zip" | cut -f1)" "$ws_zip" "$(echo "$mb / $ws_zip" | bc -l)"
printf 'walkstudy (java -jar, default JVM flags): %6.2f s  %6.1f MB/s  %5.1fx tree\n' "$ws_default" "$(echo "$mb / $ws_default" | bc -l)" "$(echo "$py_tree / $ws_default" | bc -l)"
