package dev.drift.embed;

/** Dense float-vector arithmetic for the similarity hot loops. */
public final class VectorMath {
  private VectorMath() {}

  /**
   * Dot product of two equal-length vectors.
   *
   * @param a first vector
   * @param b second vector
   * @return the dot product
   */
  public static float dot(float[] a, float[] b) {
    return dot(a, 0, b, 0, a.length);
  }

  /**
   * Dot product of two slices.
   *
   * @param a first array
   * @param aOffset where the first slice starts
   * @param b second array
   * @param bOffset where the second slice starts
   * @param length slice length
   * @return the dot product
   */
  public static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
    // Four independent accumulators let the JIT keep several FMA chains in flight.
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < length; i += 4) {
      s0 += a[aOffset + i] * b[bOffset + i];
      s1 += a[aOffset + i + 1] * b[bOffset + i + 1];
      s2 += a[aOffset + i + 2] * b[bOffset + i + 2];
      s3 += a[aOffset + i + 3] * b[bOffset + i + 3];
    }
    for (; i < length; i++) {
      s0 += a[aOffset + i] * b[bOffset + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /**
   * Cosine similarity of two slices.
   *
   * @param a first array
   * @param aOffset where the first slice starts
   * @param b second array
   * @param bOffset where the second slice starts
   * @param length slice length
   * @return cosine similarity, 0 when either slice is all zeros
   */
  public static float cosine(float[] a, int aOffset, float[] b, int bOffset, int length) {
    float ab = dot(a, aOffset, b, bOffset, length);
    float aa = dot(a, aOffset, a, aOffset, length);
    float bb = dot(b, bOffset, b, bOffset, length);
    if (aa == 0 || bb == 0) {
      return 0;
    }
    return (float) (ab / Math.sqrt((double) aa * bb));
  }

  /**
   * Cosine similarity of two vectors.
   *
   * @param a first vector
   * @param b second vector
   * @return cosine similarity, 0 when either is all zeros
   */
  public static float cosine(float[] a, float[] b) {
    return cosine(a, 0, b, 0, a.length);
  }

  /**
   * Scales a vector to unit length in place; an all-zero vector is left as it is.
   *
   * @param v the vector
   * @return {@code v}
   */
  public static float[] normalize(float[] v) {
    double norm = Math.sqrt(dot(v, v));
    if (norm > 0) {
      float inv = (float) (1 / norm);
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }
}
