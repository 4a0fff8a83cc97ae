package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift compare} of translation files with the real model: the example XLIFF file through
 * Apertium (its drifted unit, lost placeholder, copied source and missing target found, each on its
 * unit), and two English bundles without a translator, whose SARIF lands on the translation's line.
 */
class BundleCompareIT extends CommandTestBase {
  static final Path EXAMPLES = Path.of("../examples/bundles");
  static final String CACHE = "target/drift-cache";

  @TempDir Path dir;

  @Test
  void compare_should_check_an_xliff_file_unit_by_unit_through_apertium() throws Exception {
    TranslatorCompareIT.requireApertium();
    Path json = dir.resolve("r.json");
    run(
        "compare",
        EXAMPLES.resolve("messages.xlf").toString(),
        "--translator",
        "apertium",
        "--cache-dir",
        CACHE,
        "-f",
        "json",
        "-o",
        json.toString());
    assertExit(1);
    JsonNode report = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
    List<String> found = new ArrayList<>();
    for (JsonNode pair : report.get("pairs")) {
      for (JsonNode shift : pair.get("shifts")) {
        if (!shift.get("severity").asText().equals("info")) {
          found.add(pair.get("unit").asText() + ": " + shift.get("message").asText());
        }
      }
    }
    assertThat(found)
        .contains(
            "wind: number changed: 60 → 90",
            "delete: placeholder missing in the target: {0}",
            "save: untranslated: the target is the source",
            "help: untranslated: no target");
    assertThat(report.get("translation").get("language").asText()).isEqualTo("es");
  }

  @Test
  void compare_should_pair_bundles_by_key_and_place_sarif_on_the_translation_line()
      throws Exception {
    Path en = dir.resolve("messages.properties");
    Path gb = dir.resolve("messages_en_GB.properties");
    Files.writeString(
        en,
        "title = Weather station\nalert = Alerts start when the wind exceeds {0} km/h.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        gb,
        "# British English\n\ntitle = Weather station\nalert = Alerts start when the wind exceeds"
            + " 90 km/h.\n",
        StandardCharsets.UTF_8);
    Path sarif = dir.resolve("r.sarif");
    run(
        "compare",
        en.toString(),
        gb.toString(),
        "--cache-dir",
        CACHE,
        "-f",
        "sarif",
        "-o",
        sarif.toString());
    assertExit(1);
    String text = Files.readString(sarif, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("placeholder missing in the target: {0}", "messages_en_GB.properties");
    JsonNode region =
        new ObjectMapper()
            .readTree(text)
            .at("/runs/0/results/0/locations/0/physicalLocation/region/startLine");
    assertThat(region.asInt()).isEqualTo(4);
  }

  @Test
  void timings_should_name_the_bundle_stages_and_no_align() throws Exception {
    Path en = dir.resolve("messages.properties");
    Path gb = dir.resolve("messages_en_GB.properties");
    Files.writeString(
        en, "alert = Alerts start when the wind exceeds 60 km/h.\n", StandardCharsets.UTF_8);
    Files.writeString(
        gb, "alert = Alerts start when the wind exceeds 90 km/h.\n", StandardCharsets.UTF_8);
    run("compare", en.toString(), gb.toString(), "--no-cache", "--timings");
    assertExit(1);
    assertThat(err.strip().split("\n")).hasSize(1);
    assertThat(err)
        .startsWith("drift: timings: load ")
        .contains(" segment ", " translate ", " embed ", " shift ", " report ", " total ")
        .doesNotContain(" align ");
  }

  @Test
  void compare_should_refuse_a_malformed_po_file_in_one_line() throws Exception {
    Path po = dir.resolve("bad.po");
    Files.writeString(po, "msgid \"a\"\nmsgstr \"b\n", StandardCharsets.UTF_8);
    run("compare", po.toString(), "--cache-dir", CACHE);
    assertExit(2);
    assertOneLineError(po + ":2: unterminated string");
  }
}
