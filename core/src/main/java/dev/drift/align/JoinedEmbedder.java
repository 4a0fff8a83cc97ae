package dev.drift.align;

import dev.drift.embed.EmbeddedDocument;
import dev.drift.embed.EmbeddedPair;
import dev.drift.embed.Embedder;
import dev.drift.embed.VectorMath;
import java.util.Arrays;
import java.util.HashMap;
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
   * once per alignment.
   *
   * @param model the model
   * @param pair the embedded documents, whose texts are joined
   * @return the embedder; not thread-safe (one per alignment)
   */
  static JoinedEmbedder of(Embedder model, EmbeddedPair pair) {
    Map<String, float[]> memo = new HashMap<>();
    return (original, translation) -> {
      float[] x =
          memo.computeIfAbsent(
              "o" + Arrays.toString(original), k -> vector(model, pair.original(), original));
      float[] y =
          memo.computeIfAbsent(
              "t" + Arrays.toString(translation),
              k -> vector(model, pair.translation(), translation));
      return VectorMath.cosine(x, y);
    };
  }

  private static float[] vector(Embedder model, EmbeddedDocument side, int[] indices) {
    StringBuilder text = new StringBuilder();
    for (int i : indices) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(side.texts().get(i));
    }
    return model.embed(List.of(text.toString())).get(0).vector();
  }

  /**
   * Cosine similarity between the joined original sentences and the joined translation sentences.
   *
   * @param original original sentence indices, ascending
   * @param translation translation sentence indices, ascending
   * @return cosine similarity of the two joined texts' vectors
   */
  double similarity(int[] original, int[] translation);
}
