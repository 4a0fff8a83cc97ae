package dev.drift.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.embed.VectorMath;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowsTest {

  private static float[][] random(int count, Random random) {
    float[][] v = new float[count][64];
    for (float[] x : v) {
      for (int d = 0; d < x.length; d++) {
        x[d] = (float) random.nextGaussian();
      }
      VectorMath.normalize(x);
    }
    return v;
  }

  @Test
  void path_should_follow_an_offset_beyond_the_full_size_through_the_banded_levels() {
    Random random = new Random(7);
    int n = 3 * Windows.FULL_BLOCKS;
    int added = 100;
    float[][] a = random(n, random);
    float[][] b = new float[n + added][];
    System.arraycopy(random(added, random), 0, b, 0, added);
    System.arraycopy(a, 0, b, added, n);

    int[][] path = Windows.path(a, b);

    // Row 0 also holds the added columns the path skips before it; every later row is diagonal.
    assertThat(path[0][0]).isZero();
    for (int r = 0; r < n; r++) {
      assertThat(path[1][r]).as("last column of row %d", r).isEqualTo(r + added);
      assertThat(path[0][r]).as("first column of row %d", r).isEqualTo(r == 0 ? 0 : r + added);
    }
  }

  @Test
  void path_should_match_the_full_programme_when_the_band_holds_it() {
    Random random = new Random(11);
    float[][] a = random(40, random);
    float[][] b = random(30, random);
    int[][] path = Windows.path(a, b);
    // Monotone and covering: first columns never go back, each row within the grid.
    for (int r = 1; r < a.length; r++) {
      assertThat(path[0][r]).isGreaterThanOrEqualTo(path[0][r - 1]);
      assertThat(path[1][r]).isLessThan(b.length);
    }
  }

  @Test
  void windows_should_cover_every_pair_up_to_150_a_side_and_a_band_beyond() {
    Random random = new Random(3);
    SentenceVectors small = new SentenceVectors(random(150, random), new int[150]);
    Windows all = Windows.of(small, small);
    assertThat(all.lo()).containsOnly(0);
    assertThat(all.hi()).containsOnly(150);

    SentenceVectors large = new SentenceVectors(random(2_000, random), new int[2_000]);
    Windows band = Windows.of(large, large);
    for (int i = 0; i < 2_000; i++) {
      assertThat(band.lo()[i]).isLessThanOrEqualTo(i);
      assertThat(band.hi()[i]).isGreaterThan(i);
      assertThat(band.hi()[i] - band.lo()[i])
          .isLessThanOrEqualTo((2 * Windows.MARGIN_BLOCKS + 3) * Windows.BLOCK);
    }
  }
}
