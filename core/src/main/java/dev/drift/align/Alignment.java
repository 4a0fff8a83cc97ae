package dev.drift.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of aligning two documents: beads covering every sentence of both sides exactly once,
 * listed in the original's order, with each addition placed after the bead that precedes it in the
 * translation. A match is marked moved when it is off the heaviest monotone chain of matches.
 *
 * @param beads the beads in report order
 */
public record Alignment(List<Bead> beads) {

  /**
   * Completes and orders a set of matches: unmatched original sentences become omissions, unmatched
   * translation sentences additions.
   *
   * @param n number of original sentences
   * @param m number of translation sentences
   * @param matches the matches found (each sentence at most once)
   * @return the alignment
   */
  public static Alignment of(int n, int m, List<Bead> matches) {
    boolean[] usedA = new boolean[n];
    boolean[] usedB = new boolean[m];
    for (Bead b : matches) {
      for (int a : b.original()) {
        usedA[a] = true;
      }
      for (int t : b.translation()) {
        usedB[t] = true;
      }
    }
    List<Bead> main = new ArrayList<>(markMoved(matches));
    for (int a = 0; a < n; a++) {
      if (!usedA[a]) {
        main.add(Bead.omission(a));
      }
    }
    main.sort(Comparator.comparingInt(b -> b.original()[0]));

    // owner[t] = position in main of the bead holding translation sentence t, if any
    int[] owner = new int[m];
    java.util.Arrays.fill(owner, -1);
    for (int p = 0; p < main.size(); p++) {
      for (int t : main.get(p).translation()) {
        owner[t] = p;
      }
    }
    List<List<Bead>> after = new ArrayList<>();
    for (int p = 0; p <= main.size(); p++) {
      after.add(new ArrayList<>());
    }
    int anchor = -1; // position in main after which additions go; -1 = before everything
    for (int t = 0; t < m; t++) {
      if (owner[t] >= 0) {
        anchor = owner[t];
      } else if (!usedB[t]) {
        after.get(anchor + 1).add(Bead.addition(t));
      }
    }
    List<Bead> ordered = new ArrayList<>(n + m);
    ordered.addAll(after.get(0));
    for (int p = 0; p < main.size(); p++) {
      ordered.add(main.get(p));
      ordered.addAll(after.get(p + 1));
    }
    return new Alignment(List.copyOf(ordered));
  }

  /** Marks as moved the matches off the heaviest chain increasing on both sides. */
  private static List<Bead> markMoved(List<Bead> matches) {
    List<Bead> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt((Bead b) -> b.original()[0]));
    int k = sorted.size();
    int[] first = new int[k];
    int[] last = new int[k];
    double[] weight = new double[k];
    int size = 0;
    for (int x = 0; x < k; x++) {
      Bead b = sorted.get(x);
      first[x] = b.translation()[0];
      last[x] = last(b.translation());
      weight[x] = weight(b);
      size = Math.max(size, last[x] + 1);
    }
    boolean[] inChain = HeaviestChain.of(first, last, weight, size);
    List<Bead> out = new ArrayList<>(k);
    for (int x = 0; x < k; x++) {
      out.add(sorted.get(x).withMoved(!inChain[x]));
    }
    return out;
  }

  private static double weight(Bead b) {
    return (b.original().length + b.translation().length) * Math.max(0.01, b.similarity());
  }

  private static int last(int[] a) {
    return a[a.length - 1];
  }

  /**
   * Number of matches.
   *
   * @return how many beads have both sides
   */
  public long matches() {
    return beads.stream().filter(Bead::isMatch).count();
  }
}
