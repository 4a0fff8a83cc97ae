package dev.drift.translate;

import java.util.List;
import java.util.Map;

/**
 * Where renderings are kept between runs, so that a rerun never calls the translator again for a
 * sentence it has rendered before. Implemented by the persistent cache. Thread-safe.
 */
public interface RenderingStore {

  /**
   * The stored renderings of texts.
   *
   * @param translator the translator's identity (its program, mode and data) with the language pair
   * @param texts the texts
   * @return the renderings found, by position in {@code texts}
   */
  Map<Integer, String> renderings(String translator, List<String> texts);

  /**
   * Stores renderings.
   *
   * @param translator the translator's identity with the language pair
   * @param texts the texts
   * @param renderings their renderings, in the same order
   */
  void putRenderings(String translator, List<String> texts, List<String> renderings);
}
