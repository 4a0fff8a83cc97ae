package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift check} over translation files with the real model: a bundle directory of Java
 * ResourceBundles (British and American English variants, so no translator is needed), JSON bundles
 * across two trees, and a malformed file.
 */
class BundleCheckIT extends CommandTestBase {
  static final String CACHE = "target/drift-cache";
  static final String MESSAGES =
      """
      # Shown on the start page
      greeting=Welcome back, {0}! You have {1} new messages.
      wind=The station sends an alert when the wind speed exceeds 60 km/h.
      save=Save the document before you close the window.
      """;
  static final String BROKEN =
      """
      # Shown on the start page
      greeting=Welcome back, {name}! You have {1} new messages.
      wind=The station sends an alert when the wind speed exceeds 90 km/h.
      save=Save the document before you close the window.
      """;

  @TempDir Path tmp;

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void a_bundle_directory_fails_the_broken_bundle_and_passes_the_faithful_one() throws IOException {
    Path res = tmp.resolve("src/main/resources");
    write(res.resolve("messages.properties"), MESSAGES);
    write(res.resolve("messages_en_GB.properties"), MESSAGES);
    write(res.resolve("messages_en_US.properties"), BROKEN);

    run("check", "--bundle-dir", res.toString(), "--cache-dir", CACHE, "--no-color");

    assertExit(1);
    assertThat(out)
        .containsPattern("messages_en_GB\\.properties +en-GB +0\\.00 +pass")
        .containsPattern("messages_en_US\\.properties +en-US +0\\.\\d\\d +FAIL +error: ");
    assertPlaceLine(
        res.resolve("messages_en_US.properties")
            + ":2:10: error: placeholder missing in the target: {0}");
    assertPlaceLine(
        res.resolve("messages_en_US.properties") + ":3:61: error: number changed: 60 → 90");
    assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("2 documents checked, 1 passed, 1 failed, in ")
        .endsWith("FAIL");
  }

  /**
   * A place line is there, whole or cut at the terminal's width ({@code COLUMNS}, default 100) and
   * ended with "…": how much of it shows depends on the width and the temporary directory's name.
   */
  private void assertPlaceLine(String expected) {
    assertThat(out.lines())
        .anySatisfy(
            line -> {
              String shown = line.endsWith("…") ? line.substring(0, line.length() - 1) : line;
              assertThat(shown).contains("messages_en_US.properties");
              assertThat(expected).startsWith(shown);
            });
  }

  @Test
  void json_bundles_pair_across_trees_like_documents_and_write_unit_ids() throws IOException {
    Path en = tmp.resolve("locales/en");
    Path gb = tmp.resolve("locales/en_GB");
    write(
        en.resolve("app.json"),
        "{\"menu\": {\"open\": \"Open the file\", \"color\": \"Choose a color for the chart\"}}");
    write(
        gb.resolve("app.json"),
        "{\"menu\": {\"open\": \"Open the file\", \"color\": \"Choose a colour for the chart\"}}");
    Path reports = tmp.resolve("reports");

    run(
        "check",
        en.toString(),
        gb.toString(),
        "--cache-dir",
        CACHE,
        "--format",
        "json",
        "--output-dir",
        reports.toString());

    assertExit(0);
    assertThat(out).containsPattern("app\\.json +en-GB +0\\.\\d\\d +pass");
    String json = Files.readString(reports.resolve("en-GB/app.json.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"unit\" : \"menu.open\"", "\"unit\" : \"menu.color\"");
  }

  @Test
  void a_malformed_bundle_is_bad_input_on_one_line_and_nothing_is_written() throws IOException {
    Path res = tmp.resolve("res");
    write(res.resolve("en.json"), "{\"a\": \"Open\"}");
    write(res.resolve("de.json"), "{\"a\" \"Öffnen\"}");
    Path reports = tmp.resolve("reports");

    run(
        "check",
        "--bundle-dir",
        res.toString(),
        "--cache-dir",
        CACHE,
        "--format",
        "json",
        "--output-dir",
        reports.toString());

    assertOneLineError(res.resolve("de.json") + ":1: malformed JSON");
    assertExit(2);
    assertThat(reports).doesNotExist();
  }
}
