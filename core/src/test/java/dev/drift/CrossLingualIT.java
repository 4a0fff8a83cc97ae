package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.embed.TinyMultilingualModel;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English document against its Spanish translation through a multilingual model given by
 * directory, with no translator: the wiring of the two-language path (alignment on the model's
 * sentence vectors, shifts by token matching), on {@link TinyMultilingualModel}, whose vectors make
 * a word and its translation identical. Not a measure of accuracy.
 */
class CrossLingualIT {
  @TempDir static Path tmp;
  static DriftChecker checker;
  static Path english;

  @BeforeAll
  static void open() throws Exception {
    Path model = TinyMultilingualModel.xlmR().writeTo(tmp.resolve("model"));
    english = write("en.txt", TinyMultilingualModel.ENGLISH);
    checker =
        DriftChecker.create(
            DriftOptions.builder()
                .optModel(model)
                .optOriginalLanguage("en")
                .optTranslationLanguage("es")
                .optCache(false)
                .build());
  }

  @AfterAll
  static void close() {
    checker.close();
  }

  private static Path write(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> texts(List<SentenceRef> sentences) {
    return sentences.stream().map(SentenceRef::text).toList();
  }

  private static Pair pairOf(DriftReport report, String original) {
    return report.pairs().stream()
        .filter(p -> texts(p.original()).contains(original))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair holds " + original));
  }

  @Test
  void english_and_spanish_sentences_pair_up_and_a_faithful_translation_passes() throws Exception {
    DriftReport report = checker.compare(english, write("es.txt", TinyMultilingualModel.SPANISH));

    assertThat(report.pairs())
        .extracting(p -> p.kind(), p -> texts(p.original()), p -> texts(p.translation()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                PairKind.MATCH,
                List.of("The dog sleeps in the garden."),
                List.of("El perro duerme en el jardín.")),
            org.assertj.core.groups.Tuple.tuple(
                PairKind.MATCH,
                List.of("The girl reads a book every night."),
                List.of("La niña lee un libro cada noche.")),
            org.assertj.core.groups.Tuple.tuple(
                PairKind.MATCH,
                List.of("The old bridge crosses the river."),
                List.of("El puente viejo cruza el río.")),
            org.assertj.core.groups.Tuple.tuple(
                PairKind.MATCH,
                List.of("We drink coffee with milk."),
                List.of("Bebemos café con leche.")));
    assertThat(report.pairs()).allSatisfy(p -> assertThat(p.similarity()).isGreaterThan(0.9));
    assertThat(report.pairs()).allSatisfy(p -> assertThat(p.shifts()).isEmpty());
    assertThat(report.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void a_changed_word_is_a_token_match_shift_and_order_does_not_matter() throws Exception {
    // Sentences swapped, "perro" (dog) turned into "gato" (cat), the last sentence dropped.
    DriftReport report =
        checker.compare(
            english,
            write(
                "es-changed.txt",
                "La niña lee un libro cada noche. El gato duerme en el jardín.\n\n"
                    + "El puente viejo cruza el río.\n"));

    Pair dog = pairOf(report, "The dog sleeps in the garden.");
    assertThat(dog.kind()).isEqualTo(PairKind.MATCH);
    assertThat(texts(dog.translation())).containsExactly("El gato duerme en el jardín.");
    assertThat(dog.shifts()).hasSize(1);
    Shift shift = dog.shifts().get(0);
    assertThat(shift.kinds()).containsExactly(ShiftKind.SUBSTITUTION);
    assertThat(shift.original().text()).isEqualTo("dog");
    assertThat(shift.translation().text()).isEqualTo("gato");
    assertThat(shift.translation().start())
        .isEqualTo("La niña lee un libro cada noche. El ".length());
    assertThat(shift.severity()).isGreaterThanOrEqualTo(Severity.WARNING);

    assertThat(texts(pairOf(report, "The girl reads a book every night.").translation()))
        .containsExactly("La niña lee un libro cada noche.");
    assertThat(pairOf(report, "The girl reads a book every night.").shifts()).isEmpty();
    assertThat(texts(pairOf(report, "The old bridge crosses the river.").translation()))
        .containsExactly("El puente viejo cruza el río.");
    assertThat(pairOf(report, "We drink coffee with milk.").kind()).isEqualTo(PairKind.OMISSION);
    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
  }
}
