package dev.drift.align;

/**
 * The heaviest chain of items increasing on both sides, in O(k log k) with a Fenwick tree of
 * maxima: items come sorted by their original position; item {@code y} may precede item {@code x}
 * when {@code last[y] < first[x]} on the translation side.
 */
final class HeaviestChain {
  private HeaviestChain() {}

  /**
   * Finds the chain.
   *
   * @param first each item's first translation position, items sorted by original position
   * @param last each item's last translation position
   * @param weight each item's weight
   * @param size number of translation positions
   * @return which items are on the heaviest chain
   */
  static boolean[] of(int[] first, int[] last, double[] weight, int size) {
    int k = weight.length;
    double[] treeValue = new double[size + 1];
    int[] treeItem = new int[size + 1];
    java.util.Arrays.fill(treeItem, -1);
    double[] best = new double[k];
    int[] prev = new int[k];
    int end = -1;
    for (int x = 0; x < k; x++) {
      // best chain ending at a translation position < first[x]
      double before = 0;
      int from = -1;
      for (int p = first[x]; p > 0; p -= p & -p) {
        if (treeItem[p] >= 0 && treeValue[p] > before) {
          before = treeValue[p];
          from = treeItem[p];
        }
      }
      best[x] = before + weight[x];
      prev[x] = from;
      for (int p = last[x] + 1; p <= size; p += p & -p) {
        if (treeItem[p] < 0 || best[x] > treeValue[p]) {
          treeValue[p] = best[x];
          treeItem[p] = x;
        }
      }
      if (end < 0 || best[x] > best[end]) {
        end = x;
      }
    }
    boolean[] in = new boolean[k];
    for (int x = end; x >= 0; x = prev[x]) {
      in[x] = true;
    }
    return in;
  }
}
