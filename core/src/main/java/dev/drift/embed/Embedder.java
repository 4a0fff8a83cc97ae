package dev.drift.embed;

import java.util.List;

/**
 * Turns texts into sentence vectors. Implementations batch internally, so callers should pass all
 * the texts they have at once. Implementations are thread-safe.
 */
public interface Embedder extends AutoCloseable {

  /**
   * Describes the model.
   *
   * @return the model's name, hash and dimensions
   */
  ModelInfo info();

  /**
   * Embeds texts.
   *
   * @param texts the texts; empty strings are allowed
   * @return one embedding per text, in the same order
   */
  List<Embedding> embed(List<String> texts);

  /** Releases the model. */
  @Override
  void close();
}
