package dev.drift.embed;

import java.util.List;

/**
 * The contextual vectors of a text's tokens (special tokens excluded), with each token's span in
 * the embedded text.
 *
 * <p>The vectors are held in one of two forms. As a model gives them, they are floats ({@link
 * #TokenVectors(int, float[], int[], int[])}). As drift keeps them for a run, they are coded the
 * way the embedding cache stores them ({@link #coded}): each vector as signed bytes with its own
 * scale, a quarter of the space, decoded on use to exactly the floats the cache's decoding gives
 * ({@code code * scale}). Every method gives the same result for a coded value as for the floats it
 * decodes to. Immutable once built (callers must not change the arrays they pass or get back), so
 * thread-safe.
 */
public final class TokenVectors {
  private final int dimension;
  private final float[] floats;
  private final byte[] codes;
  private final float[] scales;
  private final int[] starts;
  private final int[] ends;

  /**
   * Token vectors as floats.
   *
   * @param dimension length of each vector
   * @param data the vectors one after another: token {@code i} is {@code data[i*dimension ..
   *     (i+1)*dimension)}
   * @param starts UTF-16 start offset of each token in the embedded text
   * @param ends UTF-16 end offset (exclusive) of each token in the embedded text
   */
  public TokenVectors(int dimension, float[] data, int[] starts, int[] ends) {
    this(dimension, data, null, null, starts, ends);
  }

