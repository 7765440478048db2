#!/bin/sh
# TCX, FIT and Strava import throughput and peak memory on SYNTHETIC input (bench/make-activity-files.py,
# seeded, generated under cli/target/bench/, never committed), whole process (JVM start included) with a
# 256 MB heap: `java -Xmx256m -jar walkstudy.jar import --from FORMAT`. Best of RUNS runs; peak RSS of that run.
#
#   bench/activity-throughput.sh [ACTIVITIES=2000] [POINTS=1800] [TCX_ACTIVITIES=300] [RUNS=3]
#
# Strava: an export zip of ACTIVITIES activities of POINTS one-second points each (a third .fit.gz, a third
# .gpx.gz, a third .tcx.gz; every fifth a Run, left out; every tenth without a file). TCX: one file of
# TCX_ACTIVITIES walks of POINTS points. FIT: the export's .fit.gz files, unpacked into one folder.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
n=${1:-2000}
points=${2:-1800}
tcx_n=${3:-300}
runs=${4:-3}
work="$here/cli/target/bench"
jar="$here/cli/target/walkstudy.jar"
mkdir -p "$work"
zip="$work/strava-${n}x${points}.zip"
tcx="$work/walks-${tcx_n}x${points}.tcx"
fit="$work/fit-${n}x${points}"
[ -f "$zip" ] || python3 "$here/bench/make-activity-files.py" strava "$zip" "$n" "$points"
[ -f "$tcx" ] || python3 "$here/bench/make-activity-files.py" tcx "$tcx" "$tcx_n" "$points"
if [ ! -d "$fit" ]; then
    mkdir -p "$fit"
    python3 -c 'import gzip, sys, zipfile, os
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    if n.endswith(".fit.gz"):
        open(os.path.join(sys.argv[2], os.path.basename(n)[:-3]), "wb").write(gzip.decompress(z.read(n)))' "$zip" "$fit"
fi
[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package -pl cli -am) >&2

# Prints "seconds peak_rss_kb cpu_seconds" of the fastest of $runs runs (cpu: user + system, all threads).
best() {
    b=""
    i=0
    while [ "$i" -lt "$runs" ]; do
        /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt"
        t=$(cut -d' ' -f1 "$work/time.txt")
        if [ -z "$b" ] || [ "$(echo "$t < $(echo "$b" | cut -d' ' -f1)" | bc -l)" = 1 ]; then
            b=$(awk '{printf "%s %s %.2f", $1, $2, $3 + $4}' "$work/time.txt")
        fi
        i=$((i + 1))
    done
    echo "$b"
}

report() {
    label=$1 bytes=$2 units=$3 what=$4 result=$5
    s=$(echo "$result" | cut -d' ' -f1)
    kb=$(echo "$result" | cut -d' ' -f2)
    cpu=$(echo "$result" | cut -d' ' -f3)
    printf '%-44s %7.2f s (CPU %6.2f s)  %6.1f MB/s  %8.0f %s/s  peak RSS %4.0f MB\n' "$label" "$s" "$cpu" \
        "$(echo "$bytes / 1048576 / $s" | bc -l)" "$(echo "$units / $s" | bc -l)" "$what" "$(echo "$kb / 1024" | bc -l)"
}

j="java -Xmx256m -jar $jar import --out $work/activity-daily.csv --force"
printf 'load average %s; best of %s runs, -Xmx256m\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
r=$(best $j --from tcx "$tcx"); grep '^walkstudy: wrote' "$work/stderr.txt"
report "TCX, one file ($(du -h "$tcx" | cut -f1))" "$(wc -c < "$tcx")" "$((tcx_n * points))" "points" "$r"
# FIT: the CLI takes files (a folder is for --from auto), so every .fit file is given.
r=$(best $j --from garmin "$fit"/*.fit); grep '^walkstudy: wrote\|skipped' "$work/stderr.txt" | head -n 2
report "FIT, $(ls "$fit" | wc -l) files ($(du -sh "$fit" | cut -f1))" "$(cat "$fit"/*.fit | wc -c)" \
    "$(ls "$fit" | wc -l)" "files" "$r"
r=$(best $j --from strava "$zip"); grep '^walkstudy: wrote\|skipped' "$work/stderr.txt" | head -n 2
report "Strava export zip, $n activities ($(du -h "$zip" | cut -f1))" "$(wc -c < "$zip")" "$n" "activities" "$r"
