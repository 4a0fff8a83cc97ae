#!/usr/bin/env bash
# Derives this machine's FP32 and int8 peaks from the CPU's flags and microarchitecture, for
# bench/run.sh speed. Usage: bench/peaks.sh MHZ [CPUINFO] [CORES]
#   MHZ      the clock all cores run at together (bench/src/main/c/clock.c measures it)
#   CPUINFO  a /proc/cpuinfo (default: this machine's)
#   CORES    cores to count (default: the processors CPUINFO lists)
# Prints two lines: "fp32 GFLOPS int8 GOPS" and a sentence saying how they were derived.
#
# Per core and cycle: FP32 FLOP = FMA pipes x fp32 lanes per pipe x 2 (an FMA is two FLOP);
# int8 ops = int8 MACs x 2, where one VNNI vpdpbusd does 4 u8 x s8 MACs per 32-bit lane, and
# without VNNI the AVX2/AVX-512BW sequence (vpmaddubsw, vpmaddwd, vpaddd) needs three
# instructions for the same 4 MACs a lane. Integer dot-product pipes are taken to be as many as
# the FMA pipes.
#
# FMA pipes x lanes by microarchitecture (vendor, family, model from CPUINFO):
#   AMD family 0x17 model < 0x30 (Zen, Zen+): 1 x 8 (two 128-bit halves make one 256-bit FMA)
#   AMD family 0x17 model >= 0x30 (Zen 2), 0x19 (Zen 3, Zen 4): 2 x 8 (Zen 4 runs AVX-512 on its
#     256-bit pipes in two halves: no more FLOP per cycle than AVX2)
#   AMD family 0x1A (Zen 5) models 0x00-0x1F and 0x40-0x4F (EPYC 9005, Ryzen 9000 desktop): 2 x 16
#     (a full 512-bit datapath); other Zen 5 models (mobile): 2 x 8
#   Intel family 6 with AVX-512, server models (Skylake-SP/Cascade Lake 0x55, Ice Lake-SP 0x6A/0x6C,
#     Sapphire/Emerald Rapids 0x8F/0xCF, Granite Rapids 0xAD/0xAE): 2 x 16 (a second 512-bit FMA
#     unit; some lower-end Xeons have one: the figure is then an upper bound)
#   Intel family 6 with AVX-512, client models (Ice Lake, Tiger Lake, Rocket Lake): 1 x 16
#   Intel family 6 with AVX2 only (Haswell and later cores): 2 x 8
#   anything else (the conservative default): 2 pipes x the widest lanes the flags show (16 with
#     avx512f, 8 with avx2, 4 otherwise): the highest plausible peak, so that an efficiency
#     measured against it is never overstated
set -euo pipefail
mhz="$1"
cpuinfo="${2:-/proc/cpuinfo}"
field() { awk -F': *' -v k="$1" '$1 ~ "^"k"[ \t]*$" {print $2; exit}' "$cpuinfo"; }
cores="${3:-$(grep -c '^processor' "$cpuinfo")}"
vendor="$(field vendor_id)"
family="$(field 'cpu family')"
model="$(field model)"
flags=" $(field flags) "
has() { [[ $flags == *" $1 "* ]]; }
lanes=4
has avx2 && lanes=8
has avx512f && lanes=16
pipes=2
arch="unknown microarchitecture: conservative default, 2 FMA pipes at the widest lanes the flags show"
if [[ $vendor == AuthenticAMD ]]; then
  case "$family" in
    23)
      if ((model < 0x30)); then pipes=1 lanes=8 arch="AMD Zen/Zen+"; else pipes=2 lanes=8 arch="AMD Zen 2"; fi ;;
    25) pipes=2 lanes=8 arch="AMD Zen 3/Zen 4 (AVX-512, if any, on 256-bit pipes)" ;;
    26)
      if ((model < 0x20 || (model >= 0x40 && model < 0x50))); then
        pipes=2 lanes=16 arch="AMD Zen 5, 512-bit datapath"
      else
        pipes=2 lanes=8 arch="AMD Zen 5, 256-bit datapath"
      fi ;;
  esac
elif [[ $vendor == GenuineIntel && $family == 6 ]]; then
  if has avx512f; then
    case "$model" in
      85 | 106 | 108 | 143 | 207 | 173 | 174) pipes=2 lanes=16 arch="Intel Xeon with two 512-bit FMA units" ;;
      *) pipes=1 lanes=16 arch="Intel client core with one 512-bit FMA unit" ;;
    esac
  elif has avx2; then
    pipes=2 lanes=8 arch="Intel core with AVX2"
  fi
fi
# int8 MACs per pipe and cycle: VNNI at the width it exists for (AVX512-VNNI at 512 bits, AVX-VNNI
# at 256); without it, the three-instruction sequence.
vnni="no VNNI"
int8_mac_per_pipe="$(awk -v l="$lanes" 'BEGIN {printf "%.4f", l * 4 / 3}')"
if has avx512_vnni && ((lanes == 16)); then
  vnni="AVX512-VNNI" int8_mac_per_pipe=$((lanes * 4))
elif has avx512_vnni || has avx_vnni; then
  vnni="VNNI at 256 bits" int8_mac_per_pipe=$((8 * 4))
fi
awk -v c="$cores" -v p="$pipes" -v l="$lanes" -v i="$int8_mac_per_pipe" -v m="$mhz" \
  -v a="$arch" -v v="$vnni" -v f="$family" -v md="$model" 'BEGIN {
    fp32 = c * p * l * 2 * m / 1000
    int8 = c * p * i * 2 * m / 1000
    printf "%.1f %.1f\n", fp32, int8
    printf "%s (family %d, model %d): %d cores x %d FMA pipes x %d fp32 lanes x 2 FLOP x %.0f MHz = %.1f GFLOP/s fp32; int8 (%s) %.1f MAC a pipe and cycle x 2 = %.1f GOP/s, %.2fx fp32\n", a, f, md, c, p, l, m, fp32, v, i, int8, int8 / fp32
  }'
