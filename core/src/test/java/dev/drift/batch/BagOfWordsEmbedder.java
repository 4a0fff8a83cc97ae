package dev.drift.batch;

import dev.drift.embed.Embedder;
import dev.drift.embed.Embedding;
import dev.drift.embed.ModelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic stand-in for the model: each lower-cased word adds one to a hashed dimension, and
 * the vector is normalised. Identical sentences have cosine 1, sentences without a shared word
 * about 0. Counts how often it is called and whether it was closed.
 */
public final class BagOfWordsEmbedder implements Embedder {
  static final int DIMENSION = 512;

  int calls;
  boolean closed;

  @Override
  public ModelInfo info() {
    return new ModelInfo("bag-of-words", "0".repeat(64), DIMENSION, 512);
  }

  @Override
  public synchronized List<Embedding> embed(List<String> texts) {
    calls++;
    List<Embedding> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(of(text, DIMENSION));
    }
    return out;
  }

  /**
   * A text's bag-of-words vector: each word hashed into one of {@code dimension} cells, the vector
   * normalised to unit length; token count as a tokenizer with two special tokens would give.
   *
   * @param text the text
   * @param dimension the vector's length
   * @return its embedding, without token vectors
   */
  public static Embedding of(String text, int dimension) {
    float[] v = new float[dimension];
    int tokens = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        v[Math.floorMod(word.hashCode(), dimension)] += 1;
        tokens++;
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    for (int k = 0; norm > 0 && k < v.length; k++) {
      v[k] /= (float) Math.sqrt(norm);
    }
    return new Embedding(v, tokens + 2, null);
  }

  @Override
  public void close() {
    closed = true;
  }
}
