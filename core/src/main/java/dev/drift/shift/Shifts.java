package dev.drift.shift;

import java.util.List;

/**
 * The shift stage's output: the shifts of every bead of an alignment, in the alignment's order.
 * Immutable.
 *
 * @param perBead for each bead its shifts, ordered by position in the original, then the
 *     translation
 */
public record Shifts(List<List<Shift>> perBead) {

  /**
   * Creates the shifts of an alignment.
   *
   * @param perBead for each bead its shifts
   */
  public Shifts {
    perBead = perBead.stream().map(List::copyOf).toList();
  }

  /**
   * The shifts of one bead.
   *
   * @param bead the bead's position in the alignment
   * @return its shifts
   */
  public List<Shift> of(int bead) {
    return perBead.get(bead);
  }

  /**
   * The number of beads.
   *
   * @return how many beads there are
   */
  public int size() {
    return perBead.size();
  }
}
