package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.embed.AutoModel;
import dev.drift.embed.ModelSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each grading, report, input and model option of {@code drift compare} does, shown with the
 * real model on small documents written for it: one option changes one thing on the same pair. The
 * fixtures' shifts were checked by hand with the bundled model: "volunteers → neighbours" scores
 * 0.68 (a warning), "keep → maintain" 0.31 (info).
 */
class CompareOptionsIT extends CommandTestBase {
  static final String CACHE = "target/drift-cache";
  static final String SEED_ORIGINAL = "../examples/g20/original.txt";
  static final String SEED_TRANSLATION = "../examples/g20/translation.txt";

  static final String ORIGINAL =
      "The committee met in the old town hall on a quiet morning.\n"
          + "Members discussed the budget for the coming season at length.\n"
          + "They agreed to keep the library open on weekends.\n"
          + "The gardens behind the hall will be replanted in spring.\n"
          + "Everyone thanked the volunteers who organised the meeting.\n";

  /** One wording change graded warning. */
  static final String WARNING = ORIGINAL.replace("volunteers", "neighbours");

  /** One wording change graded info. */
  static final String INFO = ORIGINAL.replace("keep the", "maintain the");

  /** Both. */
  static final String INFO_AND_WARNING = WARNING.replace("keep the", "maintain the");

  /** The fourth sentence dropped. */
  static final String DROPPED =
      ORIGINAL.replace("The gardens behind the hall will be replanted in spring.\n", "");

  /** A sentence added after the third. */
  static final String ADDED =
      ORIGINAL.replace(
          "weekends.\n", "weekends.\nThe museum will reopen its west wing next year.\n");

  /** Every sentence changed a little: similarities well below 1, so pooling shows. */
  static final String REWORDED =
      "The committee met in the old town hall on a busy morning.\n"
          + "Members discussed the plans for the coming season at length.\n"
          + "They agreed to keep the library open on holidays.\n"
          + "The gardens behind the hall will be repaired in spring.\n"
          + "Everyone thanked the neighbours who organised the meeting.\n";

  @TempDir Path tmp;
  Path original;

  @BeforeEach
  void writeOriginal() {
    original = write("original.txt", ORIGINAL);
  }

  private Path translation(String text) {
    return write("translation.txt", text);
  }

  private Path write(String name, String text) {
    try {
      return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares two files into a JSON report and reads it; the exit code is in {@link #code}. */
  private JsonNode json(Path a, Path b, String... options) throws IOException {
    Path report = tmp.resolve("report-" + System.nanoTime() + ".json");
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                a.toString(),
                b.toString(),
                "--no-config",
                "--cache-dir",
                CACHE,
                "-f",
                "json",
                "-o",
                report.toString()));
    args.addAll(List.of(options));
    run(args.toArray(String[]::new));
    assertThat(err).as("stderr").isEmpty();
    return new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
  }

  /** Compares two files into a text report on standard output. */
  private String text(Path a, Path b, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("compare", a.toString(), b.toString(), "--no-config", "--cache-dir", CACHE));
    args.addAll(List.of(options));
    run(args.toArray(String[]::new));
    assertThat(err).as("stderr").isEmpty();
    return out;
  }

  private static List<JsonNode> shifts(JsonNode report) {
    List<JsonNode> shifts = new ArrayList<>();
    report.get("pairs").forEach(p -> p.get("shifts").forEach(shifts::add));
    return shifts;
  }

  /** The only shift of a report. */
  private static JsonNode onlyShift(JsonNode report) {
    List<JsonNode> shifts = shifts(report);
    assertThat(shifts).as("shifts of %s", report).hasSize(1);
    return shifts.get(0);
  }

  private static List<Double> similarities(JsonNode report) {
    List<Double> out = new ArrayList<>();
    for (JsonNode p : report.get("pairs")) {
      out.add(p.path("similarity").asDouble(Double.NaN));
    }
    return out;
  }

  // ---- --fail-on ----

  @Test
  void compare_should_pass_a_warning_with_the_default_fail_on_error() throws IOException {
    JsonNode report = json(original, translation(WARNING));
    assertExit(0);
    assertThat(report.at("/thresholds/failOn").asText()).isEqualTo("error");
    assertThat(report.get("verdict").asText()).isEqualTo("pass");
    assertThat(onlyShift(report).get("severity").asText()).isEqualTo("warning");
    assertThat(onlyShift(report).get("message").asText()).isEqualTo("volunteers → neighbours");
  }

