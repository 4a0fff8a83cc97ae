package dev.drift;

import dev.drift.align.Alignment;
import dev.drift.align.Bead;
import dev.drift.segment.SegmentedDocument;
import dev.drift.shift.Shifts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A translation identical to its original, sentence for sentence: every sentence matches its twin
 * at similarity 1 with no shift, which is what the model, the aligner and the shift detectors would
 * find, here at no cost (a megabyte-long line compared with itself took minutes). Stateless.
 */
final class IdenticalPair {
  private IdenticalPair() {}

  /** Whether both documents, in one language and as written, hold the same sentences. */
  static boolean test(SegmentedDocument a, SegmentedDocument b) {
    return !a.rendered()
        && !b.rendered()
        && a.language().equals(b.language())
        && a.size() > 0
        && a.texts().equals(b.texts());
  }

  /** Every sentence matched with the one at its own index, at similarity 1. */
  static Alignment alignment(int n) {
    List<Bead> beads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      beads.add(new Bead(new int[] {i}, new int[] {i}, 1.0, false));
    }
    return Alignment.of(n, n, beads);
  }

  /** No shift in any of the {@code n} beads. */
  static Shifts shifts(int n) {
    return new Shifts(Collections.nCopies(n, List.of()));
  }
}
