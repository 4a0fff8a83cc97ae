package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTest {

  private static List<String> texts(String text, String language) {
    return Words.of(text, language).stream().map(Word::text).toList();
  }

  @Test
  void words_should_split_text_into_tokens_without_whitespace() {
    assertThat(texts("Mr. Lavrov “spoke”, standing.", "en"))
        .containsExactly("Mr", ".", "Lavrov", "“", "spoke", "”", ",", "standing", ".");
    assertThat(Words.of("", "en")).isEmpty();
    assertThat(Words.of(" \t\n ", "en")).isEmpty();
  }

  @Test
  void words_should_skip_no_break_spaces() {
    assertThat(texts("Il a dit\u00a0: «\u00a0enfin\u00a0»\u202f!", "fr"))
        .containsExactly("Il", "a", "dit", ":", "«", "enfin", "»", "!");
    assertThat(Words.of("\u00a0\u2007\u202f\u3000", "fr")).isEmpty();
  }

  @Test
  void words_should_keep_digit_groups_split_by_no_break_or_thin_spaces_whole() {
    String text = "1\u00a0500 euros, 1\u202f500\u00a0000 dollars, 12\u2009345,5 et 2023\u00a0500";

    List<Word> words = Words.of(text, "fr");

    assertThat(words)
        .extracting(Word::text)
        .containsExactly(
            "1\u00a0500",
            "euros",
            ",",
            "1\u202f500\u00a0000",
            "dollars",
            ",",
            "12\u2009345,5",
            "et",
            "2023",
            "500");
    assertThat(words.get(0).norm()).isEqualTo("1 500");
    assertThat(words.get(0).type()).isEqualTo(Word.Type.NUMBER);
    assertThat(words).extracting(Word::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(texts("1 500", "fr")).containsExactly("1", "500");
  }

  @Test
  void words_should_keep_contractions_possessives_and_decimals_whole() {
    assertThat(texts("don't King’s 1,500.25 U.S.", "en"))
        .containsExactly("don't", "King’s", "1,500.25", "U.S", ".");
  }

  @Test
  void words_should_number_tokens_and_give_their_offsets() {
    String text = "Le 2 mars, à Delhi — « enfin ».";
    List<Word> words = Words.of(text, "fr");

    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      assertThat(w.index()).isEqualTo(i);
      assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text());
      if (i > 0) {
        assertThat(w.start()).isGreaterThanOrEqualTo(words.get(i - 1).end());
      }
    }
  }

  @Test
  void words_should_type_tokens() {
    List<Word> words = Words.of("The G20 met 19 times, 2nd round!", "en");

    assertThat(words)
        .extracting(Word::text, Word::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("The", Word.Type.WORD),
            org.assertj.core.groups.Tuple.tuple("G20", Word.Type.NUMBER),
            org.assertj.core.groups.Tuple.tuple("met", Word.Type.WORD),
            org.assertj.core.groups.Tuple.tuple("19", Word.Type.NUMBER),
            org.assertj.core.groups.Tuple.tuple("times", Word.Type.WORD),
            org.assertj.core.groups.Tuple.tuple(",", Word.Type.PUNCT),
            org.assertj.core.groups.Tuple.tuple("2nd", Word.Type.NUMBER),
            org.assertj.core.groups.Tuple.tuple("round", Word.Type.WORD),
            org.assertj.core.groups.Tuple.tuple("!", Word.Type.PUNCT));
  }

  @Test
  void words_should_mark_function_words_and_content() {
    List<Word> words = Words.of("The minister has met them in 2023", "en");

    assertThat(words)
        .extracting(Word::function)
        .containsExactly(true, false, true, false, true, true, false);
    assertThat(words)
        .extracting(Word::content)
        .containsExactly(false, true, false, true, false, false, true);
    assertThat(Words.of("les ministres und der", "fr"))
        .extracting(Word::function)
        .containsExactly(true, false, true, true);
    assertThat(Words.of(",", "en").get(0).content()).isFalse();
  }

  @Test
  void words_should_take_an_english_word_that_is_a_function_word_elsewhere_for_content() {
    // French "son", German "die" and "war", Italian "con" are English nouns and verbs.
    assertThat(Words.of("the son will die in the war", "en"))
        .extracting(Word::content)
        .containsExactly(false, true, false, true, false, false, true);
    assertThat(Words.of("son fils", "fr").get(0).function()).isTrue();
    assertThat(Words.of("die Kinder", "de").get(0).function()).isTrue();
    assertThat(Words.of("son", "und").get(0).function()).isTrue();
    assertThat(Words.of("no man per day", "en"))
        .extracting(Word::function)
        .containsExactly(true, false, true, false);
  }

  @Test
  void words_should_take_closed_class_prepositions_and_conjunctions_for_function_words() {
    // "because" / "since", "among" / "amid": a paraphrase of the sentence's joints, not its
    // content.
    assertThat(Words.of("because since among amid upon until although within", "en"))
        .allSatisfy(w -> assertThat(w.function()).as(w.text()).isTrue());
    // Negation and exceptions keep their own detectors' weight.
    assertThat(Words.of("without unless lest against", "en"))
        .allSatisfy(w -> assertThat(w.function()).as(w.text()).isFalse());
  }

  @Test
  void words_should_normalise_for_comparison() {
    assertThat(Words.normalize("“Quote”")).isEqualTo("\"quote\"");
    assertThat(Words.normalize("«x»„y‟")).isEqualTo("\"x\"\"y\"");
    assertThat(Words.normalize("King’s ‘x‛ ‚y`")).isEqualTo("king's 'x' 'y'");
    assertThat(Words.normalize("a–b—c‐d‑e−f")).isEqualTo("a-b-c-d-e-f");
    assertThat(Words.normalize("ﬁnal ＡＢＣ ²")).isEqualTo("final abc 2");
    assertThat(Words.normalize("ÉTÉ")).isEqualTo("été");
    assertThat(Words.of("İstanbul", "tr").get(0).norm()).isNotEmpty();
  }

  @Test
  void words_should_normalise_acute_accents_and_double_primes_used_as_quotes() {
    assertThat(Words.normalize("don´t")).isEqualTo("don't");
    assertThat(Words.normalize("5′10″")).isEqualTo("5'10\"");
    assertThat(Words.normalize("´")).isEqualTo("'");
  }

  @Test
  void words_should_keep_the_original_text_beside_the_normal_form() {
    Word w = Words.of("King’s", "en").get(0);

    assertThat(w.text()).isEqualTo("King’s");
    assertThat(w.norm()).isEqualTo("king's");
  }

  @Test
  void bare_should_keep_letters_and_digits_only() {
    assertThat(Words.bare("u.s.")).isEqualTo("us");
    assertThat(Words.bare("king's")).isEqualTo("kings");
    assertThat(Words.bare("e-mail")).isEqualTo("email");
    assertThat(Words.bare("...")).isEmpty();
    assertThat(Words.bare("g20")).isEqualTo("g20");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "de", "zh", "ja", "ar", "xx", "und", "en-US"})
  void words_should_tokenise_in_any_language(String language) {
    String text = "Москва 2023 · 北京是中国的首都 · مرحبا بالعالم · Grüße, «x»!";

    List<Word> words = Words.of(text, language);

    assertThat(words).isNotEmpty();
    assertThat(words).allSatisfy(w -> assertThat(w.text()).isNotBlank());
    assertThat(words)
        .allSatisfy(w -> assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text()));
  }
}
