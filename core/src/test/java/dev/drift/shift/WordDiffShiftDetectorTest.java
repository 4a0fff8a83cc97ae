package dev.drift.shift;

import static dev.drift.shift.Sides.pair;
import static dev.drift.shift.Sides.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffShiftDetectorTest {

  /** A lexicon that knows a few synonym pairs and nothing else. */
  private static Lexicon synonyms(String... pairs) {
    Set<String> known = new java.util.HashSet<>();
    for (int k = 0; k < pairs.length; k += 2) {
      known.add(pairs[k] + "/" + pairs[k + 1]);
      known.add(pairs[k + 1] + "/" + pairs[k]);
    }
    return (a, b) ->
        a.equals(b)
            ? Lexicon.Relation.SAME
            : known.contains(a + "/" + b) ? Lexicon.Relation.SYNONYM : Lexicon.Relation.NONE;
  }

  private static List<Finding> diff(AlignedPair pair, Lexicon lexicon) {
    List<Finding> findings = new ArrayList<>();
    WordDiffShiftDetector.create(lexicon).detect(pair, findings);
    return findings;
  }

  private static List<String> shown(AlignedPair pair, List<Finding> findings) {
    return findings.stream().map(f -> show(pair, f)).toList();
  }

  @Test
  void word_diff_should_make_a_paraphrase_between_anchors_one_substitution() {
    AlignedPair pair =
        pair(
            "Lavrov spoke, standing, as part of the second session of the G20.",
            "Lavrov spoke, standing, within the framework of the second session of the G20.");

    List<Finding> findings = diff(pair, Lexicon.none());

    assertThat(shown(pair, findings)).containsExactly("as part → within the framework");
    assertThat(findings.get(0).kinds).containsExactly(ShiftKind.SUBSTITUTION);
  }

  @Test
  void word_diff_should_isolate_obscene_to_lewd_with_a_lexicon() {
    AlignedPair pair =
        pair(
            "She condemned the obscene behavior of some officials.",
            "She condemned the lewd behavior of a series of officials.");

    List<Finding> findings = diff(pair, synonyms("obscene", "lewd"));

    assertThat(shown(pair, findings)).contains("obscene → lewd");
    Finding f = findings.get(0);
    assertThat(pair.original().textOf(f.originalFrom, f.originalTo)).isEqualTo("obscene");
    assertThat(pair.translation().textOf(f.translationFrom, f.translationTo)).isEqualTo("lewd");
    assertThat(f.kinds).containsExactly(ShiftKind.SUBSTITUTION);
  }

  @Test
  void word_diff_should_isolate_obscene_to_lewd_with_wordnet() {
    AlignedPair pair =
        pair(
            "Zakharova criticised the press for the obscene behavior of some.",
            "Zakharova castigated the lewd behavior of a series of.");

    List<Finding> findings = diff(pair, WordNetLexicon.english());

    assertThat(shown(pair, findings)).contains("obscene → lewd");
  }

  @Test
  void word_diff_should_split_a_change_at_word_correspondences() {
    // Only changes with three or more content words on a side are split.
    AlignedPair pair =
        pair(
            "Officials named for the obscene tone.",
            "Officials named castigated sharply the lewd tone.");

    List<Finding> withLexicon = diff(pair, synonyms("obscene", "lewd"));
    List<Finding> without = diff(pair, Lexicon.none());

    assertThat(shown(pair, withLexicon)).containsExactly(" → castigated sharply", "obscene → lewd");
    assertThat(withLexicon.get(0).kinds).containsExactly(ShiftKind.ADDITION);
    assertThat(shown(pair, without))
        .containsExactly("for the obscene → castigated sharply the lewd");
  }

  @Test
  void word_diff_should_not_split_a_short_change() {
    AlignedPair pair =
        pair("They wanted to focus on climate finance.", "They wanted to focus on global warming.");

    assertThat(shown(pair, diff(pair, synonyms("climate", "warming"))))
        .containsExactly("climate finance → global warming");
  }

  @Test
  void word_diff_should_split_at_several_correspondences_in_order() {
    AlignedPair pair = pair("They praised obscene remarks.", "They lauded lewd comments.");

    List<Finding> findings =
        diff(pair, synonyms("praised", "lauded", "obscene", "lewd", "remarks", "comments"));

    assertThat(shown(pair, findings))
        .containsExactly("praised → lauded", "obscene → lewd", "remarks → comments");
  }

  @Test
  void word_diff_should_split_at_close_contextual_vectors() {
    String a = "They praised obscene remarks.";
    String b = "They lauded lewd comments.";
    // remarks and comments share a direction; every other word has one of its own.
    TokenFixture tokens =
        new TokenFixture(8)
            .word("They", 0)
            .word("praised", 1)
            .word("obscene", 2)
            .word("remarks", 3)
            .word("lauded", 4)
            .word("lewd", 5)
            .word("comments", 3);
    AlignedPair pair =
        new AlignedPair(
            Sides.side(a, "en", tokens.of(a, "en"), List.of()),
            Sides.side(b, "en", tokens.of(b, "en"), List.of()),
            0.9,
            true);

    List<Finding> findings = diff(pair, Lexicon.none());

    assertThat(shown(pair, findings))
        .containsExactly("praised obscene → lauded lewd", "remarks → comments");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He said: \"it is over\", she added. | He said: “it is over”, she added.",
        "He said, it is over. | He said it is over!",
        "He said — it is over. | He said - it is over.",
        "Il a dit « c'est fini ». | Il a dit \"c'est fini\".",
        "It’s the King’s College. | It's the King's College.",
        "The U.S. Secretary spoke. | The US Secretary spoke."
      })
  void word_diff_should_ignore_punctuation_and_quote_style(String original, String translation) {
    assertThat(diff(pair(original, translation), Lexicon.none())).isEmpty();
  }

  @Test
  void word_diff_should_find_nothing_for_identical_sides() {
    String text = "The minister arrived in Paris on 2 March 2023 after a long flight.";

    assertThat(diff(pair(text, text), Lexicon.none())).isEmpty();
    assertThat(diff(pair("", ""), Lexicon.none())).isEmpty();
  }

  @Test
  void word_diff_should_leave_function_word_changes_to_other_detectors() {
    assertThat(diff(pair("He went to the market.", "He went into a market."), Lexicon.none()))
        .isEmpty();
  }

  @Test
  void word_diff_should_make_a_dropped_clause_one_omission() {
    AlignedPair pair =
        pair(
            "The minister arrived in Paris, and he met the president after a long flight.",
            "The minister arrived in Paris.");

    List<Finding> findings = diff(pair, Lexicon.none());

    assertThat(shown(pair, findings)).containsExactly("met the president after a long flight → ");
    assertThat(findings.get(0).kinds).containsExactly(ShiftKind.OMISSION);
  }

  @Test
  void word_diff_should_make_an_added_clause_one_addition() {
    AlignedPair pair =
        pair(
            "The minister arrived in Paris.",
            "The minister arrived in Paris, where he met the president.");

    List<Finding> findings = diff(pair, Lexicon.none());

    assertThat(shown(pair, findings)).containsExactly(" → met the president");
    assertThat(findings.get(0).kinds).containsExactly(ShiftKind.ADDITION);
  }

  @Test
  void word_diff_should_trim_equal_words_and_punctuation_at_the_edges() {
    AlignedPair pair = pair("He cited the obscene act.", "He cited the “lewd act.");

    assertThat(shown(pair, diff(pair, Lexicon.none()))).containsExactly("obscene → lewd");
  }

  @Test
  void word_diff_should_treat_numbers_as_content() {
    AlignedPair pair = pair("The G20 has 19 members.", "The G20 has 20 members.");

    assertThat(shown(pair, diff(pair, Lexicon.none()))).containsExactly("19 → 20");
  }

  @Test
  void word_diff_should_leave_pairs_in_two_languages_alone() {
    List<Finding> findings =
        diff(pair("The talks ended.", "Les pourparlers ont pris fin.", "en", "fr"), Lexicon.none());

    assertThat(findings).isEmpty();
  }

  @Test
  void word_diff_should_score_reordered_coordinated_words_below_warning() {
    AlignedPair pair =
        pair(
            "Tensions between Russia and Western countries have grown.",
            "Tensions between Western countries and Russia have grown.");
    List<Finding> findings = diff(pair, Lexicon.none());
    assertThat(findings).isNotEmpty();
    ImpactScorer scorer = new ImpactScorer(Lexicon.none(), Map.of());
    WordVectors va = new WordVectors(pair.original());
    WordVectors vb = new WordVectors(pair.translation());

    findings.forEach(f -> scorer.score(pair, va, vb, f));

    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.score).isLessThan(ShiftOptions.DEFAULT_WARNING_SCORE);
              assertThat(f.floor).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void same_should_compare_normal_forms_and_bare_letters() {
    assertThat(WordDiffShiftDetector.same(word("U.S"), word("US"))).isTrue();
    assertThat(WordDiffShiftDetector.same(word("King’s"), word("king's"))).isTrue();
    assertThat(WordDiffShiftDetector.same(word("ﬁnal"), word("FINAL"))).isTrue();
    assertThat(WordDiffShiftDetector.same(word("—"), word("-"))).isTrue();
    assertThat(WordDiffShiftDetector.same(word("US"), word("UK"))).isFalse();
    assertThat(WordDiffShiftDetector.same(word("."), word(","))).isFalse();
  }

  private static Word word(String text) {
    List<Word> words = Words.of(text, "en");
    assertThat(words).hasSize(1);
    return words.get(0);
  }

  @Test
  void word_diff_should_make_a_phrase_changed_around_a_correspondence_one_shift() {
    AlignedPair pair =
        pair(
            "The summit called for alleviating poverty and climate finance.",
            "The summit called for poverty reduction and global warming.");

    List<Finding> findings = diff(pair, synonyms("climate", "warming"));

    assertThat(shown(pair, findings))
        .contains("climate finance → global warming", " → reduction")
        .doesNotContain("finance → ", "climate → warming", " → reduction and global");
  }

  @Test
  void word_diff_should_not_join_a_correspondence_to_a_change_on_both_sides() {
    AlignedPair pair =
        pair(
            "Washington and Moscow have traded accusations over the war.",
            "Washington and Russia blame each other over the war.");

    List<Finding> findings = diff(pair, synonyms("accusations", "blame"));

    assertThat(shown(pair, findings))
        .contains("accusations → blame", "Moscow have traded → Russia");
  }

  @Test
  void word_diff_should_keep_neighbouring_correspondences_apart() {
    AlignedPair pair =
        pair("A big red shiny car arrived at noon.", "A large crimson glossy car arrived at noon.");

    List<Finding> findings =
        diff(pair, synonyms("big", "large", "red", "crimson", "shiny", "glossy"));

    assertThat(shown(pair, findings))
        .containsExactly("big → large", "red → crimson", "shiny → glossy");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The treaty was signed before the war. | The treaty was signed after the war. | before → after",
        "The plane flew over the bridge. | The plane flew under the bridge. | over → under",
        "Therefore, we stayed home. | However, we stayed home. | Therefore → However"
      })
  void word_diff_should_make_opposite_function_words_an_antonym(
      String original, String translation, String shown) {
    AlignedPair pair = pair(original, translation);

    List<Finding> findings = diff(pair, Lexicon.none());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo(shown);
              assertThat(f.floor).isEqualTo(Severity.ERROR);
              assertThat(f.reason).isEqualTo("antonym: " + shown);
            });
  }

  @Test
  void word_diff_should_leave_other_function_words_alone() {
    // Articles and prepositions change in every paraphrase; one that keeps both words is no swap.
    assertThat(diff(pair("They met in the square.", "They met on a square."), Lexicon.none()))
        .isEmpty();
    assertThat(
            diff(
                pair("He came before and after the war.", "He came after and before the war."),
                Lexicon.none()))
        .isEmpty();
  }

  @Test
  void word_diff_should_read_a_contrast_for_a_consequence_as_an_antonym() {
    // "But" is a function word: the change is "Therefore" dropped, and still an antonym.
    AlignedPair pair = pair("Therefore, we stayed home.", "But we stayed home.");

    assertThat(diff(pair, Lexicon.none()))
        .anySatisfy(
            f -> {
              assertThat(f.reason).isEqualTo("antonym: Therefore → But");
              assertThat(f.floor).isEqualTo(Severity.ERROR);
            });
    // Two connectives of a consequence say one thing.
    assertThat(diff(pair("Therefore, we stayed home.", "So we stayed home."), Lexicon.none()))
        .allSatisfy(f -> assertThat(f.reason).isNull());
  }
}
