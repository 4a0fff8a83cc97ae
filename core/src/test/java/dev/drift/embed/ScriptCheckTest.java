package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.FakeModel;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.report.DriftReport;
import dev.drift.report.RenderOptions;
import dev.drift.report.ReportFormat;
import dev.drift.segment.SentenceSegmenter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptCheckTest {
  private static final ModelInfo BUNDLED = new ModelInfo("all-MiniLM-L6-v2", "a", 384, 256);
  private static final String ENGLISH =
      "Russia's foreign minister met his US counterpart on Thursday. They spoke for ten minutes.";

  private static List<String> sentences(String text) {
    return SentenceSegmenter.create("en")
        .segment(DocumentLoader.parse("doc.txt", text, InputFormat.TEXT))
        .texts();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Министр иностранных дел России встретился с госсекретарём США в четверг.|Cyrillic",
        "Ο υπουργός Εξωτερικών της Ρωσίας συναντήθηκε με τον Αμερικανό ομόλογό του.|Greek",
        "التقى وزير الخارجية الروسي نظيره الأمريكي يوم الخميس في نيودلهي.|Arabic",
        "ロシアの外相は木曜日にニューデリーで米国務長官と会談した。二人は十分間話した。|Han",
        "俄罗斯外交部长周四在新德里会见了美国国务卿。两人交谈了十分钟。|Han",
        "שר החוץ הרוסי נפגש עם מזכיר המדינה האמריקאי ביום חמישי.|Hebrew"
      })
  void warning_should_name_the_document_and_its_script_for_the_bundled_english_model(
      String text, String script) {
    assertThat(ScriptCheck.warning("fr/guide.md", sentences(text), BUNDLED))
        .hasValueSatisfying(
            w ->
                assertThat(w)
                    .startsWith("fr/guide.md: ")
                    .contains("are not Latin (mostly " + script + ")")
                    .contains("all-MiniLM-L6-v2", "unreliable", "multilingual model")
                    .doesNotContain("\n"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ENGLISH,
        "Le ministre russe des Affaires étrangères a rencontré son homologue américain jeudi.",
        "Der russische Außenminister traf am Donnerstag seinen US-Amtskollegen in Neu-Delhi.",
        "Ngoại trưởng Nga đã gặp người đồng cấp Mỹ vào thứ Năm tại New Delhi, Ấn Độ.",
        // Latin prose quoting a few words in another script stays below the limit.
        "The Russian word for peace, мир, also means world; the minister said it twice in Delhi."
      })
  void latin_script_prose_gets_no_warning(String text) {
    assertThat(ScriptCheck.warning("doc.txt", sentences(text), BUNDLED)).isEmpty();
  }

  @Test
  void a_few_letters_say_too_little_to_warn() {
    assertThat(ScriptCheck.warning("doc.txt", sentences("Москва."), BUNDLED)).isEmpty();
    assertThat(ScriptCheck.warning("doc.txt", List.of(), BUNDLED)).isEmpty();
  }

  @Test
  void a_model_given_by_directory_is_not_second_guessed() {
    ModelInfo multilingual = new ModelInfo("paraphrase-multilingual-MiniLM-L12-v2", "b", 384, 128);
    assertThat(
            ScriptCheck.warning(
                "ru.txt",
                sentences("Министр иностранных дел России встретился с госсекретарём США."),
                multilingual))
        .isEmpty();
  }

  @Test
  void compare_should_put_the_warning_in_the_report_the_text_and_the_json() throws Exception {
    String russian =
        "Министр иностранных дел России встретился с госсекретарём США в четверг. "
            + "Они говорили десять минут.";
    try (DriftChecker checker =
        DriftChecker.create(
            DriftOptions.builder().optTranslationLanguage("ru").build(),
            new FakeModel("all-MiniLM-L6-v2"))) {
      DriftReport report =
          checker.compare(
              DocumentLoader.parse("en.txt", ENGLISH, null),
              DocumentLoader.parse("ru.txt", russian, null));
      // Too short for the language guard to read: it warns by the declared language, and the
      // script check says why the similarities mean little.
      assertThat(report.warnings())
          .hasSize(2)
          .anySatisfy(
              w ->
                  assertThat(w)
                      .startsWith("ru.txt: 100% of its letters are not Latin (mostly Cyrillic)"))
          .anySatisfy(w -> assertThat(w).startsWith("ru.txt is declared ru (too little prose"));

      StringWriter json = new StringWriter();
      ReportFormat.JSON.renderer(RenderOptions.defaults()).render(report, json);
      assertThat(json.toString()).contains("\"warnings\"", "ru.txt: 100% of its letters");
      StringWriter text = new StringWriter();
      ReportFormat.TEXT.renderer(RenderOptions.defaults()).render(report, text);
      assertThat(text.toString()).contains("warning: ru.txt: 100% of its letters");
    }
  }

  @Test
  void compare_with_another_model_adds_no_script_warning() {
    try (DriftChecker checker =
        DriftChecker.create(DriftOptions.defaults(), new FakeModel("some-model"))) {
      DriftReport report =
          checker.compare(
              DocumentLoader.parse("en.txt", ENGLISH, null),
              DocumentLoader.parse("ru.txt", "Министр встретился с госсекретарём США.", null));
      assertThat(report.warnings()).isEmpty();
    }
  }
}
