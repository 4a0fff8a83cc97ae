package dev.drift.shift;

import dev.drift.embed.TokenVectors;
import dev.drift.embed.VectorMath;
import java.util.List;

/**
 * Contextual vectors of a side's words: the mean of the model tokens that fall inside each word (a
 * word may be several word pieces). Words the model saw no token for have no vector.
 */
final class WordVectors {
  private final float[][] vectors;

  WordVectors(PairSide side) {
    List<Word> words = side.words();
    vectors = new float[words.size()][];
    TokenVectors tokens = side.tokens();
    if (tokens == null) {
      return;
    }
    int dim = tokens.dimension();
    int t = 0;
    for (Word w : words) {
      float[] sum = null;
      while (t < tokens.size() && tokens.ends()[t] <= w.start()) {
        t++;
      }
      for (int k = t; k < tokens.size() && tokens.starts()[k] < w.end(); k++) {
        if (tokens.ends()[k] <= tokens.starts()[k]) {
          continue;
        }
        if (sum == null) {
          sum = new float[dim];
        }
        tokens.addTo(k, sum);
      }
      vectors[w.index()] = sum == null ? null : VectorMath.normalize(sum);
    }
  }

  float[] of(int word) {
    return vectors[word];
  }

  /** Cosine of two words' vectors, or NaN when either has none. */
  static double cosine(WordVectors a, int i, WordVectors b, int j) {
    float[] x = a.of(i);
    float[] y = b.of(j);
    return x == null || y == null ? Double.NaN : VectorMath.dot(x, y);
  }
}
