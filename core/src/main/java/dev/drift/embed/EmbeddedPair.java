package dev.drift.embed;

import dev.drift.segment.SimilarityScale;
import java.util.List;
import java.util.Objects;

/**
 * The embed stage's output: both documents' sentence and token vectors, the model that made them,
 * and what the reader should know about how well that model reads the documents. Immutable.
 *
 * @param original the original's sentences, embedded
 * @param translation the translation's sentences, embedded
 * @param model the model
 * @param warnings one line per document the model cannot read well (another script)
 * @param scale how the similarity of an original sentence and a translation sentence maps onto
 *     same-language paraphrase: the translator's measured scale when the translation was rendered
 *     and the model is the bundled one it was measured with, else the identity
 */
public record EmbeddedPair(
    EmbeddedDocument original,
    EmbeddedDocument translation,
    ModelInfo model,
    List<String> warnings,
    SimilarityScale scale) {

  /**
   * Creates an embedded pair.
   *
   * @param original the original's sentences
   * @param translation the translation's sentences
   * @param model the model
   * @param warnings the warnings
   * @param scale the similarity scale
   */
  public EmbeddedPair {
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(scale, "scale");
  }

  /**
   * Creates an embedded pair of same-language documents.
   *
   * @param original the original's sentences
   * @param translation the translation's sentences
   * @param model the model
   * @param warnings the warnings
   */
  public EmbeddedPair(
      EmbeddedDocument original,
      EmbeddedDocument translation,
      ModelInfo model,
      List<String> warnings) {
    this(original, translation, model, warnings, SimilarityScale.IDENTITY);
  }
}
