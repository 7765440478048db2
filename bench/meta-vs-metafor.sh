#!/usr/bin/env bash
# Measures walkstudy's meta-analysis engine (JMH) and R metafor on data of the same shape, in one run, so the
# ratio is between numbers taken on the same machine at the same time. Needs R with metafor
# (apt-get install r-cran-metafor). Prints both; BENCHMARKS.md records a run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl analysis -am package -DskipTests
echo "== walkstudy (JMH, average time per operation)"
java -jar analysis/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 2s -r 2s -tu ms 2>/dev/null | grep -E '^Benchmark|MetaAnalysisBenchmark'
echo "== R metafor (in-process, per operation)"
Rscript bench/metafor_timing.R
