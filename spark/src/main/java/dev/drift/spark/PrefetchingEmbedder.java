package dev.drift.spark;

import dev.drift.embed.Embedder;
import dev.drift.embed.Embedding;
import dev.drift.embed.ModelInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedder over one model that serves the texts a task embedded ahead of time: a Spark task
 * embeds the distinct sentences of many rows in one call ({@link #prefetch}), then compares the
 * rows one by one, and each comparison finds its vectors here. Texts not prefetched (a translator's
 * rendering, say) go to the model. The prefetched vectors belong to the calling thread, which is
 * the task's: tasks sharing the executor's model never see each other's. Thread-safe.
 */
final class PrefetchingEmbedder implements Embedder {
  private final Embedder model;
  private final ThreadLocal<Map<String, Embedding>> prefetched =
      ThreadLocal.withInitial(HashMap::new);

  PrefetchingEmbedder(Embedder model) {
    this.model = model;
  }

  /**
   * Embeds texts in one call to the model and keeps their vectors for this thread's comparisons,
   * replacing what it kept before.
   *
   * @param texts distinct texts
   */
  void prefetch(List<String> texts) {
    Map<String, Embedding> kept = prefetched.get();
    kept.clear();
    if (texts.isEmpty()) {
      return;
    }
    List<Embedding> vectors = model.embed(texts);
    for (int k = 0; k < texts.size(); k++) {
      kept.put(texts.get(k), vectors.get(k));
    }
  }

  /** Forgets this thread's prefetched vectors. */
  void forget() {
    prefetched.remove();
  }

  @Override
  public ModelInfo info() {
    return model.info();
  }

  @Override
  public List<Embedding> embed(List<String> texts) {
    Map<String, Embedding> kept = prefetched.get();
    List<String> missing = new ArrayList<>();
    for (String text : texts) {
      if (!kept.containsKey(text)) {
        missing.add(text);
      }
    }
    Map<String, Embedding> fresh = new HashMap<>();
    if (!missing.isEmpty()) {
      List<Embedding> vectors = model.embed(missing);
      for (int k = 0; k < missing.size(); k++) {
        fresh.put(missing.get(k), vectors.get(k));
      }
    }
    List<Embedding> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      Embedding e = kept.get(text);
      out.add(e != null ? e : fresh.get(text));
    }
    return out;
  }

  /** Leaves the model open: the executor's holder owns it. */
  @Override
  public void close() {}
}
