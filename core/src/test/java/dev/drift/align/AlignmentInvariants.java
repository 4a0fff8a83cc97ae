package dev.drift.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions of the contract every {@link Alignment} keeps. */
final class AlignmentInvariants {
  private AlignmentInvariants() {}

  /**
   * Checks that an alignment covers both sides exactly once and keeps its ordering contract.
   *
   * @param alignment the alignment
   * @param n number of original sentences
   * @param m number of translation sentences
   * @param maxMerge most sentences on one side of a bead
   */
  static void check(Alignment alignment, int n, int m, int maxMerge) {
    List<Bead> beads = alignment.beads();
    int[] seenA = new int[n];
    int[] seenB = new int[m];
    for (Bead b : beads) {
      assertThat(b.original().length + b.translation().length)
          .as("bead %s is not empty", Synthetic.key(b))
          .isPositive();
      assertThat(b.original()).as("original side of %s", Synthetic.key(b)).isSorted();
      assertThat(b.translation()).as("translation side of %s", Synthetic.key(b)).isSorted();
      for (int a : b.original()) {
        assertThat(a).isBetween(0, n - 1);
        seenA[a]++;
      }
      for (int t : b.translation()) {
        assertThat(t).isBetween(0, m - 1);
        seenB[t]++;
      }
      if (b.isMatch()) {
        assertThat(Math.min(b.original().length, b.translation().length))
            .as("m:n bead %s has one side of one sentence", Synthetic.key(b))
            .isEqualTo(1);
        assertThat(Math.max(b.original().length, b.translation().length))
            .isLessThanOrEqualTo(maxMerge);
        // A cosine, up to float noise.
        assertThat(b.similarity())
            .as("similarity of %s", Synthetic.key(b))
            .isBetween(-1.0 - 1e-6, 1.0 + 1e-6);
      } else {
        assertThat(b.similarity()).isNaN();
        assertThat(b.moved()).as("only matches move").isFalse();
        assertThat(b.original().length + b.translation().length)
            .as("omissions and additions hold one sentence")
            .isEqualTo(1);
      }
    }
    for (int a = 0; a < n; a++) {
      assertThat(seenA[a]).as("original sentence %d is in exactly one bead", a).isEqualTo(1);
    }
    for (int t = 0; t < m; t++) {
      assertThat(seenB[t]).as("translation sentence %d is in exactly one bead", t).isEqualTo(1);
    }

    // Beads with an original side come in the original's order.
    int lastOriginal = -1;
    for (Bead b : beads) {
      if (!b.isAddition()) {
        assertThat(b.original()[0])
            .as("bead %s follows the original's order", Synthetic.key(b))
            .isGreaterThan(lastOriginal);
        lastOriginal = b.original()[0];
      }
    }

    // Each addition comes right after the bead holding the translation sentence before it (with
    // the additions in between), or at the very start when no translation sentence precedes it
    // outside additions.
    int[] owner = new int[m];
    java.util.Arrays.fill(owner, -1);
    for (int p = 0; p < beads.size(); p++) {
      if (!beads.get(p).isAddition()) {
        for (int t : beads.get(p).translation()) {
          owner[t] = p;
        }
      }
    }
    for (int p = 0; p < beads.size(); p++) {
      Bead b = beads.get(p);
      if (!b.isAddition()) {
        continue;
      }
      int t = b.translation()[0];
      int expectedOwner = -1;
      for (int u = t - 1; u >= 0; u--) {
        if (owner[u] >= 0) {
          expectedOwner = owner[u];
          break;
        }
      }
      int q = p - 1;
      while (q >= 0 && beads.get(q).isAddition()) {
        assertThat(beads.get(q).translation()[0])
            .as("additions after one bead are in the translation's order")
            .isLessThan(t);
        q--;
      }
      assertThat(q)
          .as("addition of translation sentence %d follows the bead of sentence before it", t)
          .isEqualTo(expectedOwner);
    }

    // Matches not marked moved increase on both sides.
    int lastA = -1;
    int lastB = -1;
    for (Bead b : beads) {
      if (b.isMatch() && !b.moved()) {
        assertThat(b.original()[0]).isGreaterThan(lastA);
        assertThat(b.translation()[0])
            .as("unmoved match %s keeps the translation's order", Synthetic.key(b))
            .isGreaterThan(lastB);
        lastA = b.original()[b.original().length - 1];
        lastB = b.translation()[b.translation().length - 1];
      }
    }
  }
}
