package dev.drift.bench;

import dev.drift.align.Aligner;
import dev.drift.embed.EmbeddedDocument;
import dev.drift.embed.EmbeddedPair;
import dev.drift.embed.Embedder;
import dev.drift.embed.Embedding;
import dev.drift.embed.ModelInfo;
import dev.drift.embed.VectorMath;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic sentence vectors as the align stage takes them, for benchmarks that measure the aligner
 * alone. Sentence {@code i} of the original is the text {@code a<i>}, of the translation {@code
 * b<i>}; the model embeds a joined text ({@code "a3 a4"}) as the token-weighted mean of its
 * sentences' vectors, as the aligner's own approximation does. Word overlap is off (the texts share
 * no words anyway). Immutable.
 *
 * @param pair the embedded pair
 * @param model the model for joined sentences
 * @param options aligner settings: the defaults without word overlap
 */
record SyntheticPair(EmbeddedPair pair, Embedder model, Aligner.Options options) {

  /**
   * Wraps two documents' vectors.
   *
   * @param a the original's unit vectors
   * @param b the translation's unit vectors
   * @param tokens the token count of every sentence
   * @return the pair
   */
  static SyntheticPair of(float[][] a, float[][] b, int tokens) {
    EmbeddedDocument original = document("a", a, tokens);
    EmbeddedDocument translation = document("b", b, tokens);
    Aligner.Options d = Aligner.Options.defaults();
    Aligner.Options noWords =
        new Aligner.Options(
            d.matchThreshold(),
            d.anchorThreshold(),
            d.anchorMargin(),
            d.moveThreshold(),
            d.maxMerge(),
            d.mergePenalty(),
            d.memberThreshold(),
            d.mergeGain(),
            0,
            d.neighbours(),
            d.corridor(),
            d.attachMargin());
    return new SyntheticPair(
        new EmbeddedPair(original, translation, MODEL, List.of()), new MeanModel(a, b), noWords);
  }

  /**
   * The aligner for this pair.
   *
   * @return an aligner over the pair's model
   */
  Aligner aligner() {
    return Aligner.create(options, model);
  }

  private static final ModelInfo MODEL = new ModelInfo("synthetic", "none", 384, 512);

  private static EmbeddedDocument document(String prefix, float[][] vectors, int tokens) {
    List<String> texts = new ArrayList<>(vectors.length);
    List<Embedding> embeddings = new ArrayList<>(vectors.length);
    for (int i = 0; i < vectors.length; i++) {
      texts.add(prefix + i);
      embeddings.add(new Embedding(vectors[i], tokens, null));
    }
    return new EmbeddedDocument(texts, embeddings);
  }

  /** Embeds joined texts such as {@code "a3 a4"} as the mean of their sentences' vectors. */
  private record MeanModel(float[][] a, float[][] b) implements Embedder {
    @Override
    public ModelInfo info() {
      return MODEL;
    }

    @Override
    public List<Embedding> embed(List<String> texts) {
      List<Embedding> out = new ArrayList<>(texts.size());
      for (String text : texts) {
        float[] sum = null;
        for (String word : text.split(" ")) {
          float[] v = (word.charAt(0) == 'a' ? a : b)[Integer.parseInt(word.substring(1))];
          if (sum == null) {
            sum = new float[v.length];
          }
          for (int d = 0; d < v.length; d++) {
            sum[d] += v[d];
          }
        }
        out.add(new Embedding(VectorMath.normalize(sum), 0, null));
      }
      return out;
    }

    @Override
    public void close() {}
  }
}
