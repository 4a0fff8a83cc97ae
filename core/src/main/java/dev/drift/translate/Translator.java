package dev.drift.translate;

import dev.drift.segment.SimilarityScale;
import java.util.List;

/**
 * Renders sentences of one language into another: one call per document, every sentence at once,
 * one rendering per sentence. Implementations are thread-safe.
 */
public interface Translator {

  /**
   * How reports name the translator, such as {@code apertium spa-eng}.
   *
   * @return a short name
   */
  String name();

  /**
   * Everything that changes the renderings (the program, its mode and its data), for the cache.
   *
   * @return the identity
   */
  String identity();

  /**
   * Renders sentences.
   *
   * @param sentences the sentences, none holding a line break
   * @return one rendering per sentence, in order
   * @throws dev.drift.DriftException if the translator fails, hangs or answers with the wrong
   *     number of lines
   */
  List<String> render(List<String> sentences);

  /**
   * How its renderings' similarities map onto same-language paraphrase under the bundled model:
   * measured for Apertium, unknown (the identity) for a user's command.
   *
   * @return the scale
   */
  default SimilarityScale scale() {
    return SimilarityScale.IDENTITY;
  }
}
