/*
 * Measures the clock the cores really run at: a chain of dependent integer additions retires one
 * addition per cycle on every x86-64 core, so additions per second are cycles per second. The
 * clock /proc/cpuinfo reports is often the nominal one, below the boost clock the cores run at
 * under load, and a FLOP peak derived from it would be too low. Run one copy per core at once
 * (bench/run.sh does) so the figure is the all-core clock.
 */
#include <stdio.h>
#include <time.h>

int main(void) {
  const unsigned long n = 2000000000UL;
  unsigned long x = 0;
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (unsigned long i = 0; i < n; i += 8) {
    __asm__ volatile(
        "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
        "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0"
        : "+r"(x));
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  double seconds = (double) (b.tv_sec - a.tv_sec) + (double) (b.tv_nsec - a.tv_nsec) / 1e9;
  printf("%.0f\n", (double) x / seconds / 1e6);
  return 0;
}
