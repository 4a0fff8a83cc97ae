package dev.drift.embed;

import java.util.List;

/**
 * One side of an embedded pair: the text of each sentence as it was embedded, and its embedding.
 * Immutable.
 *
 * @param texts the texts embedded, one per sentence
 * @param embeddings the embedding of each text, in the same order
 */
public record EmbeddedDocument(List<String> texts, List<Embedding> embeddings) {

  /**
   * Creates an embedded document.
   *
   * @param texts the texts
   * @param embeddings their embeddings
   * @throws IllegalArgumentException if the two lists differ in length
   */
  public EmbeddedDocument {
    texts = List.copyOf(texts);
    embeddings = List.copyOf(embeddings);
    if (texts.size() != embeddings.size()) {
      throw new IllegalArgumentException(
          texts.size() + " texts but " + embeddings.size() + " embeddings");
    }
  }

  /**
   * The number of sentences.
   *
   * @return how many texts there are
   */
  public int size() {
    return texts.size();
  }

  /**
   * The embedding of one sentence.
   *
   * @param index the sentence's position
   * @return its embedding
   */
  public Embedding embedding(int index) {
    return embeddings.get(index);
  }
}
