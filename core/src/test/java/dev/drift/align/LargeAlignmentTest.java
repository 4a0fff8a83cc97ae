package dev.drift.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Long documents: the size limit checked before embedding, and alignment time on long inputs. */
class LargeAlignmentTest {

  @Test
  void alignment_limit_refuses_before_embedding_and_says_what_to_do() {
    // Long documents are aligned in a band: 30,000 a side need some 70 MB, not 7 GB.
    AlignmentLimit.check("en.md", 30_000, "fr.md", 30_000, 1_000_000_000L);
    assertThatThrownBy(
            () -> AlignmentLimit.check("en.md", 300_000, "fr.md", 300_000, 4_000_000_000L))
        .isInstanceOf(DriftInputException.class)
        .hasMessageStartingWith(
            "en.md and fr.md are too long to align together: 300,000 × 300,000 sentences need")
        .hasMessageEndingWith(
            "of scores, more than half of the 4.0 GB this JVM may use; split the documents"
                + " or give Java more memory (-Xmx)");
    assertThatThrownBy(() -> AlignmentLimit.check("a", 3_000_000, "b", 3_000_000, Long.MAX_VALUE))
        .hasMessageEndingWith("more than drift can hold; split the documents");
    AlignmentLimit.check("a", 10_000, "b", 10_000, 4_000_000_000L);
    AlignmentLimit.check("a", 0, "b", Integer.MAX_VALUE, 1);
  }

  @Test
  void alignment_time_on_synthetic_vectors_grows_with_the_product_of_the_sizes() {
    Aligner aligner = Aligner.create(Aligner.Options.defaults());
    List<String> timings = new ArrayList<>();
    for (int n : new int[] {500, 1000, 2000}) {
      SentenceVectors a = randomVectors(n, 1);
      SentenceVectors b = noisy(a, 2);
      long start = System.nanoTime();
      Alignment alignment = aligner.align(a, b, null, (x, y) -> 0);
      double seconds = (System.nanoTime() - start) / 1e9;
      timings.add(String.format(Locale.ROOT, "%d×%d: %.2f s", n, n, seconds));
      assertThat(alignment.beads()).isNotEmpty();
      assertThat(seconds).as("%d × %d sentences", n, n).isLessThan(60);
    }
    System.out.println("[LargeInputTest] alignment on synthetic vectors: " + timings);
  }

  /** A "translation": each vector moved by noise, so that pairs have a cosine of about 0.9. */
  private static SentenceVectors noisy(SentenceVectors a, long seed) {
    Random random = new Random(seed);
    float[][] v = new float[a.size()][];
    for (int i = 0; i < v.length; i++) {
      float[] x = a.vector(i).clone();
      double norm = 0;
      for (int d = 0; d < x.length; d++) {
        x[d] += (float) (0.025 * random.nextGaussian());
        norm += x[d] * x[d];
      }
      for (int d = 0; d < x.length; d++) {
        x[d] /= (float) Math.sqrt(norm);
      }
      v[i] = x;
    }
    return new SentenceVectors(v, a.weights().clone());
  }

  private static SentenceVectors randomVectors(int n, long seed) {
    Random random = new Random(seed);
    float[][] v = new float[n][384];
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      double norm = 0;
      for (int d = 0; d < 384; d++) {
        v[i][d] = (float) random.nextGaussian();
        norm += v[i][d] * v[i][d];
      }
      for (int d = 0; d < 384; d++) {
        v[i][d] /= (float) Math.sqrt(norm);
      }
      w[i] = 20;
    }
    return new SentenceVectors(v, w);
  }
}
