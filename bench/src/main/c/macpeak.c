/*
 * Measures how many multiply-accumulates one core retires per second in fp32 and in int8, which
 * bounds what an int8 model can gain over fp32 on this CPU. fp32: twelve independent AVX2 FMA
 * chains (enough to hide the FMA latency on two pipes). int8: the AVX2 sequence ONNX Runtime's
 * quantised matrix kernels use for u8 x s8 products without AVX-VNNI (vpmaddubsw, vpmaddwd
 * against ones, vpaddd), four independent chains, 32 MACs per sequence. With VNNI one vpdpbusd
 * replaces the three and int8 runs several times fp32; without it the ratio printed here is
 * close to 1. Prints "fp32 int8" in GMAC/s.
 */
#include <stdio.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double) t.tv_sec + (double) t.tv_nsec / 1e9;
}

#define FMA(r) "vfmadd231ps %%ymm14, %%ymm15, %%ymm" #r "\n\t"
#define PRODUCT(r) "vpmaddubsw %%ymm14, %%ymm15, %%ymm" #r "\n\t"
#define WIDEN(r) "vpmaddwd %%ymm13, %%ymm" #r ", %%ymm" #r "\n\t"
#define ACCUMULATE(r, a) "vpaddd %%ymm" #r ", %%ymm" #a ", %%ymm" #a "\n\t"

int main(void) {
  const long n = 100000000L;
  double t0 = now();
  for (long i = 0; i < n; i++) {
    __asm__ volatile(FMA(0) FMA(1) FMA(2) FMA(3) FMA(4) FMA(5) FMA(6) FMA(7) FMA(8) FMA(9)
                         FMA(10) FMA(11)::
                             : "memory");
  }
  double fp32 = (double) n * 12 * 8 / (now() - t0);
  double t1 = now();
  for (long i = 0; i < n; i++) {
    __asm__ volatile(PRODUCT(0) PRODUCT(1) PRODUCT(2) PRODUCT(3) WIDEN(0) WIDEN(1) WIDEN(2)
                         WIDEN(3) ACCUMULATE(0, 8) ACCUMULATE(1, 9) ACCUMULATE(2, 10)
                             ACCUMULATE(3, 11)::
                                 : "memory");
  }
  double int8 = (double) n * 4 * 32 / (now() - t1);
  printf("%.1f %.1f\n", fp32 / 1e9, int8 / 1e9);
  return 0;
}
