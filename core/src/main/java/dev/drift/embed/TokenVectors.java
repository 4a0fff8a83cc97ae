package dev.drift.embed;

import java.util.List;

/**
 * The contextual vectors of a text's tokens (special tokens excluded), with each token's span in
 * the embedded text.
 *
 * @param dimension length of each vector
 * @param data the vectors one after another: token {@code i} is {@code data[i*dimension ..
 *     (i+1)*dimension)}
 * @param starts UTF-16 start offset of each token in the embedded text
 * @param ends UTF-16 end offset (exclusive) of each token in the embedded text
 */
public record TokenVectors(int dimension, float[] data, int[] starts, int[] ends) {

  /**
   * Returns the number of tokens.
   *
   * @return how many token vectors there are
   */
  public int size() {
    return starts.length;
  }

  /**
   * Cosine similarity of token {@code i} here and token {@code j} of {@code other}.
   *
   * @param i token index here
   * @param other the other text's token vectors
   * @param j token index there
   * @return cosine similarity in [-1, 1]
   */
  public float cosine(int i, TokenVectors other, int j) {
    return VectorMath.cosine(data, i * dimension, other.data, j * other.dimension, dimension);
  }

  /**
   * Joins the token vectors of several texts that were concatenated, shifting each text's spans by
   * where it starts in the joined text. A missing part ({@code null}) contributes no tokens.
   *
   * @param parts the token vectors of each text
   * @param offsets where each text starts in the joined text
   * @return the joined token vectors, or {@code null} when all parts are missing
   */
  public static TokenVectors concat(List<TokenVectors> parts, int[] offsets) {
    int dim = 0;
    int count = 0;
    for (TokenVectors t : parts) {
      if (t != null) {
        dim = t.dimension();
        count += t.size();
      }
    }
    if (dim == 0) {
      return null;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    float[] data = new float[count * dim];
    int[] starts = new int[count];
    int[] ends = new int[count];
    int k = 0;
    for (int p = 0; p < parts.size(); p++) {
      TokenVectors t = parts.get(p);
      if (t == null) {
        continue;
      }
      System.arraycopy(t.data(), 0, data, k * dim, t.size() * dim);
      for (int i = 0; i < t.size(); i++) {
        starts[k + i] = t.starts()[i] + offsets[p];
        ends[k + i] = t.ends()[i] + offsets[p];
      }
      k += t.size();
    }
    return new TokenVectors(dim, data, starts, ends);
  }
}
