package dev.drift.embed;

import java.util.List;

/**
 * The embed stage's output: both documents' sentence and token vectors, the model that made them,
 * and what the reader should know about how well that model reads the documents. Immutable.
 *
 * @param original the original's sentences, embedded
 * @param translation the translation's sentences, embedded
 * @param model the model
 * @param warnings one line per document the model cannot read well (another script)
 */
public record EmbeddedPair(
    EmbeddedDocument original,
    EmbeddedDocument translation,
    ModelInfo model,
    List<String> warnings) {

  /**
   * Creates an embedded pair.
   *
   * @param original the original's sentences
   * @param translation the translation's sentences
   * @param model the model
   * @param warnings the warnings
   */
  public EmbeddedPair {
    warnings = List.copyOf(warnings);
  }
}
