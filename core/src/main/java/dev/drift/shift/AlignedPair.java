package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.util.Map;

/**
 * A matched pair, as the shift detectors see it.
 *
 * @param original the original side
 * @param translation the translation side, as written
 * @param similarity cosine similarity of the two sides
 * @param sameLanguage whether both sides are in one language (word diff) or not (token matching)
 * @param rendering the translation side rendered into the original's language by a translator, or
 *     {@code null} when it was compared as written
 * @param renderedWords the translator's renderings of the translation's capitalised words on their
 *     own ({@code Faraón} → {@code Pharaoh}); empty without a translator
 * @param free whether the pair belongs to a document worded freely ({@link Wording#FREE}): the
 *     detectors then look for the evidence that survives paraphrase, and learn from the whole
 *     document as across languages
 */
record AlignedPair(
    PairSide original,
    PairSide translation,
    double similarity,
    boolean sameLanguage,
    PairSide rendering,
    Map<String, String> renderedWords,
    boolean free) {

  /**
   * A pair, rendered or not, of a document worded literally.
   *
   * @param original the original side
   * @param translation the translation side, as written
   * @param similarity cosine similarity of the two sides
   * @param sameLanguage whether both sides are in one language
   * @param rendering the rendering of the translation side, or {@code null}
   * @param renderedWords the translator's renderings of capitalised words
   */
  AlignedPair(
      PairSide original,
      PairSide translation,
      double similarity,
      boolean sameLanguage,
      PairSide rendering,
      Map<String, String> renderedWords) {
    this(original, translation, similarity, sameLanguage, rendering, renderedWords, false);
  }

  /**
   * A pair compared as written.
   *
   * @param original the original side
   * @param translation the translation side
   * @param similarity cosine similarity of the two sides
   * @param sameLanguage whether both sides are in one language
   */
  AlignedPair(PairSide original, PairSide translation, double similarity, boolean sameLanguage) {
    this(original, translation, similarity, sameLanguage, null, Map.of(), false);
  }

  /**
   * This pair as one of a document worded freely.
   *
   * @return the pair, marked free
   */
  AlignedPair freely() {
    return new AlignedPair(
        original, translation, similarity, sameLanguage, rendering, renderedWords, true);
  }

  /**
   * Whether a translator rendered the translation side.
   *
   * @return true when there is a rendering
   */
  boolean rendered() {
    return rendering != null;
  }

  /**
   * What the wording detectors compare: the original against the rendering, in one language, when
   * there is one; else this pair.
   *
   * @return the pair whose wording is diffed
   */
  AlignedPair wording() {
    return rendered() ? new AlignedPair(original, rendering, similarity, true) : this;
  }

  /** Both sides in English: the pair the English word rules (WordNet, pronouns, names) apply to. */
  boolean english() {
    return LanguageTags.primary(original.language()).equals("en")
        && LanguageTags.primary(translation.language()).equals("en");
  }
}
