package dev.drift.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Anchors: mutual best pairs that clearly beat their neighbourhoods (margin-based mining, as in
 * LASER and Vecalign), and the heaviest chain of them increasing on both sides, the documents'
 * common order. Stateless.
 */
final class Anchors {
  private Anchors() {}

  /** Mutual best pairs above the anchor threshold with a margin over their neighbourhoods. */
  static List<int[]> find(PairScores s, Aligner.Options options) {
    double[] rowTop = new double[s.n];
    double[] colTop = new double[s.m];
    topMeans(s, rowTop, colTop, options);
    int[] bestOfCol = new int[s.m];
    Arrays.fill(bestOfCol, -1);
    int[] bestOfRow = new int[s.n];
    for (int i = 0; i < s.n; i++) {
      bestOfRow[i] = -1;
      for (int j = s.lo[i]; j < s.hi[i]; j++) {
        if (bestOfRow[i] < 0 || s.score(i, j) > s.score(i, bestOfRow[i])) {
          bestOfRow[i] = j;
        }
        if (bestOfCol[j] < 0 || s.score(i, j) > s.score(bestOfCol[j], j)) {
          bestOfCol[j] = i;
        }
      }
    }
    List<int[]> anchors = new ArrayList<>();
    for (int i = 0; i < s.n; i++) {
      int j = bestOfRow[i];
      if (j < 0) {
        continue;
      }
      double score = s.score(i, j);
      double margin = score - (rowTop[i] + colTop[j]) / 2;
      if (bestOfCol[j] == i
          && score >= options.anchorThreshold()
          && margin >= options.anchorMargin()) {
        anchors.add(new int[] {i, j});
      }
    }
    return anchors;
  }

  /** Mean of the top-k scores of every row and every column (within the windows). */
  private static void topMeans(
      PairScores s, double[] rowTop, double[] colTop, Aligner.Options options) {
    int k = Math.max(1, options.neighbours());
    float[] cols = new float[s.m * k];
    int[] colCount = new int[s.m];
    float[] row = new float[k];
    for (int i = 0; i < s.n; i++) {
      int rowCount = 0;
      for (int j = s.lo[i]; j < s.hi[i]; j++) {
        float v = s.score(i, j);
        rowCount = insertTop(row, 0, rowCount, k, v);
        colCount[j] = insertTop(cols, j * k, colCount[j], k, v);
      }
      rowTop[i] = mean(row, 0, rowCount);
    }
    for (int j = 0; j < s.m; j++) {
      colTop[j] = mean(cols, j * k, colCount[j]);
    }
  }

  /** Keeps the {@code k} largest values, descending, in {@code top[from..from+count)}. */
  private static int insertTop(float[] top, int from, int count, int k, float v) {
    if (count == k && v <= top[from + k - 1]) {
      return count;
    }
    int p = Math.min(count, k - 1);
    while (p > 0 && top[from + p - 1] < v) {
      top[from + p] = top[from + p - 1];
      p--;
    }
    top[from + p] = v;
    return Math.min(count + 1, k);
  }

  private static double mean(float[] values, int from, int count) {
    double sum = 0;
    for (int t = 0; t < count; t++) {
      sum += values[from + t];
    }
    return count == 0 ? 0 : sum / count;
  }

  /**
   * Whether another pair of one of the anchor's sentences scores within the anchor margin of it, as
   * with near-identical repeated sentences ("Example", "Example:"). Which of such pairs is best is
   * then down to noise, so an anchor off the backbone is not taken for moved content: the monotone
   * programme pairs those sentences by their order.
   */
  static boolean ambiguous(PairScores s, int[] anchor, Aligner.Options options) {
    int i = anchor[0];
    int j = anchor[1];
    double bar = s.score(i, j) - options.anchorMargin();
    for (int k = s.lo[i]; k < s.hi[i]; k++) {
      if (k != j && s.score(i, k) >= bar) {
        return true;
      }
    }
    for (int k = s.rowLo[j]; k < s.rowHi[j]; k++) {
      if (k != i && s.score(k, j) >= bar) {
        return true;
      }
    }
    return false;
  }

  /** The chain of anchors increasing on both sides with the largest total score. */
  static List<int[]> heaviestChain(List<int[]> anchors, PairScores s) {
    int k = anchors.size();
    int[] js = new int[k];
    double[] weight = new double[k];
    for (int x = 0; x < k; x++) {
      js[x] = anchors.get(x)[1];
      weight[x] = s.score(anchors.get(x)[0], js[x]);
    }
    boolean[] in = HeaviestChain.of(js, js, weight, s.m);
    List<int[]> chain = new ArrayList<>();
    for (int x = 0; x < k; x++) {
      if (in[x]) {
        chain.add(anchors.get(x));
      }
    }
    return chain;
  }
}
