package dev.drift.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.drift.DriftInputException;
import dev.drift.language.LanguageGuard.Model;
import dev.drift.language.LanguageGuard.Outcome;
import dev.drift.language.LanguageGuard.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageGuardTest {

  private static Optional<DetectedLanguage> reads(String language, double confidence) {
    return Optional.of(new DetectedLanguage(language, confidence));
  }

  /** The kinds of side the decision table crosses, by what they are declared and read as. */
  private static final Map<String, Side> KINDS = new LinkedHashMap<>();

  static {
    // English, declared and read.
    KINDS.put("en", new Side("en.md", "en", false, reads("en", 0.99)));
    // Too short to read; English by default.
    KINDS.put("en?", new Side("short.md", "en", true, Optional.empty()));
    // Declared French, reads as English: English to the model (the example tree's stand-ins).
    KINDS.put("fr:en", new Side("fr/index.md", "fr", false, reads("en", 0.99)));
    // Spanish, declared and read.
    KINDS.put("es", new Side("es.md", "es", false, reads("es", 0.97)));
    // Spanish by its prose, English by default.
    KINDS.put("en:es", new Side("guide.es.md", "en", true, reads("es", 0.97)));
    // Declared Spanish, too short to read.
    KINDS.put("es?", new Side("es/faq.md", "es", false, Optional.empty()));
  }

  /**
   * The model reads English only. Rows: the original; columns: the translation, in the order of
   * {@link #KINDS}. P passes, O refuses naming the original, T refuses naming the translation, W
   * passes with a warning that the model reads English only (a side declared in another language
   * whose prose is too short to read: refused on evidence, not on a declaration).
   */
  private static final String WITHOUT_TRANSLATOR =
      """
      en     P P P T T W
      en?    P P P T T W
      fr:en  P P P T T W
      es     O O O O O O
      en:es  O O O O O O
      es?    W W W T T W
      """;

  /** The same, with a translator: it renders the translation into the original's language. */
  private static final String WITH_TRANSLATOR =
      """
      en     P P P P P P
      en?    P P P P P P
      fr:en  P P P P P P
      es     O O O O O O
      en:es  O O O O O O
      es?    W W W W W W
      """;

  static Stream<Arguments> table() {
    List<Arguments> rows = new ArrayList<>();
    List<String> kinds = List.copyOf(KINDS.keySet());
    for (boolean translator : new boolean[] {false, true}) {
      String table = translator ? WITH_TRANSLATOR : WITHOUT_TRANSLATOR;
      for (String line : table.strip().split("\n")) {
        String[] cells = line.trim().split("\\s+");
        for (int t = 0; t < kinds.size(); t++) {
          rows.add(
              Arguments.of(cells[0], kinds.get(t), Model.ENGLISH_ONLY, translator, cells[t + 1]));
          // A multilingual model reads every pair.
          rows.add(Arguments.of(cells[0], kinds.get(t), Model.MULTILINGUAL, translator, "P"));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} → {1}, {2}, translator {3}: {4}")
  @MethodSource("table")
  void check_should_follow_the_decision_table(
      String original, String translation, Model model, boolean translator, String expected) {
    Side o = KINDS.get(original);
    Side t = KINDS.get(translation);
    switch (expected) {
      case "P" -> {
        Outcome outcome = LanguageGuard.check(o, t, model, translator);
        assertThat(outcome.originalLanguage()).isEqualTo(o.language());
        assertThat(outcome.translationLanguage()).isEqualTo(t.language());
      }
      case "W" -> {
        Outcome outcome = LanguageGuard.check(o, t, model, translator);
        assertThat(outcome.warnings())
            .anySatisfy(
                w ->
                    assertThat(w)
                        .contains("too little prose", "the bundled model reads English only"));
      }
      case "O", "T" -> {
        Side named = expected.equals("O") ? o : t;
        assertThatThrownBy(() -> LanguageGuard.check(o, t, model, translator))
            .isInstanceOf(DriftInputException.class)
            .message()
            .startsWith(named.name() + " ")
            .contains("the bundled model reads English only", "--model DIR")
            .doesNotContain("\n");
      }
      default -> throw new IllegalArgumentException(expected);
    }
  }

  @Test
  void check_should_name_the_apertium_package_for_a_spanish_translation() {
    Side es = new Side("es/guide.md", "es", false, reads("es", 0.97));
    DriftInputException e =
        catchThrowableOfType(
            DriftInputException.class,
            () -> LanguageGuard.check(KINDS.get("en"), es, Model.ENGLISH_ONLY, false));
    assertThat(e)
        .hasMessage(
            "es/guide.md reads as es (confidence 0.97), but the bundled model reads English only:"
                + " translate it with --translator apertium (apt-get install apertium apertium-eng-spa),"
                + " or use a multilingual model with --model DIR (model.onnx and tokenizer.json)");
  }

  @Test
  void check_should_say_when_apertium_has_no_pair_for_the_language() {
    Side fr = new Side("fr/guide.md", "fr", false, reads("fr", 1.0));
    assertThatThrownBy(() -> LanguageGuard.check(KINDS.get("en"), fr, Model.ENGLISH_ONLY, false))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(
            "fr/guide.md reads as fr (confidence 1.00), but the bundled model reads English only:"
                + " translate it with --translator and a command that renders fr as English"
                + " (Debian's Apertium has no fr-English pair), or use a multilingual model with"
                + " --model DIR (model.onnx and tokenizer.json)");
  }

  @Test
  void check_should_warn_by_the_declared_language_when_the_prose_is_too_short() {
    assertThat(
            LanguageGuard.check(KINDS.get("en"), KINDS.get("es?"), Model.ENGLISH_ONLY, false)
                .warnings())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith(
            "es/faq.md is declared es (too little prose to tell its language with confidence), but the bundled"
                + " model reads English only: translate it with --translator apertium");
  }

  @Test
  void check_should_refuse_a_spanish_original_whatever_the_translator() {
    for (boolean translator : new boolean[] {false, true}) {
      assertThatThrownBy(
              () ->
                  LanguageGuard.check(
                      KINDS.get("es"), KINDS.get("en"), Model.ENGLISH_ONLY, translator))
          .isInstanceOf(DriftInputException.class)
          .hasMessage(
              "es.md reads as es (confidence 0.97), but the bundled model reads English only, and"
                  + " a translator cannot help (it renders the translation into the original's"
                  + " language): use a multilingual model with --model DIR (model.onnx and"
                  + " tokenizer.json)");
    }
  }

  @Test
  void check_should_name_one_apertium_package_for_serbo_croatian() {
    Side hr = new Side("hr/guide.md", "hr", false, reads("hr", 0.9));
    assertThatThrownBy(() -> LanguageGuard.check(KINDS.get("en"), hr, Model.ENGLISH_ONLY, false))
        .hasMessageContaining("apt-get install apertium apertium-hbs-eng");
  }

  @Test
  void check_should_warn_when_a_declared_language_is_not_the_one_read() {
    Side es = new Side("fr/guide.md", "fr", false, reads("es", 0.97));
    Outcome outcome = LanguageGuard.check(KINDS.get("en"), es, Model.MULTILINGUAL, false);
    assertThat(outcome.warnings())
        .containsExactly(
            "fr/guide.md is declared fr but reads as es (confidence 0.97); check that it is the"
                + " right file, or declare it es");
    assertThat(outcome.translationLanguage()).isEqualTo("es");
  }

  @Test
  void check_should_warn_when_a_defaulted_language_is_not_the_one_read() {
    Side original = new Side("report.md", "en", true, reads("fr", 0.99));
    Side translation = new Side("report.es.md", "en", true, reads("es", 0.97));
    Outcome outcome = LanguageGuard.check(original, translation, Model.MULTILINGUAL, true);
    assertThat(outcome.warnings())
        .containsExactly(
            "report.md reads as fr (confidence 0.99) but no language was given for it, so it was"
                + " taken as en; give it with --original-lang fr",
            "report.es.md reads as es (confidence 0.97) but no language was given for it, so it"
                + " was taken as en; give it with --translation-lang es");
    assertThat(outcome.originalLanguage()).isEqualTo("fr");
    assertThat(outcome.translationLanguage()).isEqualTo("es");
  }

  @Test
  void check_should_warn_on_english_stand_ins_for_a_french_translation_and_let_them_pass() {
    Outcome outcome =
        LanguageGuard.check(KINDS.get("en"), KINDS.get("fr:en"), Model.ENGLISH_ONLY, false);
    assertThat(outcome.warnings())
        .containsExactly(
            "fr/index.md is declared fr but reads as en (confidence 0.99); check that it is the"
                + " right file, or declare it en");
    assertThat(outcome.translationLanguage()).isEqualTo("en");
  }

  @Test
  void check_should_keep_the_declared_region_and_not_warn_when_only_the_region_differs() {
    Side pt = new Side("pt-BR/guia.md", "pt-BR", false, reads("pt", 0.95));
    Side nb = new Side("nb/guide.md", "nb", false, reads("no", 0.95));
    Side sr = new Side("sr/guide.md", "sr-Latn", false, reads("hr", 0.8));
    for (Side side : List.of(pt, nb, sr)) {
      Outcome outcome = LanguageGuard.check(KINDS.get("en"), side, Model.MULTILINGUAL, false);
      assertThat(outcome.warnings()).as(side.name()).isEmpty();
      assertThat(outcome.translationLanguage()).isEqualTo(side.declared());
    }
  }

  @Test
  void check_should_pass_an_english_pair_without_warnings() {
    Outcome outcome =
        LanguageGuard.check(KINDS.get("en"), KINDS.get("en?"), Model.ENGLISH_ONLY, false);
    assertThat(outcome).isEqualTo(new Outcome("en", "en", List.of()));
  }
}