  @Test
  void compare_should_fail_on_warning_when_fail_on_warning() throws IOException {
    JsonNode report = json(original, translation(WARNING), "--fail-on", "warning");
    assertExit(1);
    assertThat(report.at("/thresholds/failOn").asText()).isEqualTo("warning");
    assertThat(report.get("verdict").asText()).isEqualTo("fail");
    assertThat(report.get("reasons").toString())
        .contains("1 shift at warning or above")
        .contains("volunteers → neighbours");
    // The verdict's only reason is the shift: the drift thresholds still pass.
    assertThat(report.get("reasons")).hasSize(1);
  }

  @Test
  void compare_should_fail_on_info_only_when_fail_on_info() throws IOException {
    Path info = translation(INFO);
    assertThat(onlyShift(json(original, info)).get("severity").asText()).isEqualTo("info");
    assertExit(0);
    json(original, info, "--fail-on", "warning");
    assertExit(0);
    json(original, info, "--fail-on", "error");
    assertExit(0);
    JsonNode failing = json(original, info, "--fail-on", "info");
    assertExit(1);
    assertThat(failing.get("reasons").toString()).contains("1 shift at info or above");
  }

  @Test
  void compare_should_take_fail_on_for_the_text_report_too() {
    text(original, write("translation.txt", WARNING), "--fail-on", "warning");
    assertExit(1);
    assertThat(out).contains("1 shift at warning or above").containsPattern("· FAIL\\R");
  }

  // ---- --min-severity ----

  @Test
  void compare_should_show_warnings_but_not_info_in_the_text_report_by_default() {
    String report = text(original, write("translation.txt", INFO_AND_WARNING));
    assertExit(0);
    assertThat(report)
        .contains("[volunteers → neighbours]")
        .containsPattern("warning +volunteers → neighbours")
        .doesNotContain("keep → maintain")
        // the pair is still listed, only its shift is not
        .contains("They agreed to keep the library open on weekends.");
  }

  @Test
  void compare_should_show_info_shifts_in_the_text_report_with_min_severity_info() {
    String report =
        text(original, write("translation.txt", INFO_AND_WARNING), "--min-severity", "info");
    assertExit(0);
    assertThat(report)
        .containsPattern("info +keep → maintain")
        .contains("[keep → maintain]")
        .containsPattern("warning +volunteers → neighbours");
  }

  @Test
  void compare_should_hide_warnings_in_the_text_report_with_min_severity_error() {
    String report =
        text(original, write("translation.txt", INFO_AND_WARNING), "--min-severity", "error");
    assertExit(0);
    assertThat(report)
        .doesNotContain("volunteers → neighbours", "keep → maintain")
        .contains("Everyone thanked the neighbours who organised the meeting.");
  }

  @Test
  void compare_should_keep_every_shift_in_the_json_report_whatever_the_min_severity()
      throws IOException {
    Path translation = translation(INFO_AND_WARNING);
    JsonNode report = json(original, translation, "--min-severity", "error");
    assertExit(0);
    assertThat(shifts(report))
        .extracting(s -> s.get("severity").asText() + ": " + s.get("message").asText())
        .containsExactly("info: keep → maintain", "warning: volunteers → neighbours");
    assertThat(report.at("/counts/info").asInt()).isEqualTo(1);
    assertThat(report.at("/counts/warning").asInt()).isEqualTo(1);
  }

  // ---- --sentence-severity ----

  @Test
  void compare_should_grade_a_dropped_sentence_error_and_fail_by_default() throws IOException {
    JsonNode report = json(original, translation(DROPPED));
    assertExit(1);
    JsonNode shift = onlyShift(report);
    assertThat(shift.get("kinds").toString()).isEqualTo("[\"omission\"]");
    assertThat(shift.get("severity").asText()).isEqualTo("error");
    assertThat(report.get("reasons").toString()).contains("1 shift at error or above");
  }

  @Test
  void compare_should_grade_a_dropped_sentence_warning_and_pass_with_sentence_severity_warning()
      throws IOException {
    Path dropped = translation(DROPPED);
    JsonNode report = json(original, dropped, "--sentence-severity", "warning");
    assertExit(0);
    assertThat(onlyShift(report).get("severity").asText()).isEqualTo("warning");
    assertThat(report.at("/counts/omissions").asInt()).isEqualTo(1);
    assertThat(report.get("verdict").asText()).isEqualTo("pass");
    // The same warning fails where warnings fail.
    json(original, dropped, "--sentence-severity", "warning", "--fail-on", "warning");
    assertExit(1);
  }

