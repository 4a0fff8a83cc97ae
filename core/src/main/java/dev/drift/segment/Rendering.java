package dev.drift.segment;

import java.util.List;
import java.util.Map;

/**
 * A document's sentences rendered into another language by a translator. Immutable.
 *
 * @param translator the translator's name, such as {@code apertium spa-eng}
 * @param sentences one rendering per sentence of the document
 * @param words renderings of the document's capitalised words on their own (names, acronyms), by
 *     the word as written: they match names across languages ({@code Faraón} is {@code Pharaoh})
 * @param scale how the similarity of an original sentence and a rendering maps onto the scale of
 *     same-language paraphrase under the bundled model
 */
public record Rendering(
    String translator, List<String> sentences, Map<String, String> words, SimilarityScale scale) {

  /**
   * Creates a rendering.
   *
   * @param translator the translator's name
   * @param sentences the sentences' renderings
   * @param words the words' renderings
   * @param scale the similarity scale of the translator's renderings
   */
  public Rendering {
    sentences = List.copyOf(sentences);
    words = Map.copyOf(words);
    java.util.Objects.requireNonNull(scale, "scale");
  }

  /**
   * Creates a rendering by a translator whose scale nobody measured.
   *
   * @param translator the translator's name
   * @param sentences the sentences' renderings
   * @param words the words' renderings
   */
  public Rendering(String translator, List<String> sentences, Map<String, String> words) {
    this(translator, sentences, words, SimilarityScale.IDENTITY);
  }
}
