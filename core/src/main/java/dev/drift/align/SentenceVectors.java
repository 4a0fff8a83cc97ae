package dev.drift.align;

import dev.drift.embed.EmbeddedDocument;
import dev.drift.embed.Embedding;
import dev.drift.embed.VectorMath;

/**
 * The sentence vectors of one document, with the token count behind each, which weighs vectors when
 * the vector of joined sentences is approximated.
 *
 * @param vectors one vector per sentence; one that is not of unit length (a model run without
 *     normalisation) is replaced by a unit-length copy
 * @param weights token count of each sentence
 */
record SentenceVectors(float[][] vectors, int[] weights) {

  /**
   * The vectors of an embedded document.
   *
   * @param document the document
   * @return its sentence vectors with their token counts
   */
  static SentenceVectors of(EmbeddedDocument document) {
    float[][] v = new float[document.size()][];
    int[] w = new int[document.size()];
    for (int k = 0; k < v.length; k++) {
      Embedding e = document.embedding(k);
      v[k] = e.vector();
      w[k] = e.tokenCount();
    }
    return new SentenceVectors(v, w);
  }

  /**
   * Creates the vectors of a document, scaling to unit length (on a copy) any vector that is not,
   * as a model run without normalisation gives: the aligner takes dot products for cosines.
   *
   * @param vectors one vector per sentence
   * @param weights token count of each sentence
   */
  public SentenceVectors {
    float[][] unit = vectors;
    for (int i = 0; i < vectors.length; i++) {
      float[] v = vectors[i];
      if (Math.abs(VectorMath.dot(v, v) - 1) > 1e-3) {
        if (unit == vectors) {
          unit = vectors.clone();
        }
        unit[i] = VectorMath.normalize(v.clone());
      }
    }
    vectors = unit;
  }

  /**
   * Number of sentences.
   *
   * @return how many vectors there are
   */
  public int size() {
    return vectors.length;
  }

  /**
   * The vector of one sentence.
   *
   * @param i sentence index
   * @return its vector
   */
  public float[] vector(int i) {
    return vectors[i];
  }

  /**
   * Approximates the vector of the joined sentences {@code indices[from..to)}: the token-weighted
   * mean of their vectors, which is what mean pooling of the joined text would give if context did
   * not change the token vectors.
   *
   * @param indices sentence indices
   * @param from first position in {@code indices}
   * @param to end position (exclusive)
   * @return a unit-length vector
   */
  public float[] joinedApproximation(int[] indices, int from, int to) {
    if (to - from == 1) {
      return vectors[indices[from]];
    }
    float[] sum = new float[vectors[indices[from]].length];
    for (int k = from; k < to; k++) {
      float[] v = vectors[indices[k]];
      float w = Math.max(1, weights[indices[k]]);
      for (int d = 0; d < sum.length; d++) {
        sum[d] += w * v[d];
      }
    }
    return VectorMath.normalize(sum);
  }
}
