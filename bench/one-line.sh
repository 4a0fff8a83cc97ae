#!/usr/bin/env bash
# Writes the pathological input of `bench/run.sh pathological`: real prose (the Aesop benchmark's
# fables, eval/aesop/aesop-all) with every sentence end (. ! ? and the ellipsis) removed, words
# joined by single spaces and repeated until the file holds SIZE bytes, as one line: one sentence
# of several megabytes.
#   bench/one-line.sh OUT [SIZE]   (SIZE in bytes; default 5,000,000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$1"
size="${2:-5000000}"
export LC_ALL=C.UTF-8
words="$(cat "$root"/eval/aesop/aesop-all/*.txt | tr -d '.!?\r' | sed 's/…//g' | tr -s ' \n\t' '  ')"
{
  n=0
  while ((n < size)); do
    printf '%s ' "$words"
    n=$((n + ${#words} + 1))
  done
} | head -c "$size" >"$out" || true # head closes the pipe once it has SIZE bytes
printf '\n' >>"$out"
