package dev.drift.bench;

import dev.drift.align.Aligner;
import dev.drift.align.Alignment;
import dev.drift.embed.VectorMath;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Alignment time and peak heap at 200, 2k, 4k, 20k and 100k sentences per side (bench/run.sh
 * scaling), on synthetic 384-dimension vectors: a translation that paraphrases every sentence
 * (noise), drops 3 %, adds 3 % and merges 5 % of pairs. Sizes run in one JVM, smallest first, after
 * a warm-up; each size is aligned three times and the median time is reported, with the heap's peak
 * during those runs.
 *
 * <p>Usage: {@code AlignmentScaling [sizes...]} (run with {@code -Xmx2g} to prove the bound).
 */
public final class AlignmentScaling {
  private AlignmentScaling() {}

  /**
   * Runs the benchmark.
   *
   * @param args sentence counts per side (default 200 2000 4000 20000 100000)
   */
  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {200, 2000, 4000, 20000, 100000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    // Warm the JIT up on both paths (exact and banded) before measuring anything.
    for (int warm : new int[] {1000, 3000}) {
      SyntheticPair docs = documents(warm, new Random(-warm));
      docs.aligner().align(docs.pair());
    }
    System.out.printf(
        Locale.ROOT,
        "%8s %10s %12s %14s %10s%n",
        "sentences",
        "time (s)",
        "ms/sentence",
        "peak heap (MB)",
        "matched");
    for (int n : sizes) {
      SyntheticPair docs = documents(n, new Random(n));
      Aligner aligner = docs.aligner();
      long[] times = new long[3];
      long matched = 0;
      System.gc();
      resetPeaks();
      for (int r = 0; r < times.length; r++) {
        long t0 = System.nanoTime();
        Alignment alignment = aligner.align(docs.pair());
        times[r] = System.nanoTime() - t0;
        matched = alignment.matches();
      }
      Arrays.sort(times);
      double seconds = times[1] / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%8d %10.2f %12.3f %14d %10d%n",
          n,
          seconds,
          seconds * 1000 / n,
          peakHeapMb(),
          matched);
    }
  }

  /** An original of n sentences and its synthetic translation. */
  static SyntheticPair documents(int n, Random random) {
    int dim = 384;
    float[][] a = new float[n][];
    for (int i = 0; i < n; i++) {
      a[i] = unit(random, dim);
    }
    java.util.List<float[]> b = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      double r = random.nextDouble();
      if (r < 0.03) {
        continue; // dropped
      }
      if (r < 0.08 && i + 1 < n) {
        b.add(noisy(sum(a[i], a[i + 1]), random, 0.25f)); // two merged into one
        i++;
        continue;
      }
      b.add(noisy(a[i], random, 0.25f));
      if (random.nextDouble() < 0.03) {
        b.add(unit(random, dim)); // added
      }
    }
    return SyntheticPair.of(a, b.toArray(new float[0][]), 24);
  }

  private static float[] unit(Random random, int dim) {
    float[] v = new float[dim];
    for (int d = 0; d < dim; d++) {
      v[d] = (float) random.nextGaussian();
    }
    return VectorMath.normalize(v);
  }

  private static float[] sum(float[] x, float[] y) {
    float[] s = new float[x.length];
    for (int d = 0; d < s.length; d++) {
      s[d] = x[d] + y[d];
    }
    return VectorMath.normalize(s);
  }

  private static float[] noisy(float[] v, Random random, float amount) {
    float[] n = new float[v.length];
    float[] noise = unit(random, v.length);
    for (int d = 0; d < v.length; d++) {
      n[d] = v[d] + amount * noise[d];
    }
    return VectorMath.normalize(n);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1024 * 1024);
  }
}
