#!/bin/sh
# Whole-process time of `meta --sensitivity` (leave-one-out and cumulative REML refits) at large k.
# Generates a SYNTHETIC yi,vi CSV (fixed seed) with K studies (default 20,000), then times the jar.
# Usage: bench/sensitivity-scale.sh [K]   (build first: mvn -B -DskipTests package)
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
k=${1:-20000}
csv=${TMPDIR:-/tmp}/walkstudy-sensitivity-k$k.csv
python3 - "$k" "$csv" <<'PY'
import random, sys
k, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20261130)
with open(path, "w") as f:
    f.write("study,yi,vi\n")
    for i in range(k):
        vi = rng.uniform(0.01, 0.2)
        yi = rng.gauss(0.3, 0.3) + rng.gauss(0, vi ** 0.5)
        f.write(f"synthetic {i + 1},{yi:.6f},{vi:.6f}\n")
PY
echo "k = $k, SYNTHETIC data: $csv" >&2
/usr/bin/time -f "%e s elapsed, %M KB max RSS" java -jar "$here/cli/target/walkstudy.jar" meta --input "$csv" \
    --measure GEN --method REML --sensitivity --format json > /dev/null
