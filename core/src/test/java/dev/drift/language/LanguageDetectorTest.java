package dev.drift.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.Sentence;
import dev.drift.segment.SentenceSegmenter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = LanguageDetector.create();
  private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "it", "pt", "nl");

  static Path resource(String name) {
    URL url = LanguageDetectorTest.class.getResource(name);
    assertThat(url).as("test resource %s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A resource loaded and segmented as drift does it, in the given language. */
  static SegmentedDocument page(String name, String language) {
    Path path = resource(name);
    return SentenceSegmenter.create(language).segment(DocumentLoader.load(path, null));
  }

  static SegmentedDocument text(String text) {
    return SentenceSegmenter.create("en")
        .segment(DocumentLoader.parse("test.md", text, InputFormat.MARKDOWN));
  }

  static Stream<String> texts() {
    return LANGUAGES.stream()
        .flatMap(l -> Stream.of("tune/" + l + ".txt", "heldout/" + l + ".txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void detect_should_name_the_language_of_a_page_of_prose(String name) {
    String expected = name.substring(name.indexOf('/') + 1, name.indexOf('.'));
    Optional<DetectedLanguage> found = DETECTOR.detect(page(name, expected));
    assertThat(found).isPresent();
    assertThat(found.get().language()).isEqualTo(expected);
    assertThat(found.get().confidence()).isGreaterThan(0.9);
  }

  @Test
  void detect_should_read_old_spanish_and_english_bibles() {
    assertThat(DETECTOR.detect(page("bible/john-03.es.txt", "es")))
        .map(DetectedLanguage::language)
        .contains("es");
    assertThat(DETECTOR.detect(page("bible/isaiah-40.es.txt", "es")))
        .map(DetectedLanguage::language)
        .contains("es");
    assertThat(DETECTOR.detect(page("bible/john-03.kjv.txt", "en")))
        .map(DetectedLanguage::language)
        .contains("en");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // 1 Samuel 17:52 and Genesis 22:9 (Reina-Valera 1909): with the Asturian and Aragonese
        // profiles the first reads as Asturian, the second as nothing (no majority).
        "Y levantándose los de Israel y de Judá, dieron grita, y siguieron á los Filisteos hasta"
            + " llegar al valle, y hasta las puertas de Ecrón.",
        "Y como llegaron al lugar que Dios le había dicho, edificó allí Abraham un altar, y"
            + " compuso la leña, y ató á Isaac su hijo, y púsole en el altar sobre la leña."
      })
  void detect_should_read_spanish_that_the_asturian_profile_would_claim(String sentence) {
    assertThat(DETECTOR.detect(List.of(sentence))).map(DetectedLanguage::language).contains("es");
  }

  @Test
  void detect_should_give_nothing_for_a_page_of_headings() {
    // 70 letters of Spanish headings: read right, but too few to trust (see MIN_LETTERS).
    assertThat(DETECTOR.detect(page("pages/headings.es.md", "es"))).isEmpty();
  }

  @Test
  void detect_should_give_nothing_for_a_title_and_a_short_sentence() {
    assertThat(DETECTOR.detect(page("pages/short-sentence.es.md", "es"))).isEmpty();
  }

  @Test
  void detect_should_name_a_page_of_one_long_sentence() {
    assertThat(DETECTOR.detect(page("pages/one-sentence.es.md", "es")))
        .map(DetectedLanguage::language)
        .contains("es");
  }

  @Test
  void detect_should_read_the_prose_around_code_and_not_the_code() {
    // Code blocks and spans hold more English-looking words than the page has prose.
    assertThat(DETECTOR.detect(page("pages/code-heavy.es.md", "es")))
        .map(DetectedLanguage::language)
        .contains("es");
    assertThat(DETECTOR.detect(page("pages/code-only.md", "en"))).isEmpty();
  }

  @Test
  void detect_should_give_the_majority_language_of_a_spanish_page_quoting_english() {
    Optional<DetectedLanguage> found = DETECTOR.detect(page("pages/quote.es.md", "es"));
    assertThat(found).map(DetectedLanguage::language).contains("es");
  }

  @Test
  void detect_should_give_nothing_for_a_page_half_in_each_language() {
    assertThat(DETECTOR.detect(page("pages/half.md", "en"))).isEmpty();
  }

  @Test
  void detect_should_give_nothing_for_an_empty_page_or_one_without_letters() {
    assertThat(DETECTOR.detect(text(""))).isEmpty();
    assertThat(DETECTOR.detect(text("| 1 | 2 | 3 |\n\n42, 17, 3.5 — 2024-01-01\n"))).isEmpty();
  }

  @Test
  void detect_should_give_the_majority_of_a_long_document_read_in_samples() {
    // 2,000 sentences, the first quarter English and the rest Spanish: only 64 chunks are read,
    // spread over the whole document, so the Spanish majority and about its share come out.
    List<String> en = sentences("tune/en.txt", "en");
    List<String> es = sentences("bible/john-03.es.txt", "es");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      texts.add(en.get(i % en.size()));
    }
    for (int i = 0; i < 1500; i++) {
      texts.add(es.get(i % es.size()));
    }
    long start = System.nanoTime();
    Optional<DetectedLanguage> found = DETECTOR.detect(texts);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "2,000 sentences: %s in %d ms%n", found, millis);
    assertThat(found).map(DetectedLanguage::language).contains("es");
    assertThat(found.get().confidence()).isBetween(0.65, 0.85);
  }

  @Test
  void detect_should_answer_the_same_from_many_threads() throws Exception {
    List<SegmentedDocument> docs = new ArrayList<>();
    for (String name : texts().toList()) {
      docs.add(page(name, "en"));
    }
    docs.add(page("pages/quote.es.md", "es"));
    docs.add(page("pages/headings.es.md", "es"));
    List<Optional<DetectedLanguage>> alone = docs.stream().map(DETECTOR::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Optional<DetectedLanguage>>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        // A fresh detector per thread: they share the one set of profiles.
        LanguageDetector detector = t % 2 == 0 ? DETECTOR : LanguageDetector.create();
        runs.add(pool.submit(() -> docs.stream().map(detector::detect).toList()));
      }
      for (Future<List<Optional<DetectedLanguage>>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone.stream().filter(Optional::isPresent).count()).isEqualTo(docs.size() - 1);
  }

  private static List<String> sentences(String name, String language) {
    return page(name, language).sentences().stream().map(Sentence::content).toList();
  }
}
