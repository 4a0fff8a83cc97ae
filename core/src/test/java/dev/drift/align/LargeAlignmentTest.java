package dev.drift.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.DriftInputException;
import dev.drift.HeapProbe;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Long documents: the size limit checked before embedding, and alignment time on long inputs. */
class LargeAlignmentTest {

  @Test
  void alignment_limit_refuses_before_embedding_and_says_what_to_do() {
    // Long documents are aligned in a band: 30,000 a side need some 70 MB, not 7 GB.
    AlignmentLimit.check("en.md", 30_000, "fr.md", 30_000, 1_000_000_000L);
    assertThatThrownBy(
            () -> AlignmentLimit.check("en.md", 300_000, "fr.md", 300_000, 1_000_000_000L))
        .isInstanceOf(DriftInputException.class)
        .hasMessageStartingWith(
            "en.md and fr.md are too long to align together: 300,000 × 300,000 sentences need")
        .hasMessageEndingWith(
            "of scores, more than half of the 1.0 GB this JVM may use; split the documents"
                + " or give Java more memory (-Xmx)");
    assertThatThrownBy(() -> AlignmentLimit.check("a", 30_000_000, "b", 30_000_000, Long.MAX_VALUE))
        .hasMessageEndingWith("more than drift can hold; split the documents");
    AlignmentLimit.check("a", 10_000, "b", 10_000, 4_000_000_000L);
    AlignmentLimit.check("a", 0, "b", Integer.MAX_VALUE, 1);
  }

  /** What one alignment cost: bytes allocated and CPU time of the aligning thread, heap growth. */
  private record Cost(long allocated, long cpuNanos, long peakGrowth) {}

