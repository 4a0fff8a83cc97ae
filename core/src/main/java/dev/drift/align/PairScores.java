package dev.drift.align;

import dev.drift.embed.VectorMath;
import java.util.Arrays;

/**
 * Cosine and score of the candidate pairs, and joined-sentence scores. Each original sentence has a
 * window of translation sentences it may pair with ({@link Windows}): the whole document when it is
 * small, a band around a coarse alignment when it is long, so memory and time grow with n times the
 * band, not n times m. Pairs outside the window score {@link #OUTSIDE}.
 */
final class PairScores {
  static final float OUTSIDE = -2f;
  final double lexicalWeight;
  final SentenceVectors a;
  final SentenceVectors b;
  final LexicalOverlap lexical;
  final JoinedEmbedder joined;
  final int n;
  final int m;
  final int[] lo;
  final int[] hi;
  final int[] offset;

  /** For each translation sentence, the original sentences whose window holds it. */
  final int[] rowLo;

  final int[] rowHi;
  final float[] cos;
  final float[] score;

  PairScores(
      SentenceVectors a,
      SentenceVectors b,
      LexicalOverlap lexical,
      JoinedEmbedder joined,
      double lexicalWeight) {
    this.lexicalWeight = lexicalWeight;
    this.a = a;
    this.b = b;
    this.lexical = lexicalWeight > 0 ? lexical : null;
    this.joined = joined;
    this.n = a.size();
    this.m = b.size();
    Windows windows = Windows.of(a, b);
    this.lo = windows.lo();
    this.hi = windows.hi();
    this.offset = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offset[i + 1] = offset[i] + hi[i] - lo[i];
    }
    this.cos = new float[offset[n]];
    this.score = this.lexical == null ? cos : new float[offset[n]];
    for (int i = 0; i < n; i++) {
      float[] ai = a.vector(i);
      for (int j = lo[i]; j < hi[i]; j++) {
        int c = offset[i] + j - lo[i];
        cos[c] = VectorMath.dot(ai, b.vector(j));
        if (this.lexical != null) {
          score[c] = (float) (cos[c] + lexicalWeight * this.lexical.dice(i, j));
        }
      }
    }
    this.rowLo = new int[m];
    this.rowHi = new int[m];
    Arrays.fill(rowLo, n);
    for (int i = 0; i < n; i++) {
      for (int j = lo[i]; j < hi[i]; j++) {
        rowLo[j] = Math.min(rowLo[j], i);
        rowHi[j] = Math.max(rowHi[j], i + 1);
      }
    }
  }

  float score(int i, int j) {
    return j < lo[i] || j >= hi[i] ? OUTSIDE : score[offset[i] + j - lo[i]];
  }

  Bead single(int i, int j) {
    float c = j < lo[i] || j >= hi[i] ? OUTSIDE : cos[offset[i] + j - lo[i]];
    return new Bead(new int[] {i}, new int[] {j}, c, false);
  }

  /** Approximate score of joined sentences {@code as[aFrom..aTo)} and {@code bs[bFrom..bTo)}. */
  double approx(int[] as, int aFrom, int aTo, int[] bs, int bFrom, int bTo) {
    if (aTo - aFrom == 1 && bTo - bFrom == 1) {
      return score(as[aFrom], bs[bFrom]);
    }
    double c =
        VectorMath.cosine(
            a.joinedApproximation(as, aFrom, aTo), b.joinedApproximation(bs, bFrom, bTo));
    return c + lexicalPart(Arrays.copyOfRange(as, aFrom, aTo), Arrays.copyOfRange(bs, bFrom, bTo));
  }

  double lexicalPart(int[] as, int[] bs) {
    return lexical == null ? 0 : lexicalWeight * lexical.dice(as, bs);
  }
}
