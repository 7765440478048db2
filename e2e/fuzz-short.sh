#!/usr/bin/env bash
# Fuzzes each reader for the fixed budget in its @FuzzTest(maxDuration) (Jazzer fuzzes one test per run).
# Any exception other than InputException is a finding: Jazzer stops, keeps the input under the test's
# src/test/resources/.../<Class>Inputs/<method>/ folder as a regression case, and this script fails.
# CI calls it after `mvn -B verify`. A longer run: raise maxDuration in the test, then run the same command.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(
    "datasets StudyCsvReaderFuzzTest"
    "analysis MetaInputCsvFuzzTest"
    "analysis DiaryCsvFuzzTest"
    "analysis AppleHealthImportFuzzTest"
    "analysis GpxImportFuzzTest"
    "analysis FitbitImportFuzzTest"
    "analysis FitbitCsvFuzzTest"
    "analysis HealthConnectFuzzTest"
    "analysis SamsungHealthFuzzTest"
    "analysis TcxImportFuzzTest"
    "analysis FitImportFuzzTest"
    "analysis GarminConnectImportFuzzTest"
    "analysis StravaImportFuzzTest"
)
for target in "${targets[@]}"; do
    read -r module test <<<"$target"
    echo "fuzz: $test" >&2
    # A hang must fail the run, not stall CI: the budget is 60 s, so 15 minutes means the target is stuck.
    JAZZER_FUZZ=1 timeout 900 mvn -B -q -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
        -Djacoco.skip=true
done
echo "fuzz: every target ran its budget without a finding" >&2
