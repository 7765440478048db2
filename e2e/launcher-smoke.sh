#!/usr/bin/env bash
# The README's main job through the `./walkstudy` launcher, as a person runs it: the first runs record the
# class-data-sharing archives (one for `import`, one for everything else), and every run must still print the
# same result whether the archive was being recorded or was used. Called by .ci/run after `mvn -B verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rm -f cli/target/walkstudy-*.jsa cli/target/walkstudy-*.jsa.failed
./walkstudy summary > "$out/first.txt"
./walkstudy summary > "$out/second.txt"
cmp "$out/first.txt" "$out/second.txt"
grep -q "Walking and low back pain" "$out/second.txt" || { echo "launcher-smoke: summary printed no low back pain family" >&2; exit 1; }
export_xml=analysis/src/test/resources/org/walkstudy/analysis/personal/applehealth/export6s3sample.xml
./walkstudy import --from apple-health "$export_xml" --out "$out/a.csv" 2> "$out/a.err"
./walkstudy import --from apple-health "$export_xml" --out "$out/b.csv" 2> "$out/b.err"
cmp "$out/a.csv" "$out/b.csv"
for scope in all import; do
    [ -f "cli/target/walkstudy-$scope.jsa" ] || { echo "launcher-smoke: no $scope archive was recorded" >&2; exit 1; }
done
echo "launcher-smoke: ok ($(wc -l < "$out/a.csv") daily rows from the sample export; both archives recorded)" >&2
