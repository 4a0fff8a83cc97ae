package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenVectorsTest {
  private static final int DIM = 384;

  /** Model-like token vectors as floats: n tokens of {@code dim} Gaussian values. */
  static TokenVectors floats(Random random, int n, int dim, int offset) {
    float[] data = new float[n * dim];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian() * (1 + i / dim % 3);
    }
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int t = 0; t < n; t++) {
      starts[t] = offset + t * 3;
      ends[t] = offset + t * 3 + 2;
    }
    return new TokenVectors(dim, data, starts, ends);
  }

  /** The floats the cache's decoding gave before vectors stayed coded: code * scale. */
  private static float[] decodedAsBefore(byte[] bytes) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int dim = b.getInt();
    int n = b.getInt();
    b.position(8 + n * 8);
    float[] scales = new float[n];
    for (int i = 0; i < n; i++) {
      scales[i] = b.getFloat();
    }
    float[] data = new float[n * dim];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < dim; d++) {
        data[i * dim + d] = b.get() * scales[i];
      }
    }
    return data;
  }

  private static TokenVectors asFloats(TokenVectors t) {
    return new TokenVectors(t.dimension(), t.data(), t.starts(), t.ends());
  }

  @Test
  void coded_vectors_should_decode_to_the_floats_the_cache_gave() {
    TokenVectors raw = floats(new Random(1), 7, DIM, 0);

    TokenVectors coded = TokenCodec.roundTrip(raw);

    assertThat(coded.isCoded()).isTrue();
    assertThat(coded.data()).containsExactly(decodedAsBefore(TokenCodec.encode(raw)));
    assertThat(TokenCodec.decode(TokenCodec.encode(raw)).data()).containsExactly(coded.data());
    assertThat(coded.starts()).containsExactly(raw.starts());
    assertThat(coded.ends()).containsExactly(raw.ends());
    for (int i = 0; i < coded.size(); i++) {
      assertThat(coded.vector(i))
          .containsExactly(Arrays.copyOfRange(coded.data(), i * DIM, (i + 1) * DIM));
    }
  }

  @Test
  void coding_should_be_stable_through_the_cache() {
    TokenVectors coded = TokenCodec.roundTrip(floats(new Random(2), 5, DIM, 0));

    byte[] bytes = TokenCodec.encode(coded);

    assertThat(bytes).containsExactly(TokenCodec.encode(asFloats(coded)));
    assertThat(TokenCodec.roundTrip(coded)).isSameAs(coded);
    TokenVectors back = TokenCodec.decode(bytes);
    assertThat(back.codes()).containsExactly(coded.codes());
    assertThat(back.scales()).containsExactly(coded.scales());
  }

  @Test
  void coded_vectors_should_give_the_cosines_and_sums_of_their_floats() {
    Random random = new Random(3);
    TokenVectors a = TokenCodec.roundTrip(floats(random, 6, DIM, 0));
    TokenVectors b = TokenCodec.roundTrip(floats(random, 4, DIM, 0));
    TokenVectors fa = asFloats(a);
    TokenVectors fb = asFloats(b);

    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        assertThat(a.cosine(i, b, j)).isEqualTo(fa.cosine(i, fb, j));
        assertThat(a.cosine(i, fb, j)).isEqualTo(fa.cosine(i, fb, j));
      }
    }
    float[] sum = new float[DIM];
    float[] floatSum = new float[DIM];
    for (int i = 0; i < a.size(); i++) {
      a.addTo(i, sum);
      fa.addTo(i, floatSum);
    }
    assertThat(sum).containsExactly(floatSum);
  }

  @Test
  void concat_should_keep_coded_parts_coded_and_join_the_same_values() {
    Random random = new Random(4);
    TokenVectors first = TokenCodec.roundTrip(floats(random, 3, DIM, 0));
    TokenVectors second = TokenCodec.roundTrip(floats(random, 2, DIM, 0));
    int[] offsets = {0, 10};

    TokenVectors joined =
        TokenVectors.concat(Arrays.asList(first, null, second), new int[] {0, 5, 10});
    TokenVectors joinedFloats =
        TokenVectors.concat(List.of(asFloats(first), asFloats(second)), offsets);

    assertThat(joined.isCoded()).isTrue();
    assertThat(joinedFloats.isCoded()).isFalse();
    assertThat(joined.data()).containsExactly(joinedFloats.data());
    assertThat(joined.starts()).containsExactly(0, 3, 6, 10, 13);
    assertThat(joined.ends()).containsExactly(joinedFloats.ends());
    TokenVectors mixed = TokenVectors.concat(List.of(first, asFloats(second)), offsets);
    assertThat(mixed.isCoded()).isFalse();
    assertThat(mixed.data()).containsExactly(joinedFloats.data());
  }

  /**
   * What a run keeps of a token: its 384 codes, a scale and a span, about 400 bytes, where floats
   * took 1,544. Measured as the bytes decoding from the cache allocates (all of which the result
   * keeps), so no clock or collector is involved.
   */
  @Test
  void a_decoded_token_should_take_about_a_quarter_of_its_floats() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int n = 2_000;
    byte[] bytes = TokenCodec.encode(floats(new Random(5), n, DIM, 0));
    TokenCodec.decode(bytes); // loads and compiles what decoding needs

    long allocated = Long.MAX_VALUE;
    TokenVectors kept = null;
    for (int r = 0; r < 3; r++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      kept = TokenCodec.decode(bytes);
      allocated = Math.min(allocated, threads.getCurrentThreadAllocatedBytes() - before);
    }

    assertThat(kept.size()).isEqualTo(n);
    double perToken = (double) allocated / n;
    assertThat(perToken).isBetween((double) DIM, DIM + 4 + 8 + 8.0);
    assertThat(perToken * 3.5).isLessThan(DIM * Float.BYTES + 8);
  }
}
