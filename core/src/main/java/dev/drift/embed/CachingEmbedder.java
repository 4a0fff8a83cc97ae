package dev.drift.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An {@link Embedder} that answers from an {@link EmbeddingCache} and asks the model only for the
 * texts it has not seen. The model is loaded the first time a text is missing, so a run over
 * unchanged documents never loads it. Thread-safe.
 */
final class CachingEmbedder implements Embedder {
  private final EmbeddingCache cache;
  private final String modelKey;
  private final Supplier<Embedder> loader;
  private Embedder model;

  private CachingEmbedder(EmbeddingCache cache, String modelKey, Supplier<Embedder> loader) {
    this.cache = cache;
    this.modelKey = modelKey;
    this.loader = loader;
  }

  /**
   * Wraps a model.
   *
   * @param cache the cache
   * @param modelKey the model's identity: its hash and everything that changes its vectors
   * @param loader loads the model when it is first needed
   * @return the embedder; closing it closes the model if it was loaded (not the cache)
   */
  static CachingEmbedder create(EmbeddingCache cache, String modelKey, Supplier<Embedder> loader) {
    return new CachingEmbedder(cache, modelKey, loader);
  }

  /**
   * Whether the model had to be loaded.
   *
   * @return true once a text was missing from the cache
   */
  synchronized boolean modelLoaded() {
    return model != null;
  }

  private synchronized Embedder model() {
    if (model == null) {
      model = loader.get();
    }
    return model;
  }

  /**
   * Loads the model unless every one of the texts is in the cache.
   *
   * @param texts the texts
   */
  synchronized void prepare(List<String> texts) {
    if (model == null && !cache.containsAll(modelKey, texts)) {
      model();
    }
  }

  @Override
  public synchronized ModelInfo info() {
    return cache
        .modelInfo(modelKey)
        .orElseGet(
            () -> {
              ModelInfo info = model().info();
              cache.putModelInfo(modelKey, info);
              return info;
            });
  }

  @Override
  public synchronized List<Embedding> embed(List<String> texts) {
    Map<Integer, Embedding> found = cache.get(modelKey, texts);
    if (found.size() == texts.size()) {
      return assemble(texts, found, Map.of());
    }
    LinkedHashMap<String, Embedding> missing = new LinkedHashMap<>();
    for (int k = 0; k < texts.size(); k++) {
      if (!found.containsKey(k)) {
        missing.put(texts.get(k), null);
      }
    }
    List<String> toEmbed = new ArrayList<>(missing.keySet());
    List<Embedding> stored =
        Slices.embed(
            toEmbed,
            part -> {
              List<Embedding> fresh = model().embed(part);
              List<Embedding> coded = new ArrayList<>(fresh.size());
              for (Embedding e : fresh) {
                coded.add(
                    new Embedding(
                        Arrays.copyOf(e.vector(), e.vector().length),
                        e.tokenCount(),
                        TokenCodec.roundTrip(e.tokens())));
              }
              cache.put(modelKey, part, coded);
              return coded;
            });
    for (int k = 0; k < toEmbed.size(); k++) {
      missing.put(toEmbed.get(k), stored.get(k));
    }
    return assemble(texts, found, missing);
  }

  private static List<Embedding> assemble(
      List<String> texts, Map<Integer, Embedding> found, Map<String, Embedding> fresh) {
    List<Embedding> out = new ArrayList<>(texts.size());
    for (int k = 0; k < texts.size(); k++) {
      Embedding e = found.get(k);
      out.add(e != null ? e : fresh.get(texts.get(k)));
    }
    return out;
  }

  @Override
  public synchronized void close() {
    if (model != null) {
      model.close();
      model = null;
    }
  }
}
