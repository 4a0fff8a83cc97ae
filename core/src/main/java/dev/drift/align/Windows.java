package dev.drift.align;

import dev.drift.embed.VectorMath;
import java.util.Arrays;

/**
 * Which translation sentences each original sentence may pair with. A document pair of up to
 * {@value #EXACT_CELLS} sentence pairs is compared in full. A longer one is first aligned coarsely,
 * as Vecalign does: both documents are cut into blocks of {@value #BLOCK} sentences (more once a
 * document has over {@value #MAX_BLOCKS} blocks), the blocks' mean vectors are aligned by a
 * monotone dynamic programme, and each original sentence may then pair only with the translation
 * sentences of the blocks within {@value #MARGIN_BLOCKS} blocks of that coarse path. Memory and
 * time then grow with the number of sentences times the band, not with their product; content that
 * moved further than the band on a long document is reported as dropped and added.
 *
 * @param lo for each original sentence, the first translation sentence of its window
 * @param hi for each original sentence, the end (exclusive) of its window
 */
record Windows(int[] lo, int[] hi) {

  /** Largest number of sentence pairs compared in full. */
  static final long EXACT_CELLS = 4_000_000L;

  /** Sentences per block of the coarse alignment. */
  static final int BLOCK = 16;

  /** Most blocks per document; beyond that, blocks grow. */
  static final int MAX_BLOCKS = 2048;

  /** How many blocks on each side of the coarse path a window reaches. */
  static final int MARGIN_BLOCKS = 2;

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
    long block = Math.max(BLOCK, (long) Math.ceil(Math.max(n, m) / (double) MAX_BLOCKS));
    return (long) n * Math.min(m, (2L * MARGIN_BLOCKS + 3) * block);
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
    int block = Math.max(BLOCK, (int) Math.ceil(Math.max(n, m) / (double) MAX_BLOCKS));
    float[][] ca = blocks(a, block);
    float[][] cb = blocks(b, block);
    int bn = ca.length;
    int bm = cb.length;
    double[][] sim = new double[bn][bm];
    double mean = 0;
    for (int i = 0; i < bn; i++) {
      for (int j = 0; j < bm; j++) {
        sim[i][j] = VectorMath.dot(ca[i], cb[j]);
        mean += sim[i][j];
      }
    }
    mean /= (double) bn * bm;
    // Monotone path through the blocks: a diagonal step gains its similarity above the mean.
    double[][] total = new double[bn + 1][bm + 1];
    byte[][] step = new byte[bn + 1][bm + 1]; // 1 = diagonal, 2 = down, 3 = right
    for (int i = 0; i <= bn; i++) {
      for (int j = 0; j <= bm; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        if (i > 0 && j > 0 && total[i - 1][j - 1] + sim[i - 1][j - 1] - mean > best) {
          best = total[i - 1][j - 1] + sim[i - 1][j - 1] - mean;
          step[i][j] = 1;
        }
        if (i > 0 && total[i - 1][j] > best) {
          best = total[i - 1][j];
          step[i][j] = 2;
        }
        if (j > 0 && total[i][j - 1] > best) {
          best = total[i][j - 1];
          step[i][j] = 3;
        }
        total[i][j] = best;
      }
    }
    // The coarse columns the path touches in each coarse row.
    int[] first = new int[bn];
    int[] last = new int[bn];
    Arrays.fill(first, Integer.MAX_VALUE);
    Arrays.fill(last, Integer.MIN_VALUE);
    for (int i = bn, j = bm; i > 0 || j > 0; ) {
      int row = Math.max(0, i - 1);
      int col = Math.max(0, j - 1);
      first[row] = Math.min(first[row], col);
      last[row] = Math.max(last[row], col);
      switch (step[i][j]) {
        case 1 -> {
          i--;
          j--;
        }
        case 2 -> i--;
        default -> j--;
      }
    }
    for (int r = 0; r < bn; r++) {
      if (first[r] == Integer.MAX_VALUE) {
        first[r] = r > 0 ? last[r - 1] : 0;
        last[r] = first[r];
      }
    }
    for (int i = 0; i < n; i++) {
      int r = i / block;
      lo[i] = Math.max(0, (first[r] - MARGIN_BLOCKS) * block);
      hi[i] = Math.min(m, (last[r] + 1 + MARGIN_BLOCKS) * block);
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

  /** Mean unit vectors of consecutive blocks of {@code block} sentences. */
  private static float[][] blocks(SentenceVectors v, int block) {
    int count = (v.size() + block - 1) / block;
    float[][] out = new float[count][];
    for (int c = 0; c < count; c++) {
      float[] sum = new float[v.vector(0).length];
      for (int i = c * block; i < Math.min(v.size(), (c + 1) * block); i++) {
        float[] x = v.vector(i);
        for (int d = 0; d < sum.length; d++) {
          sum[d] += x[d];
        }
      }
      out[c] = VectorMath.normalize(sum);
    }
    return out;
  }
}
