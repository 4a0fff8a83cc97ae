package dev.drift.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.batch.BagOfWordsEmbedder;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.report.json.JsonRenderer;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translate stage inside the pipeline, without the model ({@link BagOfWordsEmbedder}) and with
 * a translator that knows two sentences: the report names the translator in the translation's
 * summary, and each translation sentence carries its rendering while its text and offsets stay
 * those of the real file.
 */
class TranslatedReportTest {
  static final String ENGLISH = "The dog sleeps in the garden. The house is red.\n";
  static final String SPANISH = "El perro duerme en el jardín. La casa es roja.\n";

  @TempDir Path tmp;

  @BeforeAll
  static void shell() {
    FakeTranslator.requireShell();
  }

  @Test
  void compare_should_name_the_translator_and_carry_each_rendering() throws Exception {
    Path mt =
        FakeTranslator.script(
            tmp,
            "mt.sh",
            "sed -e 's/^El perro duerme en el jard.*n\\.$/The dog sleeps in the garden./'"
                + " -e 's/^La casa es roja\\.$/The house is red./'");
    Path en = Files.writeString(tmp.resolve("en.txt"), ENGLISH, StandardCharsets.UTF_8);
    Path es = Files.writeString(tmp.resolve("es.txt"), SPANISH, StandardCharsets.UTF_8);
    DriftReport report = compare(mt, en, es);

    assertThat(report.translation().translator()).isEqualTo(mt.toString());
    assertThat(report.original().translator()).isNull();
    assertThat(report.pairs()).extracting(Pair::kind).containsOnly(PairKind.MATCH).hasSize(2);
    SentenceRef dog = report.pairs().get(0).translation().get(0);
    assertThat(dog.text()).isEqualTo("El perro duerme en el jardín.");
    assertThat(dog.rendering()).isEqualTo("The dog sleeps in the garden.");
    SentenceRef house = report.pairs().get(1).translation().get(0);
    assertThat(house.rendering()).isEqualTo("The house is red.");
    assertThat(SPANISH.substring(house.start(), house.end())).isEqualTo("La casa es roja.");
    assertThat(report.pairs().get(0).original().get(0).rendering()).isNull();

    String json = JsonRenderer.create().toJson(report);
    assertThat(json).contains("\"translator\" : \"" + mt + "\"");
    assertThat(JsonRenderer.read(new StringReader(json)).translation().translator())
        .isEqualTo(mt.toString());
  }

  @Test
  void compare_should_show_a_connective_of_the_rendering_not_warn_of_it() throws Exception {
    // A translation links its sentences its own way (Apertium renders "pues" as "then", "empero"
    // as "nevertheless"); the same change in one language is an antonym
    // (WordDiffShiftDetectorTest).
    Path mt =
        FakeTranslator.script(
            tmp, "mt.sh", "sed -e 's/^Sin embargo.*$/However, he stayed at home./'");
    Path en =
        Files.writeString(
            tmp.resolve("en.txt"), "Therefore, he stayed at home.\n", StandardCharsets.UTF_8);
    Path es =
        Files.writeString(
            tmp.resolve("es.txt"), "Sin embargo, se quedó en casa.\n", StandardCharsets.UTF_8);
    DriftReport report = compare(mt, en, es);

    assertThat(report.pairs()).extracting(Pair::kind).containsOnly(PairKind.MATCH);
    assertThat(report.pairs().get(0).shifts())
        .anySatisfy(s -> assertThat(s.message()).startsWith("connective: Therefore → However"))
        .allSatisfy(s -> assertThat(s.severity()).isEqualTo(dev.drift.shift.Severity.INFO));
  }

