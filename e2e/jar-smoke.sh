#!/usr/bin/env bash
# Runs the packaged cli/target/walkstudy.jar (not the test classpath) through every command on small real and
# synthetic inputs: the shaded jar is minimised, so a class loaded only by reflection or ServiceLoader that
# the shade plugin dropped would show up here, and nowhere else. Called by .ci/run after `mvn -B verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/walkstudy.jar
res=analysis/src/test/resources/org/walkstudy/analysis/personal
cases=analysis/src/test/resources/metafor
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() {
    if ! java -Djava.awt.headless=true -jar "$jar" "$@" > "$out/stdout" 2> "$out/stderr"; then
        echo "jar-smoke: FAILED: walkstudy $*" >&2
        cat "$out/stderr" >&2
        exit 1
    fi
}
run --version
run summary
run summary --format json
run claims --format markdown
run studies --format csv
run meta --input "$cases/bcg_rr_reml/input.csv" --measure RR --bias --sensitivity --format json
run meta --input "$cases/bcg_rr_dl_knha_mods_ablat_year/input.csv" --measure RR --method DL --test knha --mods ablat,year --permutations 50 --seed 1
for kind in forest funnel cumulative leave1out; do
    for ext in png svg pdf; do
        run chart "$kind" --input "$cases/bcg_rr_reml/input.csv" --measure RR --out "$out/$kind.$ext"
    done
done
run chart bubble --input "$cases/bcg_rr_reml_mods_ablat/input.csv" --measure RR --mods ablat --out "$out/bubble.pdf"
run chart forest --dataset lbp-cohorts --outcome chronic-lbp-incidence --out "$out/cohorts.svg"
run import --from apple-health "$res/applehealth/export6s3sample.xml" --out "$out/apple.csv"
run import --from apple-health "$res/applehealth/synthetic-ios16-quirks.xml" --out "$out/quirks.csv"
run import --from google-fit "$res/googlefit/synthetic-Daily-activity-metrics.csv" --out "$out/fit.csv"
run import --from csv "$res/diary/synthetic-diary-lb-mi.csv" --out "$out/diary.csv"
gpx=$(find analysis/src/test/resources -name '*.gpx' | head -n 1)
if [ -n "$gpx" ]; then
    run import --from gpx "$gpx" --out "$out/gpx.csv"
fi
run compare --example --format json --chart "$out/example.svg"
run compare --example --protocol steps-10000 --chart "$out/steps.pdf"
run report --example --out "$out/report.html"
echo "jar-smoke: every command ran from the packaged jar"
