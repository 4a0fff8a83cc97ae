package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drift.embed.TokenVectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordVectorsTest {

  @Test
  void word_vectors_should_average_the_pieces_of_a_word() {
    String text = "unbelievable news";
    // Three pieces for "unbelievable" (un|believ|able), one for "news"; dimension 2.
    TokenVectors tokens =
        new TokenVectors(
            2,
            new float[] {1, 0, 1, 0, 0, 1, 0, 1},
            new int[] {0, 2, 8, 13},
            new int[] {2, 8, 12, 17});
    PairSide side = Sides.side(text, "en", tokens, List.of());

    WordVectors vectors = new WordVectors(side);

    float[] unbelievable = vectors.of(0);
    assertThat(unbelievable[0]).isCloseTo(2 / (float) Math.sqrt(5), within(1e-6f));
    assertThat(unbelievable[1]).isCloseTo(1 / (float) Math.sqrt(5), within(1e-6f));
    assertThat(vectors.of(1)).containsExactly(0, 1);
  }

  @Test
  void word_vectors_should_leave_words_without_tokens_empty() {
    String text = "hello , world";
    TokenVectors tokens = new TokenVectors(2, new float[] {1, 0}, new int[] {0}, new int[] {5});
    PairSide with = Sides.side(text, "en", tokens, List.of());
    PairSide without = Sides.side(text, "en");

    WordVectors a = new WordVectors(with);
    WordVectors b = new WordVectors(without);

    assertThat(a.of(0)).containsExactly(1, 0);
    assertThat(a.of(1)).isNull();
    assertThat(a.of(2)).isNull();
    assertThat(b.of(0)).isNull();
    assertThat(WordVectors.cosine(a, 0, a, 0)).isCloseTo(1.0, within(1e-6));
    assertThat(WordVectors.cosine(a, 0, b, 0)).isNaN();
  }

  @Test
  void word_vectors_should_skip_empty_tokens() {
    String text = "hi there";
    TokenVectors tokens =
        new TokenVectors(
            2, new float[] {0, 1, 9, 9, 1, 0}, new int[] {0, 1, 3}, new int[] {2, 1, 8});

    WordVectors vectors = new WordVectors(Sides.side(text, "en", tokens, List.of()));

    assertThat(vectors.of(0)).containsExactly(0, 1);
    assertThat(vectors.of(1)).containsExactly(1, 0);
  }

  @Test
  void word_vectors_of_coded_tokens_should_equal_those_of_their_floats() {
    String text = "unbelievable news today";
    int dim = 384;
    java.util.Random random = new java.util.Random(7);
    float[] data = new float[5 * dim];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian();
    }
    int[] starts = {0, 2, 8, 13, 18};
    int[] ends = {2, 8, 12, 17, 23};
    TokenVectors coded = new TokenVectors(dim, data, starts, ends).quantized();
    TokenVectors floats = new TokenVectors(dim, coded.data(), starts, ends);

    WordVectors a = new WordVectors(Sides.side(text, "en", coded, List.of()));
    WordVectors b = new WordVectors(Sides.side(text, "en", floats, List.of()));

    assertThat(coded.isCoded()).isTrue();
    for (int w = 0; w < 3; w++) {
      assertThat(a.of(w)).containsExactly(b.of(w));
      for (int x = 0; x < 3; x++) {
        assertThat(WordVectors.cosine(a, w, a, x)).isEqualTo(WordVectors.cosine(b, w, b, x));
      }
    }
  }
}
