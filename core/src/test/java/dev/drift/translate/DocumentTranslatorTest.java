package dev.drift.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.embed.EmbeddingCache;
import dev.drift.load.DocumentLoader;
import dev.drift.segment.Rendering;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.SentenceSegmenter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translate stage over the persistent store ({@link EmbeddingCache}'s {@code renderings} table)
 * with a translator program that counts its runs ({@link FakeTranslator#counting}): a sentence is
 * rendered once, ever, per translator.
 */
class DocumentTranslatorTest {
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  static final String SPANISH = "Hola mundo. El perro duerme en Lviv. La casa es roja.\n";
  static final String ENGLISH = "Hello world. The dog sleeps in Lviv. The house is red.\n";

  @TempDir Path tmp;
  EmbeddingCache store;
  Path mt;

  @BeforeAll
  static void shell() {
    FakeTranslator.requireShell();
  }

  @BeforeEach
  void open() {
    store = EmbeddingCache.open(tmp.resolve("cache"));
    assertThat(store.enabled()).isTrue();
    mt = FakeTranslator.counting(tmp, "mt.sh", "EN ");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static SegmentedDocument segment(String name, String language, String text) {
    return SentenceSegmenter.create(language).segment(DocumentLoader.parse(name, text, null));
  }

  private DocumentTranslator stage(String command, Optional<EmbeddingCache> cache) {
    return DocumentTranslator.create(
        Optional.of(CommandTranslator.of(command, TIMEOUT)), "en", cache);
  }

  private SegmentedDocument render(DocumentTranslator stage, String spanish) {
    return stage.render(segment("es.txt", "es", spanish), segment("en.txt", "en", ENGLISH));
  }

  @Test
  void render_should_carry_a_rendering_per_sentence_and_each_capitalised_word() {
    SegmentedDocument out = render(stage(mt.toString(), Optional.of(store)), SPANISH);

    Rendering rendering = out.rendering();
    assertThat(rendering.translator()).isEqualTo(mt.toString());
    assertThat(rendering.sentences())
        .containsExactly("EN Hola mundo.", "EN El perro duerme en Lviv.", "EN La casa es roja.");
    assertThat(out.texts()).isEqualTo(rendering.sentences());
    assertThat(out.contents())
        .containsExactly("Hola mundo.", "El perro duerme en Lviv.", "La casa es roja.");
    assertThat(rendering.words())
        .containsEntry("Hola", "EN Hola")
        .containsEntry("Lviv", "EN Lviv")
        .containsKeys("El", "La");
    assertThat(FakeTranslator.calls(mt)).isEqualTo(1);
    assertThat(FakeTranslator.inputs(mt))
        .containsExactly(
            "Hola mundo.",
            "El perro duerme en Lviv.",
            "La casa es roja.",
            "Hola",
            "El",
            "Lviv",
            "La");
  }

  @Test
  void render_should_call_the_translator_once_for_a_document_rendered_twice() {
    DocumentTranslator stage = stage(mt.toString(), Optional.of(store));

    SegmentedDocument first = render(stage, SPANISH);
    SegmentedDocument second = render(stage, SPANISH);

    assertThat(FakeTranslator.calls(mt)).isEqualTo(1);
    assertThat(second.rendering()).isEqualTo(first.rendering());
  }

  @Test
  void render_should_find_renderings_from_an_earlier_run_after_the_store_is_reopened() {
    SegmentedDocument first = render(stage(mt.toString(), Optional.of(store)), SPANISH);
    store.close();
    store = EmbeddingCache.open(tmp.resolve("cache"));

    SegmentedDocument second = render(stage(mt.toString(), Optional.of(store)), SPANISH);

    assertThat(FakeTranslator.calls(mt)).isEqualTo(1);
    assertThat(second.rendering()).isEqualTo(first.rendering());
  }

  @Test
  void render_should_call_the_translator_every_time_without_a_store() {
    DocumentTranslator stage = stage(mt.toString(), Optional.empty());

    render(stage, SPANISH);
    render(stage, SPANISH);

    assertThat(FakeTranslator.calls(mt)).isEqualTo(2);
  }

  @Test
  void render_should_send_only_the_changed_sentence_after_an_edit() {
    DocumentTranslator stage = stage(mt.toString(), Optional.of(store));
    render(stage, SPANISH);
    int before = FakeTranslator.inputs(mt).size();

    SegmentedDocument edited = render(stage, SPANISH.replace("perro", "gato"));

    assertThat(FakeTranslator.calls(mt)).isEqualTo(2);
    assertThat(FakeTranslator.inputs(mt).subList(before, FakeTranslator.inputs(mt).size()))
        .containsExactly("El gato duerme en Lviv.");
    assertThat(edited.rendering().sentences())
        .containsExactly("EN Hola mundo.", "EN El gato duerme en Lviv.", "EN La casa es roja.");
  }

  @Test
  void render_should_send_a_sentence_written_twice_once() {
    render(stage(mt.toString(), Optional.of(store)), "Sí. Claro que no. Sí.\n");

    assertThat(FakeTranslator.inputs(mt)).containsExactly("Sí.", "Claro que no.", "Sí", "Claro");
  }

  @Test
  void render_should_call_another_translator_again_for_the_same_text() {
    render(stage(mt.toString(), Optional.of(store)), SPANISH);
    Path other = FakeTranslator.counting(tmp, "other.sh", "OTHER ");

    SegmentedDocument byOther = render(stage(other.toString(), Optional.of(store)), SPANISH);
    SegmentedDocument withArgument = render(stage(mt + " --formal", Optional.of(store)), SPANISH);

    assertThat(FakeTranslator.calls(other)).isEqualTo(1);
    assertThat(byOther.rendering().sentences()).allMatch(s -> s.startsWith("OTHER "));
    assertThat(FakeTranslator.calls(mt)).as("the same program with another argument").isEqualTo(2);
    assertThat(withArgument.rendering().translator()).isEqualTo(mt + " --formal");
  }

  @Test
  void render_should_call_the_translator_again_after_the_program_changed() throws Exception {
    render(stage(mt.toString(), Optional.of(store)), SPANISH);
    Path again = FakeTranslator.counting(tmp, "mt.sh", "NEW EN ");

    SegmentedDocument out = render(stage(again.toString(), Optional.of(store)), SPANISH);

    assertThat(FakeTranslator.calls(mt)).isEqualTo(2);
    assertThat(out.rendering().sentences()).allMatch(s -> s.startsWith("NEW EN "));
  }

  @Test
  void render_should_keep_renderings_into_another_language_apart() {
    render(stage(mt.toString(), Optional.of(store)), SPANISH);
    DocumentTranslator intoFrench =
        DocumentTranslator.create(
            Optional.of(CommandTranslator.of(mt.toString(), TIMEOUT)), "fr", Optional.of(store));

    intoFrench.render(segment("es.txt", "es", SPANISH), segment("fr.txt", "fr", ENGLISH));

    assertThat(FakeTranslator.calls(mt)).isEqualTo(2);
  }

  @Test
  void identity_should_follow_the_translator_of_the_declared_language() throws Exception {
    TranslatorSettings settings =
        new TranslatorSettings(java.util.Map.of("es", mt.toString()), TIMEOUT);
    String before = DocumentTranslators.create(settings, "en", "es", Optional.empty()).identity();

    FakeTranslator.counting(tmp, "mt.sh", "NEW EN ");
    String after = DocumentTranslators.create(settings, "en", "es", Optional.empty()).identity();

    assertThat(before).startsWith(mt.toString()).endsWith(">en");
    assertThat(after).as("the program edited in place").isNotEqualTo(before);
    assertThat(DocumentTranslators.create(settings, "en", "en-GB", Optional.empty()).identity())
        .as("no translator runs for a translation in the original's language")
        .isEmpty();
  }

  @Test
  void none_should_pass_the_document_through() {
    SegmentedDocument spanish = segment("es.txt", "es", SPANISH);

    assertThat(DocumentTranslator.none().render(spanish, segment("en.txt", "en", ENGLISH)))
        .isSameAs(spanish);
    assertThat(DocumentTranslator.none().translator()).isEmpty();
  }
}