  private TokenVectors(
      int dimension, float[] floats, byte[] codes, float[] scales, int[] starts, int[] ends) {
    this.dimension = dimension;
    this.floats = floats;
    this.codes = codes;
    this.scales = scales;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Token vectors coded as signed bytes: value {@code d} of token {@code i} is {@code
   * codes[i*dimension + d] * scales[i]}.
   *
   * @param dimension length of each vector
   * @param codes the codes one vector after another
   * @param scales each token's scale
   * @param starts UTF-16 start offset of each token in the embedded text
   * @param ends UTF-16 end offset (exclusive) of each token in the embedded text
   * @return the token vectors
   */
  public static TokenVectors coded(
      int dimension, byte[] codes, float[] scales, int[] starts, int[] ends) {
    return new TokenVectors(dimension, null, codes, scales, starts, ends);
  }

  /**
   * These vectors coded as the embedding cache stores them: each vector's largest magnitude maps to
   * 127 and every value to the nearest multiple of that scale, as signed bytes. Coded vectors come
   * back as they are.
   *
   * @return the coded vectors, with the same spans
   */
  public TokenVectors quantized() {
    if (codes != null) {
      return this;
    }
    int n = size();
    float[] scales = new float[n];
    byte[] codes = new byte[n * dimension];
    for (int i = 0; i < n; i++) {
      int from = i * dimension;
      float max = 0;
      for (int d = 0; d < dimension; d++) {
        max = Math.max(max, Math.abs(floats[from + d]));
      }
      float scale = max == 0 ? 1 : max / 127f;
      scales[i] = scale;
      for (int d = 0; d < dimension; d++) {
        codes[from + d] = (byte) Math.round(floats[from + d] / scale);
      }
    }
    return coded(dimension, codes, scales, starts, ends);
  }

  /**
   * Returns the length of each vector.
   *
   * @return the dimension
   */
  public int dimension() {
    return dimension;
  }

  /**
   * Returns the UTF-16 start offset of each token in the embedded text.
   *
   * @return the starts (not to be changed)
   */
  public int[] starts() {
    return starts;
  }

  /**
   * Returns the UTF-16 end offset (exclusive) of each token in the embedded text.
   *
   * @return the ends (not to be changed)
   */
  public int[] ends() {
    return ends;
  }

  /**
   * Returns the number of tokens.
   *
   * @return how many token vectors there are
   */
  public int size() {
    return starts.length;
  }

  /**
   * Whether the vectors are held coded as bytes (as the cache stores them) rather than as floats.
   *
   * @return {@code true} when coded
   */
  public boolean isCoded() {
    return codes != null;
  }

  /** The codes, one vector after another, or {@code null} when held as floats. */
  byte[] codes() {
    return codes;
  }

  /** Each token's scale, or {@code null} when held as floats. */
  float[] scales() {
    return scales;
  }

  /**
   * All vectors as floats, one after another: token {@code i} is {@code data()[i*dimension ..
   * (i+1)*dimension)}. Coded vectors are decoded into a new array on each call.
   *
   * @return the vectors (not to be changed)
   */
  public float[] data() {
    if (floats != null) {
      return floats;
    }
    float[] data = new float[codes.length];
    for (int i = 0; i < size(); i++) {
      decode(i, data, i * dimension);
    }
    return data;
  }

  /**
   * The vector of one token as floats, in a new array.
   *
   * @param i token index
   * @return its vector
   */
  public float[] vector(int i) {
    float[] v = new float[dimension];
    decode(i, v, 0);
    return v;
  }

  /**
   * Adds the vector of token {@code i} to {@code sum}, value by value, as adding the floats of
   * {@link #vector} would.
   *
   * @param i token index
   * @param sum where to add it, of length {@link #dimension}
   */
  public void addTo(int i, float[] sum) {
    int from = i * dimension;
    if (floats != null) {
      for (int d = 0; d < dimension; d++) {
        sum[d] += floats[from + d];
      }
    } else {
      float scale = scales[i];
      for (int d = 0; d < dimension; d++) {
        sum[d] += codes[from + d] * scale;
      }
    }
  }

  private void decode(int i, float[] into, int at) {
    int from = i * dimension;
    if (floats != null) {
      System.arraycopy(floats, from, into, at, dimension);
    } else {
      float scale = scales[i];
      for (int d = 0; d < dimension; d++) {
        into[at + d] = codes[from + d] * scale;
      }
    }
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
    if (floats != null && other.floats != null) {
      return VectorMath.cosine(floats, i * dimension, other.floats, j * other.dimension, dimension);
    }
    return VectorMath.cosine(vector(i), 0, other.vector(j), 0, dimension);
  }

  /**
   * Joins the token vectors of several texts that were concatenated, shifting each text's spans by
   * where it starts in the joined text. A missing part ({@code null}) contributes no tokens. The
   * result is coded when every part is, and floats otherwise.
   *
   * @param parts the token vectors of each text
   * @param offsets where each text starts in the joined text
   * @return the joined token vectors, or {@code null} when all parts are missing
   */
  public static TokenVectors concat(List<TokenVectors> parts, int[] offsets) {
    int dim = 0;
    int count = 0;
    boolean coded = true;
    for (TokenVectors t : parts) {
      if (t != null) {
        dim = t.dimension();
        count += t.size();
        coded &= t.isCoded();
      }
    }
    if (dim == 0) {
      return null;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    float[] data = coded ? null : new float[count * dim];
    byte[] codes = coded ? new byte[count * dim] : null;
    float[] scales = coded ? new float[count] : null;
    int[] starts = new int[count];
    int[] ends = new int[count];
    int k = 0;
    for (int p = 0; p < parts.size(); p++) {
      TokenVectors t = parts.get(p);
      if (t == null) {
        continue;
      }
      if (coded) {
        System.arraycopy(t.codes, 0, codes, k * dim, t.size() * dim);
        System.arraycopy(t.scales, 0, scales, k, t.size());
      } else {
        for (int i = 0; i < t.size(); i++) {
          t.decode(i, data, (k + i) * dim);
        }
      }
      for (int i = 0; i < t.size(); i++) {
        starts[k + i] = t.starts()[i] + offsets[p];
        ends[k + i] = t.ends()[i] + offsets[p];
      }
      k += t.size();
    }
    return new TokenVectors(dim, data, codes, scales, starts, ends);
  }
}
