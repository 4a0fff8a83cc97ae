package dev.drift.shift;

import static dev.drift.shift.Sides.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenMatchShiftDetectorTest {
  private final TokenMatchShiftDetector detector = TokenMatchShiftDetector.create();

  /** English and French words that mean the same share a direction. */
  private static TokenFixture dictionary() {
    return new TokenFixture(16)
        .word("cat", 0)
        .word("chat", 0)
        .word("sleeps", 1)
        .word("dort", 1)
        .word("mat", 2)
        .word("tapis", 2)
        .word("black", 3)
        .word("noir", 3)
        .word("today", 4)
        .word("aujourd'hui", 4);
  }

  private static AlignedPair pair(TokenFixture tokens, String english, String french) {
    return new AlignedPair(
        Sides.side(english, "en", tokens.of(english, "en"), List.of()),
        Sides.side(french, "fr", tokens.of(french, "fr"), List.of()),
        0.8,
        false);
  }

  private List<Finding> detect(AlignedPair pair) {
    List<Finding> findings = new ArrayList<>();
    detector.detect(pair, findings);
    return findings;
  }

  @Test
  void token_match_should_find_nothing_when_every_word_has_a_match() {
    AlignedPair pair =
        pair(dictionary(), "The cat sleeps on the mat.", "Le chat dort sur le tapis.");

    assertThat(detect(pair)).isEmpty();
  }

  @Test
  void token_match_should_pair_unmatched_words_in_the_same_place_into_a_substitution() {
    AlignedPair pair =
        pair(dictionary(), "The cat sleeps on the mat.", "Le chien dort sur le tapis.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo("cat → chien");
              assertThat(f.kinds).containsExactly(ShiftKind.SUBSTITUTION);
              assertThat(f.score).isCloseTo(1.0, within(1e-9));
            });
  }

  @Test
  void token_match_should_make_an_unpaired_word_an_omission() {
    AlignedPair pair =
        pair(dictionary(), "The black cat sleeps on the mat.", "Le chat dort sur le tapis.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo("black → ");
              assertThat(f.kinds).containsExactly(ShiftKind.OMISSION);
              assertThat(f.score).isCloseTo(1.0, within(1e-9));
            });
  }

  @Test
  void token_match_should_make_an_unpaired_word_an_addition() {
    AlignedPair pair =
        pair(dictionary(), "The cat sleeps on the mat.", "Le chat dort sur le tapis aujourd'hui.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo(" → aujourd'hui");
              assertThat(f.kinds).containsExactly(ShiftKind.ADDITION);
            });
  }

  @Test
  void token_match_should_merge_neighbouring_unmatched_words_across_function_words() {
    AlignedPair pair =
        pair(
            dictionary(),
            "The cat sleeps on the mat of the old house.",
            "Le chat dort sur le tapis.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo("old house → ");
              assertThat(f.kinds).containsExactly(ShiftKind.OMISSION);
            });
  }

  @Test
  void token_match_should_not_pair_spans_far_apart() {
    AlignedPair pair =
        pair(
            dictionary(),
            "Yesterday the cat sleeps on the black mat today.",
            "Le chat noir dort sur le tapis aujourd'hui, hélas.");

    List<Finding> findings = detect(pair);

    assertThat(findings).extracting(f -> show(pair, f)).containsExactly("Yesterday → ", " → hélas");
    assertThat(findings.get(0).kinds).containsExactly(ShiftKind.OMISSION);
    assertThat(findings.get(1).kinds).containsExactly(ShiftKind.ADDITION);
  }

  @Test
  void token_match_should_score_by_the_best_similarity_found() {
    float c = 0.4f;
    float[] cat = new float[12];
    float[] chat = new float[12];
    cat[10] = 1;
    chat[10] = c;
    chat[11] = (float) Math.sqrt(1 - c * c);
    // cat and chat are under TokenMatchShiftDetector.MATCH of each other: a substitution whose
    // impact is one minus their cosine.
    TokenFixture tokens = dictionary().word("cat", cat).word("chat", chat);
    AlignedPair pair = pair(tokens, "The cat sleeps on the mat.", "Le chat dort sur le tapis.");

    List<Finding> findings = detect(pair);

    assertThat(c).isLessThan((float) TokenMatchShiftDetector.MATCH);
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo("cat → chat");
              assertThat(f.score).isCloseTo(1 - c, within(1e-6));
            });
  }

  @Test
  void token_match_should_match_words_spelled_the_same_without_vectors() {
    AlignedPair pair =
        new AlignedPair(
            Sides.side("Lavrov met 19 envoys.", "en"),
            Sides.side("Lavrov a rencontré 19 émissaires.", "fr"),
            0.8,
            false);

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .extracting(f -> show(pair, f))
        .containsExactly("met → rencontré", "envoys → émissaires");
  }

  @Test
  void token_match_should_leave_same_language_pairs_alone() {
    AlignedPair pair =
        new AlignedPair(
            Sides.side("The cat sleeps.", "en"), Sides.side("The dog barks.", "en"), 0.5, true);

    assertThat(detect(pair)).isEmpty();
  }
}
