package dev.drift.shift;

import dev.drift.embed.Embedder;
import dev.drift.embed.Embedding;
import dev.drift.embed.ModelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic stand-in for the model: each character trigram of the lower-cased text (padded
 * with spaces) adds one to a hashed dimension, and the vector is normalised to unit length. Texts
 * spelled alike are close, texts with no trigram in common are orthogonal. No token vectors.
 */
final class TrigramEmbedder implements Embedder {
  static final int DIMENSION = 1024;

  final List<String> seen = new ArrayList<>();
  int calls;

  @Override
  public ModelInfo info() {
    return new ModelInfo("trigrams", "0".repeat(64), DIMENSION, 512);
  }

  @Override
  public synchronized List<Embedding> embed(List<String> texts) {
    calls++;
    seen.addAll(texts);
    List<Embedding> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(new Embedding(vector(text), text.length() + 2, null));
    }
    return out;
  }

  static float[] vector(String text) {
    float[] v = new float[DIMENSION];
    String s = " " + text.toLowerCase(Locale.ROOT) + " ";
    for (int i = 0; i + 3 <= s.length(); i++) {
      v[Math.floorMod(s.substring(i, i + 3).hashCode(), DIMENSION)] += 1;
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      for (int k = 0; k < v.length; k++) {
        v[k] /= (float) Math.sqrt(norm);
      }
    }
    return v;
  }

  @Override
  public void close() {}
}
