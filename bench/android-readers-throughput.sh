#!/bin/sh
# Health Connect and Samsung Health import: throughput and peak RSS of the whole `walkstudy import` process
# (JVM start included) on SYNTHETIC exports made by bench/make-android-exports.py, heap capped at -Xmx256m.
# Best of RUNS runs; peak RSS (max over the runs) from /usr/bin/time. The Samsung folder is given as its
# files (the import command takes files; --from auto is to take folders).
#
#   bench/android-readers-throughput.sh [HC_DAYS=365] [SAMSUNG_DAYS=3650] [RUNS=3]
#
# The exports are generated under cli/target/bench/, never committed.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
hc_days=${1:-365}
sh_days=${2:-3650}
runs=${3:-3}
work="$here/cli/target/bench"
mkdir -p "$work"
hc="$work/synthetic-health-connect-${hc_days}d.zip"
sh="$work/synthetic-samsung-${sh_days}d"
[ -f "$hc" ] || { echo "generating $hc ..." >&2; python3 "$here/bench/make-android-exports.py" health-connect "$hc" "$hc_days"; }
[ -d "$sh" ] || { echo "generating $sh ..." >&2; python3 "$here/bench/make-android-exports.py" samsung-health "$sh" "$sh_days"; }
[ -f "$here/cli/target/walkstudy.jar" ] || (cd "$here" && mvn -B -q -DskipTests package -pl cli -am) >&2
export WALKSTUDY_JAVA_OPTS=-Xmx256m

# Prints "best_seconds peak_rss_kb" of $runs runs of the command.
measure() {
    b=""
    rss=0
    i=0
    while [ "$i" -lt "$runs" ]; do
        s=$(date +%s.%N)
        /usr/bin/time -f '%M' -o "$work/rss.txt" "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
        e=$(date +%s.%N)
        t=$(echo "$e - $s" | bc -l)
        r=$(tail -1 "$work/rss.txt")
        if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
        if [ "$r" -gt "$rss" ]; then rss=$r; fi
        i=$((i + 1))
    done
    echo "$b $rss"
}

"$here/walkstudy" import --from health-connect "$hc" --out "$work/daily.csv" --force >/dev/null 2>&1 # class-data archive
set -- $(measure "$here/walkstudy" import --from health-connect "$hc" --out "$work/daily-hc.csv" --force)
hc_s=$1; hc_rss=$2
hc_rows=$(python3 -c 'import sys, zipfile, sqlite3, tempfile, os
z = zipfile.ZipFile(sys.argv[1]); d = tempfile.mkdtemp(); p = z.extract("health_connect_export.db", d)
c = sqlite3.connect(p); n = 0
for t in ("steps_record_table", "distance_record_table", "exercise_session_record_table", "sleep_session_record_table", "sleep_stages_table", "weight_record_table"):
    n += c.execute("SELECT count(*) FROM " + t).fetchone()[0]
print(n, os.path.getsize(p)); os.remove(p)' "$hc")
set -- $hc_rows
hc_n=$1; hc_bytes=$2
set -- $(measure "$here/walkstudy" import --from samsung-health "$sh"/*.csv --out "$work/daily-sh.csv" --force)
sh_s=$1; sh_rss=$2
sh_bytes=$(cat "$sh"/*.csv | wc -c)
sh_n=$(cat "$sh"/*.csv | wc -l)

printf 'load average %s, best of %s runs, -Xmx256m\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
printf 'Health Connect %s days: zip %s, database %.1f MB, %s records: %.2f s, %.0f records/s, %.1f MB/s of database, peak RSS %.0f MB\n' \
    "$hc_days" "$(du -h "$hc" | cut -f1)" "$(echo "$hc_bytes / 1048576" | bc -l)" "$hc_n" "$hc_s" "$(echo "$hc_n / $hc_s" | bc -l)" \
    "$(echo "$hc_bytes / 1048576 / $hc_s" | bc -l)" "$(echo "$hc_rss / 1024" | bc -l)"
printf 'Samsung Health %s days: %.1f MB of CSV, %s lines: %.2f s, %.0f lines/s, %.1f MB/s, peak RSS %.0f MB\n' \
    "$sh_days" "$(echo "$sh_bytes / 1048576" | bc -l)" "$sh_n" "$sh_s" "$(echo "$sh_n / $sh_s" | bc -l)" \
    "$(echo "$sh_bytes / 1048576 / $sh_s" | bc -l)" "$(echo "$sh_rss / 1024" | bc -l)"