  /**
   * Aligns {@code n} synthetic sentences a side {@code repeats} times and keeps the cheapest
   * measurement of each kind: the least that run needed, which load from other processes (a shared
   * 2-core machine) and JIT compilation can only raise.
   */
  private static Cost alignmentCost(Aligner aligner, int n, int repeats) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    SentenceVectors a = randomVectors(n, 1);
    SentenceVectors b = noisy(a, 2);
    long allocated = Long.MAX_VALUE;
    long cpu = Long.MAX_VALUE;
    long peakGrowth = Long.MAX_VALUE;
    for (int r = 0; r < repeats; r++) {
      long before = HeapProbe.heapAfterCollection();
      HeapProbe.resetPeaks();
      long bytes0 = threads.getCurrentThreadAllocatedBytes();
      long cpu0 = threads.getCurrentThreadCpuTime();
      Alignment alignment = aligner.align(a, b, null, (x, y) -> 0, false);
      cpu = Math.min(cpu, threads.getCurrentThreadCpuTime() - cpu0);
      allocated = Math.min(allocated, threads.getCurrentThreadAllocatedBytes() - bytes0);
      peakGrowth = Math.min(peakGrowth, HeapProbe.heapPeak() - before);
      // The noisy copy keeps every pair's cosine near 0.9: all sentences match, in order.
      assertThat(alignment.matches()).as("matches at %d a side", n).isEqualTo(n);
    }
    return new Cost(allocated, cpu, peakGrowth);
  }

  /** Heap taken by the synthetic vectors of both sides: n float[384] each, with array headers. */
  private static long inputBytes(int n) {
    return 2L * n * (384 * Float.BYTES + 16);
  }

  @Test
  void alignment_work_should_grow_about_linearly_above_150_sentences_a_side() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(
        threads.isThreadAllocatedMemorySupported() && threads.isCurrentThreadCpuTimeSupported(),
        "this JVM counts neither allocated bytes nor CPU time per thread");
    Aligner aligner = Aligner.create(Aligner.Options.defaults());
    alignmentCost(aligner, 4_000, 2); // warm-up: compile the hot loops before measuring
    Map<Integer, Cost> costs = new TreeMap<>();
    for (int n : new int[] {150, 151, 1_000, 4_000, 8_000, 16_000}) {
      costs.put(n, alignmentCost(aligner, n, 3));
    }
    System.out.println(
        "[LargeInputTest] alignment on synthetic vectors (n a side: MB allocated, CPU s, MB peak"
            + " heap growth): "
            + costs.entrySet().stream()
                .map(
                    e ->
                        String.format(
                            Locale.ROOT,
                            "%d: %.1f MB, %.2f s, %.1f MB",
                            e.getKey(),
                            e.getValue().allocated() / 1e6,
                            e.getValue().cpuNanos() / 1e9,
                            e.getValue().peakGrowth() / 1e6))
                .toList());

    // The work counter is the bytes the aligning thread allocates: its score arrays hold 4 or 8
    // bytes per scored pair, and the count does not depend on the machine's load. Up to 150 × 150
    // pairs every pair is scored; one sentence more and only a band is (112 of 151 columns).
    assertThat(costs.get(151).allocated())
        .as("allocated at 151 a side (banded) against 150 (every pair)")
        .isLessThan(costs.get(150).allocated() * 3 / 2);
    // Banded, four times the sentences cost about four times the work, not sixteen: no step
    // compares every pair of blocks either (the coarse programme is banded beyond 256 blocks a
    // side). 8, halfway between linear and quadratic on a log scale, tells them apart.
    for (int[] sizes : new int[][] {{1_000, 4_000}, {4_000, 16_000}}) {
      assertThat((double) costs.get(sizes[1]).allocated() / costs.get(sizes[0]).allocated())
          .as("allocated at %,d a side ÷ at %,d (quadratic would be 16)", sizes[1], sizes[0])
          .isLessThan(6.0);
    }
    // CPU time of the aligning thread, which other processes do not add to (wall time does): 12
    // leaves room for a loaded machine's cache misses while still failing quadratic work (16).
    assertThat((double) costs.get(16_000).cpuNanos() / costs.get(4_000).cpuNanos())
        .as("CPU time at 16,000 a side ÷ at 4,000 (banded; quadratic would be 16)")
        .isLessThan(12.0);
    // Memory: past the threshold, the heap grows during an alignment by less than the vectors it
    // is given take, where scoring every pair would take n² × 4 bytes (1 GB at 16,000 a side).
    // Both the bytes allocated (an upper bound on any growth) and the heap's measured peak over its
    // level after a full collection must stay under it.
    for (int n : new int[] {4_000, 8_000, 16_000}) {
      assertThat(costs.get(n).allocated())
          .as("bytes allocated while aligning %d a side", n)
          .isLessThan(inputBytes(n));
      assertThat(costs.get(n).peakGrowth())
          .as("peak heap growth while aligning %d a side", n)
          .isLessThan(inputBytes(n));
    }
  }

  /** A "translation": each vector moved by noise, so that pairs have a cosine of about 0.9. */
  private static SentenceVectors noisy(SentenceVectors a, long seed) {
    Random random = new Random(seed);
    float[][] v = new float[a.size()][];
    for (int i = 0; i < v.length; i++) {
      float[] x = a.vector(i).clone();
      double norm = 0;
      for (int d = 0; d < x.length; d++) {
        x[d] += (float) (0.025 * random.nextGaussian());
        norm += x[d] * x[d];
      }
      for (int d = 0; d < x.length; d++) {
        x[d] /= (float) Math.sqrt(norm);
      }
      v[i] = x;
    }
    return new SentenceVectors(v, a.weights().clone());
  }

  private static SentenceVectors randomVectors(int n, long seed) {
    Random random = new Random(seed);
    float[][] v = new float[n][384];
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      double norm = 0;
      for (int d = 0; d < 384; d++) {
        v[i][d] = (float) random.nextGaussian();
        norm += v[i][d] * v[i][d];
      }
      for (int d = 0; d < 384; d++) {
        v[i][d] /= (float) Math.sqrt(norm);
      }
      w[i] = 20;
    }
    return new SentenceVectors(v, w);
  }
}
