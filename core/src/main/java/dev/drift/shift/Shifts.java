package dev.drift.shift;

import java.util.List;

/**
 * The shift stage's output: the shifts of every bead of an alignment, in the alignment's order.
 * Immutable.
 *
 * @param perBead for each bead its shifts, ordered by position in the original, then the
 *     translation
 * @param wording how they were graded: {@link Wording#FREE} when paraphrase was information, else
 *     {@link Wording#LITERAL}
 */
public record Shifts(List<List<Shift>> perBead, Wording wording) {

  /**
   * Creates the shifts of an alignment.
   *
   * @param perBead for each bead its shifts
   * @param wording how they were graded
   */
  public Shifts {
    perBead = perBead.stream().map(List::copyOf).toList();
    wording = wording == null ? Wording.LITERAL : wording;
  }

  /**
   * Creates the shifts of an alignment graded literally.
   *
   * @param perBead for each bead its shifts
   */
  public Shifts(List<List<Shift>> perBead) {
    this(perBead, Wording.LITERAL);
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
