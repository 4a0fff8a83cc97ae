package dev.drift.align;

import dev.drift.embed.EmbeddedDocument;
import dev.drift.embed.EmbeddedPair;
import dev.drift.embed.Embedder;
import dev.drift.embed.VectorMath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeds joined sentences exactly, for the few m:n beads the aligner proposes. Tests give their
 * own.
 */
@FunctionalInterface
interface JoinedEmbedder {

  /**
   * Joins sentences by single spaces and embeds the joined text with the model, each distinct group
   * once per alignment; groups announced through {@link #prepare} are embedded in one batch.
   *
   * @param model the model
   * @param pair the embedded documents, whose texts are joined
   * @return the embedder; not thread-safe (one per alignment)
   */
  static JoinedEmbedder of(Embedder model, EmbeddedPair pair) {
    Map<String, float[]> memo = new HashMap<>();
    return new JoinedEmbedder() {
      @Override
      public double similarity(int[] original, int[] translation) {
        float[] x =
            memo.computeIfAbsent(
                key(true, original),
                k -> embed(model, List.of(text(pair.original(), original)))[0]);
        float[] y =
            memo.computeIfAbsent(
                key(false, translation),
                k -> embed(model, List.of(text(pair.translation(), translation)))[0]);
        return VectorMath.cosine(x, y);
      }

      @Override
      public void prepare(List<int[]> originals, List<int[]> translations) {
        Map<String, String> pending = new LinkedHashMap<>();
        for (int[] group : originals) {
          String k = key(true, group);
          if (!memo.containsKey(k)) {
            pending.computeIfAbsent(k, g -> text(pair.original(), group));
          }
        }
        for (int[] group : translations) {
          String k = key(false, group);
          if (!memo.containsKey(k)) {
            pending.computeIfAbsent(k, g -> text(pair.translation(), group));
          }
        }
        List<String> keys = new ArrayList<>(pending.keySet());
        List<String> texts = new ArrayList<>(pending.values());
        if (texts.isEmpty()) {
          return;
        }
        float[][] vectors = embed(model, texts);
        for (int i = 0; i < keys.size(); i++) {
          memo.put(keys.get(i), vectors[i]);
        }
      }
    };
  }

  private static String key(boolean original, int[] indices) {
    return (original ? "o" : "t") + Arrays.toString(indices);
  }

  private static String text(EmbeddedDocument side, int[] indices) {
    StringBuilder text = new StringBuilder();
    for (int i : indices) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(side.texts().get(i));
    }
    return text.toString();
  }

  private static float[][] embed(Embedder model, List<String> texts) {
    return model.embed(texts).stream().map(e -> e.vector()).toArray(float[][]::new);
  }

  /**
   * Cosine similarity between the joined original sentences and the joined translation sentences.
   *
   * @param original original sentence indices, ascending
   * @param translation translation sentence indices, ascending
   * @return cosine similarity of the two joined texts' vectors
   */
  double similarity(int[] original, int[] translation);

  /**
   * Announces the groups {@link #similarity} will be asked about, so that they are embedded in one
   * batch. Does nothing by default.
   *
   * @param originals groups of original sentence indices, ascending
   * @param translations groups of translation sentence indices, ascending
   */
  default void prepare(List<int[]> originals, List<int[]> translations) {}
}
