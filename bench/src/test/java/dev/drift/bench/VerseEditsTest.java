package dev.drift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.bench.BibleSet.Chapter;
import dev.drift.bench.BibleSet.Side;
import dev.drift.bench.BibleSet.Span;
import dev.drift.bench.BibleSet.Verse;
import dev.drift.bench.VerseEdits.Donor;
import dev.drift.bench.VerseEdits.EditedChapter;
import dev.drift.bench.VerseEdits.Family;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The edit generator: each family makes the edit it names, and the same seed the same copies. */
class VerseEditsTest {
  private static final EditVocabulary ES = EditVocabulary.SPANISH;
  private static final List<String> NAMES = List.of("Abraham", "Isaac", "Moisés");

  private static String apply(Family family, String verse) {
    return VerseEdits.apply(family, verse, ES, NAMES, new Random(7));
  }

  /** The words of a text, for word-by-word comparisons. */
  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  /** The one word that differs between two texts of the same length in words. */
  private static String[] changedWord(String before, String after) {
    List<String> a = words(before);
    List<String> b = words(after);
    assertThat(b).hasSameSizeAs(a);
    List<String[]> diffs = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i))) {
        diffs.add(new String[] {a.get(i), b.get(i)});
      }
    }
    assertThat(diffs).hasSize(1);
    return diffs.get(0);
  }

  @Test
  void apply_should_change_one_number_word_into_another() {
    String before = "y reposó el día séptimo, y eran siete los panes";
    String[] w = changedWord(before, apply(Family.NUMBER, before));
    if (w[0].startsWith("séptimo")) {
      assertThat(ES.ordinals()).contains(w[1].replace(",", ""));
      assertThat(w[1]).endsWith("o,");
    } else {
      assertThat(w[0]).isEqualTo("siete");
      assertThat(ES.cardinals()).contains(w[1]).doesNotContain("siete".equals(w[1]) ? w[1] : "");
      assertThat(w[1]).isNotEqualTo("siete");
    }
  }

  @Test
  void apply_should_change_digits_into_another_number() {
    String[] w = changedWord("eran 12 tribus", apply(Family.NUMBER, "eran 12 tribus"));
    assertThat(Integer.parseInt(w[1])).isBetween(13, 21);
  }

  @Test
  void apply_should_find_no_number_in_a_verse_without_one() {
    assertThat(apply(Family.NUMBER, "Jehová es mi pastor; nada me faltará.")).isNull();
  }

  @Test
  void apply_should_swap_a_name_for_another_name_of_the_chapter() {
    String before = "Y dijo Isaac á Abraham su padre";
    String[] w = changedWord(before, apply(Family.NAME, before));
    assertThat(NAMES).contains(w[0], w[1]);
    assertThat(w[1]).isNotEqualTo(w[0]);
  }

  @Test
  void apply_should_remove_a_negation() {
    assertThat(apply(Family.NEGATION, "aunque ande en valle de sombra de muerte, no temeré mal"))
        .isEqualTo("aunque ande en valle de sombra de muerte, temeré mal");
    assertThat(apply(Family.NEGATION, "No matarás.")).isEqualTo("Matarás.");
  }

  @Test
  void apply_should_add_a_negation_before_the_verb_and_its_clitics() {
    assertThat(apply(Family.NEGATION, "Jehová es mi pastor")).isEqualTo("Jehová no es mi pastor");
    assertThat(apply(Family.NEGATION, "y le dijo Abraham")).isEqualTo("y no le dijo Abraham");
    assertThat(apply(Family.NEGATION, "Dijo Abraham")).isEqualTo("No dijo Abraham");
  }

  @Test
  void apply_should_not_add_a_negation_to_a_clause_already_negated() {
    assertThat(apply(Family.NEGATION, "ni en silla de escarnecedores se ha sentado")).isNull();
  }

  @Test
  void apply_should_add_an_english_negation_after_the_auxiliary() {
    assertThat(
            VerseEdits.apply(
                Family.NEGATION,
                "The famine was severe.",
                EditVocabulary.ENGLISH,
                NAMES,
                new Random(1)))
        .isEqualTo("The famine was not severe.");
    assertThat(
            VerseEdits.apply(
                Family.NEGATION, "Don’t be afraid.", EditVocabulary.ENGLISH, NAMES, new Random(1)))
        .isEqualTo("Do be afraid.");
  }

  @Test
  void apply_should_replace_a_word_by_its_antonym() {
    assertThat(apply(Family.ANTONYM, "el árbol de la vida")).isEqualTo("el árbol de la muerte");
    assertThat(apply(Family.ANTONYM, "Grande es Jehová")).isEqualTo("Pequeño es Jehová");
  }

  @Test
  void apply_should_replace_a_word_by_its_synonym() {
    assertThat(apply(Family.SYNONYM, "y respondió Abraham")).isEqualTo("y contestó Abraham");
  }

  @Test
  void apply_should_modernise_every_accented_monosyllable() {
    assertThat(apply(Family.SPELLING, "Y fué la tarde y fué la mañana, y vino á él ó á ella"))
        .isEqualTo("Y fue la tarde y fue la mañana, y vino a él o a ella");
  }

  @Test
  void apply_should_change_punctuation_and_nothing_else() {
    String before = "Jehová es mi pastor; nada me faltará: en lugares de delicados pastos, yacer.";
    String after = apply(Family.PUNCTUATION, before);
    assertThat(after).isNotEqualTo(before);
    assertThat(after.replaceAll("[^\\p{L} ]", "").replace("  ", " "))
        .isEqualTo(before.replaceAll("[^\\p{L} ]", ""));
  }

  private static Chapter chapter() {
    String[] verses = {
      "Y aconteció después de estas cosas, que tentó Dios á Abraham.",
      "Y dijo Isaac á Abraham su padre: Padre mío.",
      "Y él respondió: Heme aquí, mi hijo.",
      "Y fué la tarde y la mañana el día séptimo.",
      "No matarás; y los dos fueron juntos."
    };
    StringBuilder text = new StringBuilder();
    List<Verse> vs = new ArrayList<>();
    for (int i = 0; i < verses.length; i++) {
      if (i == 3) {
        text.append("\n\n");
      } else if (i > 0) {
        text.append(' ');
      }
      Span span = new Span(text.length(), text.length() + verses[i].length());
      text.append(verses[i]);
      vs.add(new Verse(i + 1, new Span(i * 10, i * 10 + 9), null, span));
    }
    text.append('\n');
    return new Chapter("genesis-22", "", "", text.toString(), vs);
  }

  private static final List<Donor> DONORS =
      List.of(
          new Donor("genesis-22", "not from the same chapter"),
          new Donor("psalm-023", "Jehová es mi pastor; nada me faltará."));

  @Test
  void edits_should_make_one_edit_of_the_family_they_claim_per_copy() {
    Chapter c = chapter();
    for (Family family : Family.values()) {
      List<EditedChapter> edits = VerseEdits.edits(c, Side.ES, family, 2, 1909, DONORS);
      assertThat(edits).as(family.id()).isNotEmpty();
      for (EditedChapter e : edits) {
        assertThat(e.family()).isEqualTo(family);
        assertThat(e.edited().of(e.text())).isEqualTo(e.after());
        assertThat(e.text()).isNotEqualTo(c.es());
        if (family == Family.VERSE_INSERTED) {
          assertThat(e.after()).isEqualTo("Jehová es mi pastor; nada me faltará.");
          assertThat(e.original()).isNull();
          assertThat(e.text()).hasSize(c.es().length() + e.after().length() + 1);
        } else {
          Span at = c.verses().get(e.verse() - 1).es();
          assertThat(e.before()).isEqualTo(at.of(c.es()));
          assertThat(e.original()).isEqualTo(c.verses().get(e.verse() - 1).kjv());
          if (family == Family.VERSE_DROPPED) {
            // the verse goes with one of the spaces around it
            assertThat(e.after()).isEmpty();
            assertThat(e.text())
                .isIn(
                    c.es().substring(0, at.start()) + c.es().substring(at.end() + 1),
                    c.es().substring(0, at.start() - 1) + c.es().substring(at.end()));
          } else {
            // the rest of the chapter is untouched
            assertThat(e.text()).startsWith(c.es().substring(0, at.start()));
            assertThat(e.text()).endsWith(c.es().substring(at.end()));
          }
        }
      }
    }
  }

  @Test
  void edits_should_be_the_same_for_the_same_seed() {
    Chapter c = chapter();
    for (Family family : Family.values()) {
      assertThat(VerseEdits.edits(c, Side.ES, family, 3, 42, DONORS))
          .isEqualTo(VerseEdits.edits(c, Side.ES, family, 3, 42, DONORS));
    }
  }

  @Test
  void edits_should_edit_another_verse_in_each_copy() {
    List<EditedChapter> edits =
        VerseEdits.edits(chapter(), Side.ES, Family.VERSE_DROPPED, 3, 5, DONORS);
    assertThat(edits).extracting(EditedChapter::verse).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void names_should_be_capitalised_words_inside_sentences_less_the_titles() {
    assertThat(
            VerseEdits.names(
                "Y dijo Dios á Abraham: Toma á Isaac, y vé á Moriah. Entonces Abraham fué.", ES))
        .containsExactly("Abraham", "Isaac", "Moriah");
  }
}
