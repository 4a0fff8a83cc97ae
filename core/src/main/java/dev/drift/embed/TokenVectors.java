package dev.drift.embed;

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
}
