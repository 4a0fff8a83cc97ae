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
 */
public record Rendering(String translator, List<String> sentences, Map<String, String> words) {

  /**
   * Creates a rendering.
   *
   * @param translator the translator's name
   * @param sentences the sentences' renderings
   * @param words the words' renderings
   */
  public Rendering {
    sentences = List.copyOf(sentences);
    words = Map.copyOf(words);
  }
}
