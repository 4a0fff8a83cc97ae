package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.shift.Lexicon.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNetLexiconTest {
  private final Lexicon wordnet = WordNetLexicon.english();

  @ParameterizedTest
  @CsvSource({
    "big, large, SYNONYM",
    "obscene, lewd, SYNONYM",
    "arrived, came, SYNONYM",
    "house, home, SYNONYM",
    "increase, decrease, ANTONYM",
    "increased, decreased, ANTONYM",
    "good, bad, ANTONYM",
    "buyer, customer, RELATED",
    "retained, retaining, SAME",
    "ran, run, SAME",
    "big, big, SAME",
    "xyzzy, plugh, NONE",
    "big, xyzzy, NONE",
    "part, framework, NONE"
  })
  void wordnet_should_relate_words(String a, String b, Relation relation) {
    assertThat(wordnet.relation(a, b)).isEqualTo(relation);
  }

  @Test
  void wordnet_should_read_a_phrase_whole_or_not_at_all() {
    assertThat(wordnet.sameSense("in front", "before")).isTrue();
    assertThat(wordnet.sameSense("at once", "immediately")).isTrue();
    assertThat(wordnet.sameSense("came near", "drew near")).isTrue();
    // No entry whole: no sense from its first words alone.
    assertThat(wordnet.sameSense("in front of", "before")).isFalse();
    assertThat(wordnet.sameSense("front door", "before")).isFalse();
    assertThat(wordnet.sameSense("xyzzy plugh", "before")).isFalse();
  }

  @Test
  void wordnet_should_compare_the_most_frequent_senses() {
    assertThat(wordnet.sameFirstSense("great", "large")).isTrue();
    assertThat(wordnet.sameFirstSense("answered", "replied")).isTrue();
    // Synonyms only in a later sense of "obscene" ("lewd, obscene, raunchy, salacious").
    assertThat(wordnet.relation("obscene", "lewd")).isEqualTo(Relation.SYNONYM);
    assertThat(wordnet.sameFirstSense("obscene", "lewd")).isFalse();
    assertThat(wordnet.sameFirstSense("great", "xyzzy")).isFalse();
  }

  @Test
  void wordnet_should_be_symmetric_for_synonyms_and_antonyms() {
    assertThat(wordnet.relation("large", "big")).isEqualTo(Relation.SYNONYM);
    assertThat(wordnet.relation("decrease", "increase")).isEqualTo(Relation.ANTONYM);
    assertThat(wordnet.relation("retaining", "retained")).isEqualTo(Relation.SAME);
  }

  @Test
  void wordnet_should_know_nothing_of_empty_words_and_phrases_with_spaces() {
    assertThat(wordnet.relation("two words", "large")).isEqualTo(Relation.NONE);
    assertThat(wordnet.relation("", "large")).isEqualTo(Relation.NONE);
    assertThat(wordnet.relation("19", "20")).isEqualTo(Relation.NONE);
  }

  @Test
  void english_should_return_one_shared_instance() {
    assertThat(WordNetLexicon.english()).isSameAs(wordnet);
  }

  @Test
  void lexicon_none_should_know_only_equal_words() {
    assertThat(Lexicon.none().relation("big", "big")).isEqualTo(Relation.SAME);
    assertThat(Lexicon.none().relation("big", "large")).isEqualTo(Relation.NONE);
  }

  @Test
  void wordnet_should_answer_the_same_under_parallel_calls() throws Exception {
    List<String[]> questions =
        List.of(
            new String[] {"big", "large"},
            new String[] {"increase", "decrease"},
            new String[] {"buyer", "customer"},
            new String[] {"retained", "retaining"},
            new String[] {"xyzzy", "plugh"},
            new String[] {"obscene", "lewd"});
    List<Relation> expected = new ArrayList<>();
    for (String[] q : questions) {
      expected.add(wordnet.relation(q[0], q[1]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Relation>>> answers = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int offset = t;
        answers.add(
            pool.submit(
                () -> {
                  List<Relation> got = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    for (int k = 0; k < questions.size(); k++) {
                      String[] q = questions.get((k + offset) % questions.size());
                      got.add(wordnet.relation(q[0], q[1]));
                    }
                  }
                  return got;
                }));
      }
      for (int t = 0; t < answers.size(); t++) {
        List<Relation> got = answers.get(t).get(60, TimeUnit.SECONDS);
        for (int i = 0; i < got.size(); i++) {
          int k = (i % questions.size() + t) % questions.size();
          assertThat(got.get(i))
              .as("thread %d, %s", t, String.join("/", questions.get(k)))
              .isEqualTo(expected.get(k));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
