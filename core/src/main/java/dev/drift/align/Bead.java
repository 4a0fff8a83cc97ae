package dev.drift.align;

/**
 * One unit of an alignment: some original sentences and the translation sentences that render them.
 * A bead with both sides is a match (1:1, or m:n when sentences were split or merged); a bead with
 * one side empty is an omission (nothing in the translation) or an addition (nothing in the
 * original).
 *
 * @param original indices of original sentences, ascending
 * @param translation indices of translation sentences, ascending
 * @param similarity cosine similarity of the two sides (of the joined sentences for m:n), or {@code
 *     NaN} for an omission or addition
 * @param moved whether this match is out of order relative to the rest (content that moved)
 */
public record Bead(int[] original, int[] translation, double similarity, boolean moved) {

  /**
   * Whether both sides are non-empty.
   *
   * @return true for a match
   */
  public boolean isMatch() {
    return original.length > 0 && translation.length > 0;
  }

  /**
   * Whether only the original side is non-empty.
   *
   * @return true for an omission
   */
  public boolean isOmission() {
    return translation.length == 0;
  }

  /**
   * Whether only the translation side is non-empty.
   *
   * @return true for an addition
   */
  public boolean isAddition() {
    return original.length == 0;
  }

  static Bead match(int original, int translation, double similarity) {
    return new Bead(new int[] {original}, new int[] {translation}, similarity, false);
  }

  Bead withMoved(boolean moved) {
    return new Bead(original, translation, similarity, moved);
  }

  static Bead omission(int a) {
    return new Bead(new int[] {a}, new int[0], Double.NaN, false);
  }

  static Bead addition(int b) {
    return new Bead(new int[0], new int[] {b}, Double.NaN, false);
  }
}
