package dev.drift.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drift.embed.VectorMath;
import org.junit.jupiter.api.Test;

/**
 * Vectors a model gives without normalisation ({@code --no-normalize}) still align by their cosine:
 * the aligner takes dot products for cosines, so {@link SentenceVectors} scales them to unit
 * length, on copies.
 */
class SentenceVectorsTest {

  @Test
  void sentence_vectors_should_scale_vectors_to_unit_length_on_copies() {
    float[] raw = {3, 4};
    float[] unit = {0, 1};
    float[][] given = {raw, unit};
    SentenceVectors vectors = new SentenceVectors(given, new int[] {5, 5});

    assertThat(vectors.vector(0)).containsExactly(0.6f, 0.8f);
    assertThat(vectors.vector(1)).isSameAs(unit);
    assertThat(raw).as("the caller's vector").containsExactly(3f, 4f);
    assertThat(given[0]).as("the caller's array").isSameAs(raw);
  }

  @Test
  void aligner_should_report_cosines_for_vectors_that_are_not_unit_length() {
    // The same directions, once at unit length and once scaled up as mean pooling leaves them.
    float[][] a = {{1, 0, 0}, {0, 1, 0}, {0.6f, 0, 0.8f}};
    float[][] b = {{0.96f, 0.28f, 0}, {0, 0.8f, 0.6f}, {0.6f, 0, 0.8f}};
    Aligner aligner = Aligner.create(Aligner.Options.defaults());
    Alignment unit =
        aligner.align(
            new SentenceVectors(a, new int[] {5, 5, 5}),
            new SentenceVectors(b, new int[] {5, 5, 5}),
            null,
            (x, y) -> 0,
            false);
    Alignment scaled =
        aligner.align(
            new SentenceVectors(scale(a, 4), new int[] {5, 5, 5}),
            new SentenceVectors(scale(b, 17), new int[] {5, 5, 5}),
            null,
            (x, y) -> 0,
            false);

    assertThat(scaled.beads()).hasSameSizeAs(unit.beads()).hasSize(3);
    for (int k = 0; k < unit.beads().size(); k++) {
      Bead u = unit.beads().get(k);
      Bead s = scaled.beads().get(k);
      assertThat(s.original()).isEqualTo(u.original());
      assertThat(s.translation()).isEqualTo(u.translation());
      assertThat(s.similarity())
          .as("similarity of bead %d", k)
          .isCloseTo(VectorMath.cosine(a[u.original()[0]], b[u.translation()[0]]), within(1e-5));
    }
  }

  private static float[][] scale(float[][] vectors, float factor) {
    float[][] out = new float[vectors.length][];
    for (int i = 0; i < vectors.length; i++) {
      out[i] = vectors[i].clone();
      for (int d = 0; d < out[i].length; d++) {
        out[i][d] *= factor;
      }
    }
    return out;
  }
}
