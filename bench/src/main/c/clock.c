/*
 * Measures the clock the cores really run at: a chain of dependent register-to-register integer
 * additions retires one addition per cycle on every x86-64 core, so additions per second are
 * cycles per second. The added value sits in a register on purpose: Intel's Golden Cove and later
 * cores (Alder Lake, Sapphire and Emerald Rapids) fold chains of additions of an immediate at
 * register renaming and retire several a cycle; such a chain read 5.4 GHz and more on a 2.5 GHz
 * Emerald Rapids core, where a chain of 3-cycle multiplications agrees with the register form.
 * The clock /proc/cpuinfo reports is often the nominal one, below the boost clock the cores run at
 * under load, and a FLOP peak derived from it would be too low. Run one copy per core at once
 * (bench/run.sh does) so the figure is the all-core clock.
 */
#include <stdio.h>
#include <time.h>

int main(void) {
  const unsigned long n = 2000000000UL;
  unsigned long x = 0;
  unsigned long one = 1;
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (unsigned long i = 0; i < n; i += 8) {
    __asm__ volatile(
        "add %1, %0\n\tadd %1, %0\n\tadd %1, %0\n\tadd %1, %0\n\t"
        "add %1, %0\n\tadd %1, %0\n\tadd %1, %0\n\tadd %1, %0"
        : "+r"(x)
        : "r"(one));
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  double seconds = (double) (b.tv_sec - a.tv_sec) + (double) (b.tv_nsec - a.tv_nsec) / 1e9;
  printf("%.0f\n", (double) x / seconds / 1e6);
  return 0;
}