  @Test
  void compare_should_grade_a_dropped_and_an_added_sentence_info_with_sentence_severity_info()
      throws IOException {
    JsonNode dropped = json(original, translation(DROPPED), "--sentence-severity", "info");
    assertExit(0);
    assertThat(onlyShift(dropped).get("severity").asText()).isEqualTo("info");
    JsonNode added = json(original, translation(ADDED), "--sentence-severity", "info");
    assertExit(0);
    JsonNode shift = onlyShift(added);
    assertThat(shift.get("kinds").toString()).isEqualTo("[\"addition\"]");
    assertThat(shift.get("severity").asText()).isEqualTo("info");
    json(original, translation(ADDED));
    assertExit(1);
  }

  @Test
  void compare_should_still_list_a_dropped_sentence_in_the_text_report_when_graded_info() {
    String report =
        text(original, write("translation.txt", DROPPED), "--sentence-severity", "info");
    assertExit(0);
    assertThat(report)
        .containsPattern("omit +orig 4:1 +The gardens behind the hall will be replanted")
        .contains("dropped in the translation")
        .containsPattern("· PASS\\R");
  }

  // ---- --warning-score, --error-score ----

  @Test
  void compare_should_regrade_the_same_shift_with_warning_and_error_scores() throws IOException {
    Path translation = translation(WARNING);
    JsonNode plain = onlyShift(json(original, translation));
    double score = plain.get("score").asDouble();
    assertThat(plain.get("severity").asText()).isEqualTo("warning");
    assertThat(score)
        .as("the fixture's impact lies between the default bands")
        .isBetween(0.45, 0.75);

    // An error score just below the shift's impact makes it an error, and the pair fails.
    String below = String.valueOf(Math.floor(score * 100) / 100 - 0.01);
    JsonNode error = onlyShift(json(original, translation, "--error-score", below));
    assertExit(1);
    assertThat(error.get("severity").asText()).isEqualTo("error");

    // A warning score just above it makes it info, which even --fail-on warning lets pass.
    String above = String.valueOf(Math.ceil(score * 100) / 100 + 0.01);
    JsonNode info =
        onlyShift(
            json(
                original,
                translation,
                "--warning-score",
                above,
                "--error-score",
                "0.95",
                "--fail-on",
                "warning"));
    assertExit(0);
    assertThat(info.get("severity").asText()).isEqualTo("info");

    // The same shift each time: only its grade moved.
    for (JsonNode regraded : List.of(error, info)) {
      assertThat(regraded.get("message")).isEqualTo(plain.get("message"));
      assertThat(regraded.get("score")).isEqualTo(plain.get("score"));
      assertThat(regraded.get("original")).isEqualTo(plain.get("original"));
    }
  }

  // ---- --input-format ----

  static final String MARKDOWN_IN_TXT =
      "# Release notes\n\n"
          + "See [the guide](https://example.com/guide) for **every** detail of the install.\n"
          + "The new version starts twice as fast as the old one.\n";

  @Test
  void compare_should_read_a_txt_file_with_markdown_as_markdown_unless_forced_to_text()
      throws IOException {
    Path notes = write("notes.txt", MARKDOWN_IN_TXT);
    JsonNode auto = json(notes, notes);
    JsonNode markdown = json(notes, notes, "--input-format", "markdown");
    JsonNode text = json(notes, notes, "--input-format", "text");
    assertExit(0);

    assertThat(auto.at("/original/format").asText()).isEqualTo("markdown");
    assertThat(markdown.at("/original/format").asText()).isEqualTo("markdown");
    assertThat(text.at("/original/format").asText()).isEqualTo("text");
    assertThat(text.at("/translation/format").asText()).isEqualTo("text");
    // Markdown reads the heading's text; plain text keeps its marker as part of the sentence.
    JsonNode heading = markdown.at("/pairs/0/original/0");
    assertThat(heading.get("text").asText()).isEqualTo("Release notes");
    assertThat(heading.get("column").asInt()).isEqualTo(3);
    JsonNode line = text.at("/pairs/0/original/0");
    assertThat(line.get("text").asText()).isEqualTo("# Release notes");
    assertThat(line.get("column").asInt()).isEqualTo(1);
    assertThat(auto.get("pairs")).isEqualTo(markdown.get("pairs"));
  }

