package dev.drift.shift;

import dev.drift.embed.TokenVectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link TokenVectors} for a side without a model: one token per word or number (punctuation
 * has none), whose vector is the unit vector of the direction given to that word (by its normal
 * form), or of a direction of its own for words given none. Words given the same direction have
 * cosine 1, others 0; {@link #word(String, float...)} sets an exact vector.
 */
final class TokenFixture {
  private final int dimension;
  private final Map<String, float[]> vectors = new HashMap<>();
  private int nextFree;

  /**
   * @param named how many directions are reserved for {@link #word(String, int)}; further
   *     directions go to words without one
   */
  TokenFixture(int named) {
    this.dimension = named + 64;
    this.nextFree = named;
  }

  TokenFixture word(String word, int direction) {
    float[] v = new float[dimension];
    v[direction] = 1;
    vectors.put(Words.normalize(word), v);
    return this;
  }

  TokenFixture word(String word, float... vector) {
    vectors.put(Words.normalize(word), java.util.Arrays.copyOf(vector, dimension));
    return this;
  }

  TokenVectors of(String text, String language) {
    List<Word> words = Words.of(text, language);
    List<float[]> rows = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (Word w : words) {
      if (w.type() == Word.Type.PUNCT) {
        continue;
      }
      float[] v = vectors.get(w.norm());
      if (v == null) {
        v = new float[dimension];
        v[nextFree++] = 1;
        vectors.put(w.norm(), v);
      }
      rows.add(v);
      spans.add(new int[] {w.start(), w.end()});
    }
    float[] data = new float[rows.size() * dimension];
    int[] starts = new int[rows.size()];
    int[] ends = new int[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      System.arraycopy(rows.get(k), 0, data, k * dimension, dimension);
      starts[k] = spans.get(k)[0];
      ends[k] = spans.get(k)[1];
    }
    return new TokenVectors(dimension, data, starts, ends);
  }
}
