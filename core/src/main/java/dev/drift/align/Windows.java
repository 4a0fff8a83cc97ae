package dev.drift.align;

import dev.drift.embed.VectorMath;
import java.util.Arrays;

/**
 * Which translation sentences each original sentence may pair with. A document pair of up to
 * {@value #EXACT_CELLS} sentence pairs (150 a side) is compared in full: that is cheap. A longer
 * one is first aligned coarsely, as Vecalign does: both documents are cut into blocks of {@value
 * #BLOCK} sentences, the blocks' mean vectors are aligned by a monotone dynamic programme, and each
 * original sentence may then pair only with the translation sentences of the blocks within {@value
 * #MARGIN_BLOCKS} blocks of that coarse path.
 *
 * <p>The coarse programme is itself confined to a band when there are more than {@value
 * #FULL_BLOCKS} blocks a side: blocks are grouped {@value #GROUP} at a time, the groups aligned the
 * same way (recursively), and each block row may only visit the block columns of the groups within
 * {@value #MARGIN_GROUPS} groups of the group path. No step compares every pair of anything beyond
 * a fixed size, so time and memory grow with the number of sentences times the band, never with
 * their product; content that moved further than the band on a long document is reported as dropped
 * and added.
 *
 * @param lo for each original sentence, the first translation sentence of its window
 * @param hi for each original sentence, the end (exclusive) of its window
 */
record Windows(int[] lo, int[] hi) {

  /** Largest number of sentence pairs compared in full. */
  static final long EXACT_CELLS = 150L * 150;

  /** Sentences per block of the coarse alignment. */
  static final int BLOCK = 16;

  /** How many blocks on each side of the coarse path a sentence's window reaches. */
  static final int MARGIN_BLOCKS = 2;

  /** Most blocks a side whose every pair the coarse programme scores. */
  static final int FULL_BLOCKS = 256;

  /** Blocks per group one level up. */
  static final int GROUP = 16;

  /** How many groups on each side of the group path a block row's band reaches. */
  static final int MARGIN_GROUPS = 2;

  /**
   * About how many sentence pairs the aligner scores for documents of these lengths: all of them up
   * to {@value #EXACT_CELLS}, else each original sentence's band (the path's own blocks and {@value
   * #MARGIN_BLOCKS} on each side).
   *
   * @param n original sentences
   * @param m translation sentences
   * @return the estimated number of scored pairs
   */
  static long estimatedPairs(int n, int m) {
    long all = (long) n * m;
    if (all <= EXACT_CELLS) {
      return all;
    }
    return (long) n * Math.min(m, (2L * MARGIN_BLOCKS + 3) * BLOCK);
  }

  static Windows of(SentenceVectors a, SentenceVectors b) {
    int n = a.size();
    int m = b.size();
    int[] lo = new int[n];
    int[] hi = new int[n];
    if ((long) n * m <= EXACT_CELLS) {
      Arrays.fill(hi, m);
      return new Windows(lo, hi);
    }
    float[][] ca = blocks(a.vectors(), BLOCK);
    float[][] cb = blocks(b.vectors(), BLOCK);
    int[][] path = path(ca, cb);
    int[] first = path[0];
    int[] last = path[1];
    for (int i = 0; i < n; i++) {
      int r = i / BLOCK;
      lo[i] = Math.max(0, (first[r] - MARGIN_BLOCKS) * BLOCK);
      hi[i] = Math.min(m, (last[r] + 1 + MARGIN_BLOCKS) * BLOCK);
    }
    // Windows of consecutive sentences never go backwards.
    for (int i = 1; i < n; i++) {
      lo[i] = Math.max(lo[i], lo[i - 1]);
    }
    for (int i = n - 2; i >= 0; i--) {
      hi[i] = Math.min(hi[i], hi[i + 1]);
    }
    for (int i = 0; i < n; i++) {
      hi[i] = Math.max(hi[i], Math.min(m, lo[i] + 1));
    }
    return new Windows(lo, hi);
  }

