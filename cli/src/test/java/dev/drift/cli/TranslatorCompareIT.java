package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.RequiredTool;
import dev.drift.translate.FakeTranslator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code drift compare} of the example tree's English pages against their Spanish translations
 * through Debian's Apertium ({@code --translator apertium}) and through translator commands written
 * at test time, with the real model: the drifted page's four edits found at their places in the
 * Spanish file, the faithful pages passing, the refusals and failures each with its exit code, and
 * the translator run once for a pair however often it is compared.
 *
 * <p>examples/docs/es/guide/usage.md drifts from the English page in four places: 60 → 90 km/h
 * (line 5), Kyiv → Lviv (line 7), "ya no pueden descargarse" where the English says they can be
 * downloaded (line 9), and the last sentence (English line 11) dropped.
 */
class TranslatorCompareIT extends CommandTestBase {
  static final Path DOCS = Path.of("../examples/docs");
  static final Path EN = DOCS.resolve("en/guide/usage.md");
  static final Path ES = DOCS.resolve("es/guide/usage.md");

  @TempDir static Path cache;
  @TempDir Path tmp;

  static void requireApertium() {
    RequiredTool.requireCommand(
        "Apertium with its Spanish-English pair (apt-get install apertium apertium-eng-spa)",
        "sh",
        "-c",
        "echo hola | apertium -u spa-eng");
  }

  private int compare(Path original, Path translation, String... more) {
    List<String> args =
        new ArrayList<>(List.of("compare", original.toString(), translation.toString()));
    args.addAll(List.of(more));
    args.add("--no-config");
    if (!args.contains("--cache-dir")) {
      args.addAll(List.of("--cache-dir", cache.toString()));
    }
    return run(args.toArray(String[]::new));
  }

  private JsonNode json() throws IOException {
    return new ObjectMapper().readTree(out);
  }