  @Test
  void compare_should_read_a_plain_txt_file_as_markdown_or_html_when_told() throws IOException {
    Path notes = write("notes.txt", MARKDOWN_IN_TXT);
    JsonNode html = json(notes, notes, "--input-format", "html");
    assertExit(0);
    assertThat(html.at("/original/format").asText()).isEqualTo("html");
    // HTML joins the lines of one paragraph: the heading line runs into the next sentence.
    assertThat(html.at("/original/sentences").asInt()).isEqualTo(2);
    assertThat(html.at("/pairs/0/original/0/text").asText())
        .startsWith("# Release notes")
        .endsWith("detail of the install.");

    JsonNode plain = json(original, original);
    JsonNode forced = json(original, original, "--input-format", "markdown");
    assertThat(plain.at("/original/format").asText()).isEqualTo("text");
    assertThat(forced.at("/original/format").asText()).isEqualTo("markdown");
  }

  // ---- --pooling, --no-normalize ----

  /** Schema, every sentence in exactly one pair (here: five 1:1 matches in order), cosines. */
  private static void assertValidFiveMatchReport(JsonNode report) {
    assertThat(report.get("schema").asText()).isEqualTo("drift-report/1");
    assertThat(report.get("pairs")).hasSize(5);
    int line = 1;
    for (JsonNode pair : report.get("pairs")) {
      assertThat(pair.get("kind").asText()).isEqualTo("match");
      assertThat(pair.at("/original/0/line").asInt()).isEqualTo(line);
      assertThat(pair.at("/translation/0/line").asInt()).isEqualTo(line);
      assertThat(pair.get("similarity").asDouble()).isBetween(-1.0, 1.0);
      assertThat(pair.get("drift").asDouble()).isBetween(0.0, 1.0);
      line++;
    }
    assertThat(report.get("drift").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void compare_should_pool_by_mean_by_default_as_the_bundled_model_has_no_pooling_config()
      throws IOException {
    Path translation = translation(REWORDED);
    JsonNode byDefault = json(original, translation);
    JsonNode mean = json(original, translation, "--pooling", "mean");
    assertValidFiveMatchReport(byDefault);
    assertThat(mean.get("pairs")).isEqualTo(byDefault.get("pairs"));
    assertThat(mean.get("drift")).isEqualTo(byDefault.get("drift"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cls", "max"})
  void compare_should_change_similarities_with_pooling_and_keep_a_valid_report(String pooling)
      throws IOException {
    Path translation = translation(REWORDED);
    JsonNode mean = json(original, translation, "--pooling", "mean");
    JsonNode other = json(original, translation, "--pooling", pooling);
    assertValidFiveMatchReport(other);
    assertThat(other.get("model")).isEqualTo(mean.get("model"));
    List<Double> a = similarities(mean);
    List<Double> b = similarities(other);
    double largest = 0;
    for (int k = 0; k < a.size(); k++) {
      largest = Math.max(largest, Math.abs(a.get(k) - b.get(k)));
    }
    // Measured: cls and max move the similarities by 0.06 to 0.13 on these pairs.
    assertThat(largest)
        .as("largest change of a similarity, %s against mean", pooling)
        .isGreaterThan(0.03);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mean", "cls", "max"})
  void compare_should_report_cosines_without_normalisation(String pooling) throws IOException {
    // Without normalisation the vectors keep their length (mean pooling gives about 4, max pooling
    // about 16); the similarities reported are cosines, which do not depend on length, so the
    // report is the one the normalised vectors give.
    Path translation = translation(REWORDED);
    JsonNode unit = json(original, translation, "--pooling", pooling);
    JsonNode raw = json(original, translation, "--pooling", pooling, "--no-normalize");
    assertValidFiveMatchReport(raw);
    List<Double> a = similarities(unit);
    List<Double> b = similarities(raw);
    for (int k = 0; k < a.size(); k++) {
      assertThat(b.get(k)).as("similarity of pair %d", k).isCloseTo(a.get(k), within(0.002));
    }
    assertThat(raw.get("drift").asDouble()).isCloseTo(unit.get("drift").asDouble(), within(0.002));
    assertThat(raw.get("verdict")).isEqualTo(unit.get("verdict"));
    assertThat(raw.get("counts")).isEqualTo(unit.get("counts"));
  }

  // ---- --model minilm-int8 ----

  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Where a pair starts on both sides: the offsets of its first original and translation sentences
   * (a line may hold several sentences).
   */
  private static String start(JsonNode pair) {
    return pair.at("/original/0/start").asInt() + "→" + pair.at("/translation/0/start").asInt();
  }

  /** The similarity of each match, by {@link #start}. */
  private static Map<String, Double> matches(JsonNode report) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (JsonNode p : report.get("pairs")) {
      if (p.get("kind").asText().equals("match")) {
        out.put(start(p), p.get("similarity").asDouble());
      }
    }
    return out;
  }

  @Test
  void compare_should_load_the_bundled_int8_model_by_name() throws Exception {
    Path a = Path.of(SEED_ORIGINAL);
    Path b = Path.of(SEED_TRANSLATION);
    JsonNode fp32 = json(a, b);
    assertExit(1);
    JsonNode int8 = json(a, b, "--model", "minilm-int8");
    assertExit(1);

    ModelSource fp32Model = ModelSource.bundled(Path.of(CACHE));
    ModelSource int8Model =
        ModelSource.bundled(ModelSource.Bundled.named("minilm-int8").orElseThrow(), Path.of(CACHE));
    assertThat(fp32.at("/model/name").asText()).isEqualTo("all-MiniLM-L6-v2");
    assertThat(int8.at("/model/name").asText()).isEqualTo("all-MiniLM-L6-v2-int8");
    // The hash in the report is the hash of the graph that ran.
    assertThat(fp32.at("/model/sha256").asText()).isEqualTo(sha256(fp32Model.modelFile()));
    assertThat(int8.at("/model/sha256").asText())
        .matches("[0-9a-f]{64}")
        .isEqualTo(sha256(int8Model.modelFile()))
        .isNotEqualTo(fp32.at("/model/sha256").asText());
    // A quarter of the size (README, Models).
    assertThat((double) Files.size(int8Model.modelFile()) / Files.size(fp32Model.modelFile()))
        .isLessThan(0.3);

    // Sane on the seed pair: the README's example match, original line 25 with translation line
    // 11 (0.86 in fp32), is as close in int8, and every pair both models match moves by little
    // (0.03 at most was measured), as does drift.
    JsonNode example = fp32.at("/pairs").get(0);
    for (JsonNode p : fp32.get("pairs")) {
      if (p.at("/original/0/line").asInt() == 25 && p.at("/original/0/column").asInt() == 1) {
        example = p;
      }
    }
    assertThat(example.at("/translation/0/line").asInt()).isEqualTo(11);
    assertThat(example.get("similarity").asDouble()).isCloseTo(0.86, within(0.01));
    Map<String, Double> fp32Matches = matches(fp32);
    Map<String, Double> int8Matches = matches(int8);
    assertThat(int8Matches.get(start(example)))
        .isCloseTo(fp32Matches.get(start(example)), within(0.03));
    fp32Matches.keySet().retainAll(int8Matches.keySet());
    assertThat(fp32Matches).as("matches both models make").hasSizeGreaterThanOrEqualTo(12);
    fp32Matches.forEach(
        (pair, similarity) ->
            assertThat(int8Matches.get(pair))
                .as("int8 similarity of the match at offsets %s", pair)
                .isCloseTo(similarity, within(0.06)));
    assertThat(int8.get("drift").asDouble()).isCloseTo(fp32.get("drift").asDouble(), within(0.06));
  }

  @Test
  void compare_should_run_and_name_the_model_auto_chose_and_keep_its_cache_apart()
      throws Exception {
    Path a = Path.of(SEED_ORIGINAL);
    Path b = Path.of(SEED_TRANSLATION);
    ModelSource.Bundled chosen = AutoModel.forThisCpu().model();
    JsonNode auto = json(a, b, "--model", "auto");
    assertExit(1);
    JsonNode named = json(a, b, "--model", chosen.optionName());
    assertExit(1);
    ModelSource.Bundled otherModel =
        chosen == ModelSource.Bundled.MINILM
            ? ModelSource.Bundled.MINILM_INT8
            : ModelSource.Bundled.MINILM;
    JsonNode other = json(a, b, "--model", otherModel.optionName());
    assertExit(1);

    // The report names the model that ran, and is the chosen model's own (cache warm or cold).
    assertThat(auto.at("/model/name").asText()).isEqualTo(chosen.displayName());
    assertThat(auto.at("/model/sha256")).isEqualTo(named.at("/model/sha256"));
    assertThat(auto.get("pairs")).isEqualTo(named.get("pairs"));
    // The other model's vectors, in the same cache directory, are not served for it.
    assertThat(other.at("/model/sha256")).isNotEqualTo(auto.at("/model/sha256"));
    assertThat(other.get("pairs")).isNotEqualTo(auto.get("pairs"));
  }
}
