package dev.drift.shift;

import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpactScorerTest {

  /** The only finding of a pair's word diff, scored. */
  private static Finding scored(AlignedPair pair, Lexicon lexicon, Map<String, float[]> isolated) {
    List<Finding> findings = new ArrayList<>();
    WordDiffShiftDetector.create(lexicon).detect(pair, findings);
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    new ImpactScorer(lexicon, isolated)
        .score(pair, new WordVectors(pair.original()), new WordVectors(pair.translation()), f);
    return f;
  }

  private static Lexicon relating(Lexicon.Relation relation) {
    return (a, b) -> a.equals(b) ? Lexicon.Relation.SAME : relation;
  }

  @Test
  void impact_should_be_full_for_unrelated_words_without_vectors() {
    Finding f = scored(pair("The house burned.", "The car burned."), Lexicon.none(), Map.of());

    assertThat(f.score).isCloseTo(1.0, within(1e-9));
    assertThat(f.reason).isNull();
  }

  @Test
  void impact_should_follow_the_dictionary() {
    AlignedPair pair = pair("The house burned.", "The home burned.");

    assertThat(scored(pair, relating(Lexicon.Relation.SAME), Map.of()).score).isZero();
    // Synonyms and related words keep their score (how far the vectors say they are) but can be
    // no more than info; without a relation the change may be anything.
    Finding synonym = scored(pair, relating(Lexicon.Relation.SYNONYM), Map.of());
    assertThat(synonym.score).isCloseTo(1.0, within(1e-9));
    assertThat(synonym.ceiling).isEqualTo(Severity.INFO);
    Finding related = scored(pair, relating(Lexicon.Relation.RELATED), Map.of());
    assertThat(related.ceiling).isEqualTo(Severity.INFO);
    assertThat(scored(pair, relating(Lexicon.Relation.NONE), Map.of()).ceiling)
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void impact_should_make_an_antonym_an_error_with_a_reason() {
    Finding f =
        scored(
            pair("Prices increased sharply.", "Prices decreased sharply."),
            WordNetLexicon.english(),
            Map.of());

    assertThat(f.score).isCloseTo(1.0, within(1e-9));
    assertThat(f.floor).isEqualTo(Severity.ERROR);
    assertThat(f.reason).isEqualTo("antonym: increased → decreased");
  }

  @Test
  void impact_should_take_an_antonym_under_a_negation_for_the_same_statement() {
    Finding f =
        scored(
            pair("The key is invalid.", "The key is not valid."),
            WordNetLexicon.english(),
            Map.of());

    assertThat(f.reason).isNull();
    assertThat(f.floor).isNotEqualTo(Severity.ERROR);
    // Both under a negation, or neither: opposites still.
    assertThat(
            scored(
                    pair("Prices have not increased.", "Prices have not decreased."),
                    WordNetLexicon.english(),
                    Map.of())
                .reason)
        .isEqualTo("antonym: increased → decreased");
  }

  @Test
  void impact_should_use_isolated_vectors() {
    Map<String, float[]> isolated = new HashMap<>();
    isolated.put("house", new float[] {1, 0});
    isolated.put("home", new float[] {0.8f, 0.6f});

    Finding f = scored(pair("The house burned.", "The home burned."), Lexicon.none(), isolated);

    assertThat(f.score).isCloseTo(0.2, within(1e-6));
  }

  @Test
  void impact_should_count_a_word_that_moved_as_kept() {
    AlignedPair pair = pair("Russia and the West met.", "The West and Russia met.");
    List<Finding> findings = new ArrayList<>();
    WordDiffShiftDetector.create(Lexicon.none()).detect(pair, findings);
    ImpactScorer scorer = new ImpactScorer(Lexicon.none(), Map.of());

    for (Finding f : findings) {
      scorer.score(pair, new WordVectors(pair.original()), new WordVectors(pair.translation()), f);
    }

    assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.score).isZero());
  }

  @Test
  void impact_of_dropped_words_should_grow_with_their_number() {
    double one = scored(pair("The old man left.", "The man left."), Lexicon.none(), Map.of()).score;
    double two =
        scored(pair("The old tired man left.", "The man left."), Lexicon.none(), Map.of()).score;
    double four =
        scored(
                pair("The old tired sick lonely man left.", "The man left."),
                Lexicon.none(),
                Map.of())
            .score;

    assertThat(one).isCloseTo(0.65, within(1e-9));
    assertThat(two).isCloseTo(0.8, within(1e-9));
    assertThat(four).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void impact_should_be_small_for_function_words_only() {
    AlignedPair pair = pair("He went to the market.", "He went into a market.");
    Finding f = new Finding(2, 4, 2, 4);

    new ImpactScorer(Lexicon.none(), Map.of())
        .score(pair, new WordVectors(pair.original()), new WordVectors(pair.translation()), f);

    assertThat(f.score).isEqualTo(ImpactScorer.FUNCTION_ONLY);
  }

  @Test
  void isolated_texts_should_be_words_and_phrases_of_two_sided_changes() {
    AlignedPair pair =
        pair(
            "India wanted to focus on climate finance this year.",
            "India wanted to focus on global warming this year.");
    List<Finding> findings = new ArrayList<>();
    WordDiffShiftDetector.create(Lexicon.none()).detect(pair, findings);

    assertThat(ImpactScorer.isolatedTexts(pair, findings.get(0)))
        .containsExactly(
            "climate", "finance", "global", "warming", "climate finance", "global warming");
    assertThat(ImpactScorer.isolatedTexts(pair, new Finding(0, 1, 0, 0))).isEmpty();
  }

  @Test
  void a_phrase_the_dictionary_holds_in_the_same_sense_should_be_at_most_info() {
    // "before" goes, "in front of" comes: the diff sees "added: front"; read whole, "in front" is
    // a WordNet adverb of the sense of "before".
    Finding f =
        scored(
            pair("The harps were brought before him.", "The harps were brought in front of him."),
            WordNetLexicon.english(),
            Map.of());
    assertThat(f.hasOriginal()).isFalse();
    assertThat(f.ceiling).isEqualTo(Severity.INFO);
    Finding once =
        scored(
            pair("He left immediately.", "He left at once."), WordNetLexicon.english(), Map.of());
    assertThat(once.ceiling).isEqualTo(Severity.INFO);
    // A phrase may take in kept words: "draw near" and "come near" are one WordNet sense.
    Finding near =
        scored(
            pair("The soldiers drew near the walls.", "The soldiers came near the walls."),
            WordNetLexicon.english(),
            Map.of());
    assertThat(near.ceiling).isEqualTo(Severity.INFO);
    // A content word dropped for a function word of its sense: "therefore" is "so".
    Finding so =
        scored(
            pair("Therefore, we took the ferry.", "So, we took the ferry."),
            WordNetLexicon.english(),
            Map.of());
    assertThat(so.hasTranslation()).isFalse();
    assertThat(so.ceiling).isEqualTo(Severity.INFO);
  }

  @Test
  void a_word_added_or_replaced_out_of_sense_should_keep_its_severity() {
    // Added with nothing in its place: no phrase on the other side to share a sense with.
    assertThat(
            scored(
                    pair(
                        "The harps were brought to him.", "The harps were brought to him quickly."),
                    WordNetLexicon.english(),
                    Map.of())
                .ceiling)
        .isEqualTo(Severity.ERROR);
    // "behind" shares no sense with "in front", the phrase the translation has for it.
    assertThat(
            scored(
                    pair("He stood behind him.", "He stood in front of him."),
                    WordNetLexicon.english(),
                    Map.of())
                .ceiling)
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void a_word_that_only_calls_for_attention_should_weigh_as_a_function_word() {
    Finding f =
        scored(pair("Behold, the days come.", "Look, the days come."), Lexicon.none(), Map.of());
    assertThat(f.score).isEqualTo(ImpactScorer.FUNCTION_ONLY);
    // Not set off by a comma it is a verb like any other.
    Finding verb = scored(pair("Behold the days.", "Look at the days."), Lexicon.none(), Map.of());
    assertThat(verb.score).isGreaterThan(ImpactScorer.FUNCTION_ONLY);
  }

  @Test
  void a_word_for_a_word_of_one_lemma_is_no_phrase_of_the_same_sense() {
    // "did" → "was doing" is the tense detector's: no phrase here shares a sense with "did".
    Finding f =
        scored(
            pair(
                "Whose womb did the ice come out of?", "Whose womb was doing the ice come out of?"),
            WordNetLexicon.english(),
            Map.of());
    assertThat(f.ceiling).isEqualTo(Severity.ERROR);
  }
}
