#!/usr/bin/env bash
# drift's benchmarks, one command each (see the README's Performance section).
#   bench/run.sh speed     FLOP efficiency, int8/fp32, warm reruns (in-process)
#   bench/run.sh peer      end-to-end drift compare vs a LangChain4j embed-only peer (processes)
#   bench/run.sh scaling [SIZES]  alignment time and peak heap at 200, 2k, 4k, 20k, 100k sentences a side
#   bench/run.sh pathological [SIZE]  one line of SIZE bytes of prose without a sentence end
#                          (bench/one-line.sh; default 5 MB) compared with itself and with a copy
#                          one word longer: wall time and peak RSS (/usr/bin/time -v)
#   bench/run.sh memory [BOOK ...]  peak RSS of drift compare on whole books of the KJV against
#                          the WEB (bench/bible-pair.py, Debian's SWORD packages; default Genesis Exodus)
#   bench/run.sh jmh       JMH micro-benchmarks of the similarity kernel and the aligner
#   bench/run.sh shifts    shift-marking accuracy: [test|dev|all] [MODEL] (default: test half, bundled model)
#   bench/run.sh perturbations [dev|test|all]  graded perturbations of WEB prose (eval/bible), per family
#   bench/run.sh aesop     alignment accuracy on the Aesop benchmark
#   bench/run.sh crosslingual [--set dev|dev2|tune|test|all] [--side es|web|both] [--copies N] [--seed N]
#                          [--no-edits] [DRIFT SETTINGS, e.g. --translator apertium --model DIR]
#                          KJV against Spanish (and WEB): alignment F1 on verse gold and one-verse
#                          edits (eval/bible/README.md); default: test set, both sides
#   bench/run.sh gettext [--set dev|test|all] [--locale DIR] [DRIFT SETTINGS]
#                          real localisation: Debian's Spanish gettext catalogs (msgunfmt) checked
#                          unit by unit; units flagged on faithful human translations
#   bench/run.sh language [dev|test] [PAGES]  the language guard's English check (EnglishProse) against
#                          the detector: Debian man pages in other languages (manpages-LANG, groff-base)
#                          never confirmed as English; English prose (Aesop, Bible, seeds) confirmed
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
what="${1:-speed}"
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -Dinvoker.skip=true -pl cli,bench,bench-peer -am package
cp="bench/target/drift-bench.jar:bench/target/lib/*"
# FP32 and int8 peaks of this machine, derived from the CPU's flags and microarchitecture by
# bench/peaks.sh (its table: FMA pipes x lanes per core, VNNI) x the clock. The clock is measured
# with bench/src/main/c/clock.c on every core at once (the cores boost above the nominal clock
# /proc/cpuinfo shows); without a C compiler, the nominal clock.
mhz="$(awk -F: '/cpu MHz/ {print $2; exit}' /proc/cpuinfo)"
if command -v cc >/dev/null 2>&1 && [[ $(uname -m) == x86_64 ]]; then
  cc -O1 -o bench/target/clock bench/src/main/c/clock.c
  probes=()
  for _ in $(seq "$(nproc)"); do bench/target/clock >"bench/target/clock.$_" & probes+=($!); done
  wait "${probes[@]}"
  mhz="$(cat bench/target/clock.* | sort -n | head -1)"
fi
{ read -r peak int8peak; read -r derivation; } < <(bench/peaks.sh "$mhz" /proc/cpuinfo "$(nproc)")
echo "machine: $(awk -F': *' '/model name/ {print $2; exit}' /proc/cpuinfo)" >&2
echo "peaks: $derivation" >&2
echo "int8 peak: $int8peak GOP/s, FP32 peak: $peak GFLOP/s" >&2
# What int8 can gain here at most: one core's multiply-accumulate rate in fp32 (FMA) and in int8
# (the AVX2 u8 x s8 sequence ONNX Runtime's quantised kernels run without AVX-VNNI), measured with
# bench/src/main/c/macpeak.c.
int8_bound() {
  if command -v cc >/dev/null 2>&1 && grep -qw avx2 /proc/cpuinfo; then
    cc -O1 -o bench/target/macpeak bench/src/main/c/macpeak.c
    read -r fp32 int8 < <(bench/target/macpeak)
    vnni="no AVX-VNNI"
    if grep -qw -e avx_vnni -e avx512_vnni /proc/cpuinfo; then vnni="AVX-VNNI present, not used by this probe"; fi
    awk -v f="$fp32" -v i="$int8" -v v="$vnni" 'BEGIN {printf "MAC rate per core: fp32 FMA %.1f G/s, int8 %.1f G/s (%s): int8/fp32 = %.2f, the most an int8 model can gain here\n", f, i, v, i / f}' >&2
  fi
}
# One drift compare as a process, cold (no cache), through the launcher (so with its collector;
# DRIFT_JAVA_OPTS as there): its --timings line, wall time and peak RSS.
measured() {
  local log
  log="$(mktemp)"
  /usr/bin/time -v ./drift compare "$@" --no-cache \
    --timings --format json -o target/measured-report.json 2>"$log" || true
  grep -E '^drift: timings' "$log" >&2 || cat "$log" >&2
  awk -F': ' '/Elapsed \(wall/ {w=$2} /Maximum resident/ {r=$2} END {printf "wall %s, peak RSS %.0f MB\n", w, r / 1024}' "$log" >&2
  rm -f "$log"
}
case "$what" in
  pathological)
    mkdir -p target/pathological
    bench/one-line.sh target/pathological/one-line.txt "${2:-5000000}"
    sed 's/$/ and the end/' target/pathological/one-line.txt >target/pathological/one-line-edited.txt
    echo "one line, compared with itself:" >&2
    measured target/pathological/one-line.txt target/pathological/one-line.txt
    echo "one line, against a copy with three words more at its end:" >&2
    measured target/pathological/one-line.txt target/pathological/one-line-edited.txt ;;
  memory)
    /usr/bin/python3 bench/bible-pair.py target/bible-pair "${@:2}"
    measured target/bible-pair/kjv.txt target/bible-pair/web.txt ;;
  speed) int8_bound; java -cp "$cp" dev.drift.bench.SpeedBenchmark target/speed "$peak" ;;
  peer) java -cp "$cp" dev.drift.bench.PeerRatio target/speed "${2:-5}" ;;
  scaling) java -Xmx2g -cp "$cp" dev.drift.bench.AlignmentScaling ${2:-200 2000 4000 20000 100000} ;;
  jmh) java -cp "$cp" org.openjdk.jmh.Main KernelBenchmarks ;;
  shifts) java -cp "$cp" dev.drift.bench.ShiftBenchmark target/shift-benchmark "${2:-test}" ${3:+"$3"} ;;
  perturbations) java -cp "$cp" dev.drift.bench.PerturbationBenchmark target/perturbations "${2:-dev}" ;;
  aesop) eval/aesop/evaluate.sh ;;
  crosslingual) java -cp "$cp" dev.drift.bench.CrosslingualBenchmark target/crosslingual "${@:2}" ;;
  gettext) java -cp "$cp" dev.drift.bench.GettextBenchmark target/gettext "${@:2}" ;;
  language) java -cp "$cp" dev.drift.bench.LanguageBenchmark "${@:2}" ;;
  *) echo "unknown benchmark: $what" >&2; exit 2 ;;
esac
