package dev.drift.segment;

/**
 * Puts the similarity of an original sentence and the machine rendering of its translation on the
 * scale of same-language paraphrase, so that thresholds tuned on English against English mean the
 * same through a translator. A rendering is a rougher paraphrase than a human one: under the
 * bundled model, a faithful Reina-Valera verse rendered by Apertium scores a median 0.67 against
 * the King James verse, where the World English Bible's verse scores 0.88; unrelated verses score
 * 0.23 either way (eval/bible dev, 769 verses). The scale maps {@code faithful} to {@code target}
 * linearly from {@code unrelated}, which stays where it is; similarities at or below it are kept.
 *
 * @param unrelated the similarity of unrelated sentences, the fixed point
 * @param faithful the median similarity of a faithful translation's rendering
 * @param target the median similarity of a faithful same-language paraphrase
 */
public record SimilarityScale(double unrelated, double faithful, double target) {

  /** The scale that changes nothing: for renderings nobody measured. */
  public static final SimilarityScale IDENTITY = new SimilarityScale(0, 1, 1);

  /**
   * Checks the points.
   *
   * @param unrelated the fixed point
   * @param faithful the rendering's median
   * @param target the paraphrase's median
   */
  public SimilarityScale {
    if (!(unrelated >= 0 && unrelated < faithful && faithful <= target && target <= 1)) {
      throw new IllegalArgumentException(
          "need 0 ≤ unrelated < faithful ≤ target ≤ 1: "
              + unrelated
              + ", "
              + faithful
              + ", "
              + target);
    }
  }

  /**
   * A similarity on the paraphrase scale.
   *
   * @param similarity a cosine similarity
   * @return the similarity moved up the scale, at most 1
   */
  public double apply(double similarity) {
    if (similarity <= unrelated || faithful == target) {
      return similarity;
    }
    return Math.min(
        1, unrelated + (similarity - unrelated) * (target - unrelated) / (faithful - unrelated));
  }
}
