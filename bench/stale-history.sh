#!/usr/bin/env bash
# drift stale over a generated history: 50 English pages, 3 translations each (en-GB, en-AU,
# en-IN: English variants, so every stage runs, the pointing into the translation included), 200
# commits of typo fixes, changed numbers, added sentences and translation updates. Times a first
# run (empty cache) and a rerun with nothing changed (warm cache).
#   bench/stale-history.sh [WORK_DIR]   (default: a new temporary directory)
# Needs git (only to generate the history; drift reads it through JGit) and a built cli
# (./drift builds it on first use; DRIFT="java -jar cli/target/drift.jar" runs a built one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
repo="$work/repo"
rm -rf "$repo" "$work/cache"
mkdir -p "$repo/docs"
cd "$repo"
git init -q -b main
git config user.name bench
git config user.email bench@example.org
git config commit.gpgsign false
RANDOM=42
langs=(en-GB en-AU en-IN)
cities=(Lyon Porto Graz Turku Cork Split Ghent Bergen)
page() { # page N: eight sentences with numbers and names, stable for N
  local n=$1 city=${cities[$((n % 8))]}
  printf '# Page %d\n\n' "$n"
  printf 'The station %d measures the wind every %d seconds. ' "$n" $((10 + n % 7))
  printf 'It sends an alert when the wind speed exceeds %d km/h. ' $((50 + n))
  printf 'Alerts go to the operators in %s.\n\n' "$city"
  printf 'Mount the station on a pole at least %d metres above the ground. ' $((2 + n % 3))
  printf 'Point the solar panel south and keep it free of shade.\n\n'
  printf 'The battery lasts %d days without sun. ' $((5 + n % 9))
  printf 'Replace it every %d years. ' $((2 + n % 4))
  printf 'Do not open the case while the station is powered.\n'
}
for n in $(seq 1 50); do
  mkdir -p docs/en && page "$n" >"docs/en/p$n.md"
  for l in "${langs[@]}"; do mkdir -p "docs/$l"; cp "docs/en/p$n.md" "docs/$l/p$n.md"; done
done
git add -A && git commit -qm "pages"
for c in $(seq 2 200); do
  n=$((RANDOM % 50 + 1))
  f="docs/en/p$n.md"
  case $((RANDOM % 4)) in
    0) sed -i 's/measures/measrues/; t; s/measrues/measures/' "$f" ;;                 # typo
    1) sed -i -E 's/exceeds ([0-9]+)/exceeds 1\1/' "$f" ;;                            # number
    2) printf '\nClean the sensor every spring.\n' >>"$f" ;;                           # sentence
    3) l=${langs[$((RANDOM % 3))]}; cp "$f" "docs/$l/p$n.md" ;;                       # translated
  esac
  git add -A && git commit -qm "change $c" --allow-empty
done
cd "$repo"
drift=(${DRIFT:-"$root/drift"} stale --no-config --cache-dir "$work/cache" docs/en "${langs[@]/#/docs/}")
for run in first rerun; do
  start=$(date +%s.%N)
  "${drift[@]}" -f json -o "$work/$run.json" || [[ $? == 1 ]]
  end=$(date +%s.%N)
  echo "$run: $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}') s"
done
grep -A7 '"counts"' "$work/rerun.json"
echo "commits: $(git rev-list --count HEAD) · machine: $(lscpu | sed -n 's/^Model name: *//p')" \
  "· avx512f: $(grep -qw avx512f /proc/cpuinfo && echo yes || echo no)" \
  "· avx512_vnni: $(grep -qw avx512_vnni /proc/cpuinfo && echo yes || echo no)"