  /**
   * The monotone path through two sequences of unit vectors: for each row, the first and last
   * column it touches. Every pair is scored up to {@value #FULL_BLOCKS} a side; beyond, only a band
   * around the path of their groups.
   */
  static int[][] path(float[][] ca, float[][] cb) {
    int bn = ca.length;
    int bm = cb.length;
    // Grid rows 0..bn (rows consumed); row i may visit columns lo[i]..hi[i] (inclusive).
    int[] lo = new int[bn + 1];
    int[] hi = new int[bn + 1];
    if (bn <= FULL_BLOCKS && bm <= FULL_BLOCKS) {
      Arrays.fill(hi, bm);
    } else {
      int[][] groups = path(blocks(ca, GROUP), blocks(cb, GROUP));
      Arrays.fill(lo, Integer.MAX_VALUE);
      Arrays.fill(hi, Integer.MIN_VALUE);
      for (int r = 0; r < bn; r++) {
        int g = r / GROUP;
        int from = Math.max(0, (groups[0][g] - MARGIN_GROUPS) * GROUP);
        int to = Math.min(bm, (groups[1][g] + 1 + MARGIN_GROUPS) * GROUP);
        // Block row r is the step from grid row r to r + 1.
        for (int i = r; i <= r + 1; i++) {
          lo[i] = Math.min(lo[i], from);
          hi[i] = Math.max(hi[i], to);
        }
      }
      repair(lo, hi, bm);
    }
    // The mean similarity of all block pairs, exactly and in linear time: the dot product of the
    // sums. A diagonal step gains its similarity above it.
    double mean = VectorMath.dot(sum(ca), sum(cb)) / ((double) Math.max(1, bn) * Math.max(1, bm));
    int[] start = new int[bn + 2];
    for (int i = 0; i <= bn; i++) {
      start[i + 1] = start[i] + hi[i] - lo[i] + 1;
    }
    double[] total = new double[start[bn + 1]];
    byte[] step = new byte[start[bn + 1]]; // 1 = diagonal, 2 = down, 3 = right
    for (int i = 0; i <= bn; i++) {
      for (int j = lo[i]; j <= hi[i]; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        byte move = 0;
        if (i > 0 && j > 0 && j - 1 >= lo[i - 1] && j - 1 <= hi[i - 1]) {
          double d =
              total[start[i - 1] + j - 1 - lo[i - 1]] + VectorMath.dot(ca[i - 1], cb[j - 1]) - mean;
          if (d > best) {
            best = d;
            move = 1;
          }
        }
        if (i > 0 && j >= lo[i - 1] && j <= hi[i - 1]) {
          double d = total[start[i - 1] + j - lo[i - 1]];
          if (d > best) {
            best = d;
            move = 2;
          }
        }
        if (j > lo[i]) {
          double d = total[start[i] + j - 1 - lo[i]];
          if (d > best) {
            best = d;
            move = 3;
          }
        }
        total[start[i] + j - lo[i]] = best;
        step[start[i] + j - lo[i]] = move;
      }
    }
    // The columns the path touches in each row.
    int[] first = new int[Math.max(1, bn)];
    int[] last = new int[Math.max(1, bn)];
    Arrays.fill(first, Integer.MAX_VALUE);
    Arrays.fill(last, Integer.MIN_VALUE);
    for (int i = bn, j = bm; i > 0 || j > 0; ) {
      int row = Math.max(0, i - 1);
      int col = Math.max(0, j - 1);
      first[row] = Math.min(first[row], col);
      last[row] = Math.max(last[row], col);
      switch (step[start[i] + j - lo[i]]) {
        case 1 -> {
          i--;
          j--;
        }
        case 2 -> i--;
        case 3 -> j--;
        default -> throw new IllegalStateException("coarse path broken at " + i + "," + j);
      }
    }
    for (int r = 0; r < first.length; r++) {
      if (first[r] == Integer.MAX_VALUE) {
        first[r] = r > 0 ? last[r - 1] : 0;
        last[r] = first[r];
      }
    }
    return new int[][] {first, last};
  }

  /**
   * Makes per-row column ranges of a monotone grid walkable: start and end in the corners, never
   * shrink from one row to the next, and overlap the previous row, so every cell is reachable.
   */
  private static void repair(int[] lo, int[] hi, int width) {
    int rows = lo.length - 1;
    lo[0] = 0;
    hi[rows] = width;
    for (int i = 1; i <= rows; i++) {
      lo[i] = Math.max(lo[i], lo[i - 1]);
    }
    for (int i = rows - 1; i >= 0; i--) {
      hi[i] = Math.min(Math.max(hi[i], lo[i]), hi[i + 1]);
    }
    for (int i = 1; i <= rows; i++) {
      if (lo[i] > hi[i - 1]) {
        lo[i] = hi[i - 1];
      }
      if (hi[i] < lo[i]) {
        hi[i] = lo[i];
      }
    }
  }

  private static float[] sum(float[][] vectors) {
    float[] s = new float[vectors.length == 0 ? 0 : vectors[0].length];
    for (float[] v : vectors) {
      for (int d = 0; d < s.length; d++) {
        s[d] += v[d];
      }
    }
    return s;
  }

  /** Mean unit vectors of consecutive blocks of {@code block} vectors. */
  private static float[][] blocks(float[][] v, int block) {
    int count = (v.length + block - 1) / block;
    float[][] out = new float[count][];
    for (int c = 0; c < count; c++) {
      float[] sum = new float[v[0].length];
      for (int i = c * block; i < Math.min(v.length, (c + 1) * block); i++) {
        float[] x = v[i];
        for (int d = 0; d < sum.length; d++) {
          sum[d] += x[d];
        }
      }
      out[c] = VectorMath.normalize(sum);
    }
    return out;
  }
}
