#!/usr/bin/env bash
# Aligns an Aesop benchmark set with drift and scores it with the benchmark's scorer.
#   eval/aesop/evaluate.sh [aesop-min8|aesop-all ...] [-- MODEL_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
sets=()
model=()
while (($#)); do
  if [[ $1 == -- ]]; then shift; model=("$@"); break; fi
  sets+=("$1"); shift
done
((${#sets[@]})) || sets=(aesop-min8 aesop-all)
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl bench -am package
for set in "${sets[@]}"; do
  out="target/aesop/$set"
  java -cp "bench/target/drift-bench.jar:bench/target/lib/*" dev.drift.bench.AesopBenchmark \
    "eval/aesop/$set" "$out" "${model[@]}"
  echo "$set: $(python3 eval/aesop/score_alignment.py "eval/aesop/$set" "$out")"
done