  private static String text(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The 1-based line of an offset into a text. */
  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static List<JsonNode> shifts(JsonNode report) {
    List<JsonNode> shifts = new ArrayList<>();
    report.get("pairs").forEach(p -> p.get("shifts").forEach(shifts::add));
    return shifts;
  }

  private static JsonNode shift(JsonNode report, String kind) {
    return shifts(report).stream()
        .filter(
            s ->
                StreamSupport.stream(s.get("kinds").spliterator(), false)
                    .anyMatch(k -> k.asText().equals(kind)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " shift in " + shifts(report)));
  }

  @Test
  void compare_should_find_the_four_edits_of_the_spanish_page_where_they_are() throws Exception {
    requireApertium();
    String spanish = text(ES);
    String english = text(EN);

    compare(EN, ES, "--translation-lang", "es", "--translator", "apertium", "-f", "json");

    assertExit(1);
    JsonNode report = json();
    assertThat(report.get("verdict").asText()).isEqualTo("fail");
    assertThat(report.get("translation").get("language").asText()).isEqualTo("es");
    assertThat(report.get("translation").get("translator").asText()).isEqualTo("apertium spa-eng");
    assertThat(report.get("original").has("translator")).isFalse();
    for (JsonNode pair : report.get("pairs")) {
      for (JsonNode ref : pair.get("translation")) {
        assertThat(ref.get("rendering").asText()).as("rendering of %s", ref).isNotBlank();
        int start = ref.get("start").asInt();
        int end = ref.get("end").asInt();
        assertThat(spanish.substring(start, end)).isEqualTo(ref.get("text").asText());
        assertThat(lineOf(spanish, start)).isEqualTo(ref.get("line").asInt());
      }
      for (JsonNode ref : pair.get("original")) {
        assertThat(ref.has("rendering")).isFalse();
      }
    }

    JsonNode number = shift(report, "number");
    assertThat(number.get("severity").asText()).isEqualTo("error");
    assertThat(number.get("message").asText()).contains("60", "90");
    assertThat(number.get("original").get("text").asText()).isEqualTo("60");
    assertTranslationSpan(number, spanish, "90", 5);

    JsonNode entity = shift(report, "entity");
    assertThat(entity.get("severity").asText()).isEqualTo("error");
    assertThat(entity.get("original").get("text").asText()).isEqualTo("Kyiv");
    assertTranslationSpan(entity, spanish, "Lviv", 7);

    JsonNode negation = shift(report, "negation");
    assertThat(negation.get("severity").asText()).isEqualTo("error");
    assertTranslationSpan(negation, spanish, "no", 9);
    assertThat(spanish.substring(negation.get("translation").get("start").asInt()))
        .startsWith("no pueden descargarse");

    List<JsonNode> omissions =
        StreamSupport.stream(report.get("pairs").spliterator(), false)
            .filter(p -> p.get("kind").asText().equals("omission"))
            .toList();
    assertThat(omissions).hasSize(1);
    JsonNode dropped = omissions.get(0).get("original").get(0);
    assertThat(dropped.get("text").asText()).startsWith("Press the reset button");
    assertThat(dropped.get("line").asInt()).isEqualTo(11);
    assertThat(english.substring(dropped.get("start").asInt(), dropped.get("end").asInt()))
        .isEqualTo(dropped.get("text").asText());
    assertThat(omissions.get(0).get("translation")).isEmpty();
    assertThat(report.get("counts").get("omissions").asInt()).isEqualTo(1);
    assertThat(report.get("counts").get("error").asInt()).isEqualTo(4);
  }

  private static void assertTranslationSpan(JsonNode shift, String spanish, String text, int line) {
    JsonNode span = shift.get("translation");
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    assertThat(span.get("text").asText()).isEqualTo(text);
    assertThat(spanish.substring(start, end))
        .as("the Spanish file at %d..%d", start, end)
        .isEqualTo(text);
    assertThat(lineOf(spanish, start)).isEqualTo(line);
  }

  /**
   * Compares a page of the English example tree with its Spanish page through Apertium, in JSON.
   */
  private void compareThroughApertium(String page) {
    compare(
        DOCS.resolve("en").resolve(page),
        DOCS.resolve("es").resolve(page),
        "--translation-lang",
        "es",
        "--translator",
        "apertium",
        "-f",
        "json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.md", "faq.md"})
  void compare_should_pass_a_faithful_spanish_page(String page) throws Exception {
    requireApertium();

    compareThroughApertium(page);

    assertExit(0);
    JsonNode report = json();
    assertThat(report.get("verdict").asText()).isEqualTo("pass");
    assertThat(report.get("translation").get("translator").asText()).isEqualTo("apertium spa-eng");
    assertThat(report.get("counts").get("omissions").asInt()).isZero();
    assertThat(report.get("counts").get("error").asInt()).isZero();
  }

  @Test
  void compare_should_find_no_shift_on_a_faithful_page_apertium_renders_poorly() throws Exception {
    // Apertium renders "Monte la estación en un poste" as "Mountain the season in a stick": the
    // page's similarity is low, but nothing is reported dropped, added or changed.
    requireApertium();

    compareThroughApertium("guide/install.md");

    JsonNode report = json();
    assertThat(report.get("counts").get("omissions").asInt()).isZero();
    assertThat(report.get("counts").get("additions").asInt()).isZero();
    assertThat(report.get("counts").get("error").asInt()).isZero();
    assertThat(report.get("counts").get("warning").asInt()).isZero();
  }

  @Test
  void compare_should_refuse_a_spanish_page_without_a_translator() {
    compare(EN, ES, "--translation-lang", "es");

    assertExit(2);
    assertOneLineError(ES.toString(), "es", "--translator apertium", "apertium-eng-spa");
    assertThat(out).isEmpty();
  }

  @Test
  void compare_should_detect_an_undeclared_language_and_warn() throws Exception {
    requireApertium();

    compare(EN, ES, "--translator", "apertium", "-f", "json");

    assertExit(1);
    JsonNode report = json();
    assertThat(report.get("translation").get("language").asText()).isEqualTo("es");
    assertThat(report.get("translation").get("translator").asText()).isEqualTo("apertium spa-eng");
    assertThat(report.get("warnings")).hasSize(1);
    assertThat(report.get("warnings").get(0).asText())
        .contains(ES.toString(), "reads as es", "--translation-lang es");
    assertThat(shift(report, "number").get("translation").get("text").asText()).isEqualTo("90");
  }

  @Test
  void compare_should_exit_3_without_a_report_when_the_translator_fails() {
    FakeTranslator.requireShell();
    Path mt =
        FakeTranslator.script(
            tmp, "fails.sh", "cat > /dev/null\necho 'mt: cannot load model es-en' >&2\nexit 5");
    Path report = tmp.resolve("report.json");

    compare(
        EN,
        ES,
        "--translation-lang",
        "es",
        "--translator",
        mt.toString(),
        "-f",
        "json",
        "-o",
        report.toString());

    assertExit(3);
    assertThat(err.strip().split("\\R"))
        .containsExactly(
            "drift: translator " + mt + " exited with 5: mt: cannot load model es-en",
            "drift: run with --verbose for details");
    assertThat(report).doesNotExist();
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary report left either")
          .containsExactly("fails.sh");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void compare_should_exit_2_for_a_translator_that_is_not_installed() {
    compare(EN, ES, "--translation-lang", "es", "--translator", "nosuchprogram");

    assertExit(2);
    assertOneLineError("'nosuchprogram'", "not found");
    assertThat(out).isEmpty();
  }

  @Test
  void compare_should_not_run_the_translator_again_for_a_pair_it_rendered() throws Exception {
    requireApertium();
    Path calls = tmp.resolve("calls");
    String body = "echo run >> '" + calls + "'\nexec apertium -u spa-eng";
    Path mt = FakeTranslator.script(tmp, "mt.sh", body);
    String[] args = {
      "--translation-lang",
      "es",
      "--translator",
      mt.toString(),
      "-f",
      "json",
      "--cache-dir",
      tmp.resolve("cache").toString()
    };
    List<String> withMaxDrift = new ArrayList<>(List.of(args));
    withMaxDrift.addAll(List.of("--max-drift", "0.5"));

    compare(EN, ES, args);
    assertExit(1);
    String cold = out;
    assertThat(json().get("translation").get("translator").asText()).isEqualTo(mt.toString());
    assertThat(Files.readAllLines(calls, StandardCharsets.UTF_8)).hasSize(1);

    compare(EN, ES, args);
    assertExit(1);
    assertThat(out).as("the same report").isEqualTo(cold);
    assertThat(Files.readAllLines(calls, StandardCharsets.UTF_8)).hasSize(1);

    compare(EN, ES, withMaxDrift.toArray(String[]::new));
    assertExit(1);
    assertThat(Files.readAllLines(calls, StandardCharsets.UTF_8))
        .as("another report, the renderings from the cache")
        .hasSize(1);

    FakeTranslator.script(tmp, "mt.sh", body + "\n# upgraded");
    compare(EN, ES, args);
    assertExit(1);
    assertThat(Files.readAllLines(calls, StandardCharsets.UTF_8))
        .as("the translator changed: run it again")
        .hasSize(2);
  }
}
