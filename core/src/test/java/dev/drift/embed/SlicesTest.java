package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlicesTest {

  @Test
  void embed_should_call_the_model_with_bounded_slices_by_length_and_keep_the_callers_order() {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < 3 * Slices.TEXTS + 17; k++) {
      texts.add("t" + k + " " + "x".repeat(random.nextInt(200)));
    }
    List<List<String>> calls = new ArrayList<>();
    List<Embedding> out =
        Slices.embed(
            texts,
            part -> {
              calls.add(part);
              return part.stream()
                  .map(t -> new Embedding(new float[] {t.length()}, t.length(), null))
                  .toList();
            });
    assertThat(calls).hasSize(4);
    int longestSoFar = 0;
    for (List<String> part : calls) {
      assertThat(part).hasSizeLessThanOrEqualTo(Slices.TEXTS);
      assertThat(part.get(0).length()).isGreaterThanOrEqualTo(longestSoFar);
      longestSoFar = part.get(part.size() - 1).length();
    }
    assertThat(out).hasSize(texts.size());
    for (int k = 0; k < texts.size(); k++) {
      assertThat(out.get(k).tokenCount()).isEqualTo(texts.get(k).length());
    }
  }

  @Test
  void embed_should_make_one_call_for_few_texts() {
    List<List<String>> calls = new ArrayList<>();
    Slices.embed(
        List.of("b", "a"),
        part -> {
          calls.add(part);
          return part.stream().map(t -> new Embedding(new float[] {1}, 1, null)).toList();
        });
    assertThat(calls).containsExactly(List.of("b", "a"));
  }
}