  @Test
  void compare_should_keep_an_antonym_found_via_the_rendering_but_not_come_for_go()
      throws Exception {
    Path mt =
        FakeTranslator.script(
            tmp,
            "mt.sh",
            "sed -e 's/^.*fue a casa\\.$/He went home early./'"
                + " -e 's/^La casa es peque.*a\\.$/The house is small./'");
    Path en =
        Files.writeString(
            tmp.resolve("en.txt"),
            "He came home early. The house is big.\n",
            StandardCharsets.UTF_8);
    Path es =
        Files.writeString(
            tmp.resolve("es.txt"), "Él fue a casa. La casa es pequeña.\n", StandardCharsets.UTF_8);
    DriftReport report = compare(mt, en, es);

    assertThat(report.pairs()).extracting(Pair::kind).containsOnly(PairKind.MATCH).hasSize(2);
    assertThat(report.pairs().get(0).shifts())
        .anySatisfy(
            s -> {
              assertThat(s.message()).startsWith("verb of motion: came → went");
              assertThat(s.severity()).isEqualTo(dev.drift.shift.Severity.INFO);
            })
        .allSatisfy(s -> assertThat(s.severity()).isEqualTo(dev.drift.shift.Severity.INFO));
    assertThat(report.pairs().get(1).shifts())
        .anySatisfy(
            s -> {
              assertThat(s.message()).startsWith("antonym: big → small");
              assertThat(s.severity()).isEqualTo(dev.drift.shift.Severity.ERROR);
            });
  }

  @Test
  void compare_should_find_an_antonym_whose_words_the_rendering_puts_in_two_changes()
      throws Exception {
    Path mt =
        FakeTranslator.script(
            tmp,
            "mt.sh",
            "sed -e 's/^.*mujeres.*$/Then feared those women the LORD exceedingly, and offered a"
                + " sacrifice unto the LORD./'");
    Path en =
        Files.writeString(
            tmp.resolve("en.txt"),
            "Then the men feared the LORD exceedingly, and offered a sacrifice unto the LORD.\n",
            StandardCharsets.UTF_8);
    Path es =
        Files.writeString(
            tmp.resolve("es.txt"),
            "Y temieron aquellas mujeres á Jehová.\n",
            StandardCharsets.UTF_8);
    DriftReport report = compare(mt, en, es);

    assertThat(report.pairs().get(0).shifts())
        .anySatisfy(
            s -> {
              assertThat(s.message()).isEqualTo("antonym: men → women (via the rendering)");
              assertThat(s.severity()).isEqualTo(dev.drift.shift.Severity.ERROR);
            });
  }

  @Test
  void compare_should_count_words_for_an_antonym_and_take_a_synonym_for_the_lost_word()
      throws Exception {
    // Genesis 2:2 with "noche" for the second "día": one "day" of two is gone, "night" came
    Path mt =
        FakeTranslator.script(
            tmp,
            "mt.sh",
            "sed -e 's/^Y acab.*$/And God finished in the day seventh his work that he did, and"
                + " rested the night seventh of all his work./'"
                + " -e 's/^Del .*$/Of the tree of science of well and bad you will not eat./'");
    Path en =
        Files.writeString(
            tmp.resolve("en.txt"),
            "And on the seventh day God ended his work which he had made; and he rested on the"
                + " seventh day from all his work.\n\nBut of the tree of the knowledge of good and"
                + " evil thou shalt not eat.\n",
            StandardCharsets.UTF_8);
    Path es =
        Files.writeString(
            tmp.resolve("es.txt"),
            "Y acabó Dios en el día séptimo su obra que hizo, y reposó el noche séptimo de toda su"
                + " obra.\n\nDel árbol de ciencia del bien y del mal no comerás.\n",
            StandardCharsets.UTF_8);
    DriftReport report = compare(mt, en, es);

    assertThat(report.pairs()).extracting(Pair::kind).containsOnly(PairKind.MATCH).hasSize(2);
    assertThat(report.pairs().get(0).shifts())
        .anySatisfy(
            s -> {
              assertThat(s.message()).isEqualTo("antonym: day → night (via the rendering)");
              assertThat(s.severity()).isEqualTo(dev.drift.shift.Severity.ERROR);
            });
    // "good" is lost ("well") and "bad" came, but "bad" renders "evil": no antonym
    assertThat(report.pairs().get(1).shifts())
        .noneSatisfy(s -> assertThat(s.message()).startsWith("antonym"));
  }

  /** Compares a pair through the translator, without the model and without the cache. */
  private static DriftReport compare(Path mt, Path en, Path es) throws Exception {
    DriftOptions options =
        DriftOptions.builder()
            .optTranslationLanguage("es")
            .optTranslator(mt.toString())
            .optCache(false)
            .build();
    try (DriftChecker checker = DriftChecker.create(options, new BagOfWordsEmbedder())) {
      return checker.compare(en, es);
    }
  }
}
