package dev.drift.stale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.DriftOptions;
import dev.drift.report.SentenceRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cosmetic against meaning changes, with the bundled model, over repositories JGit makes. */
class StaleCheckerIT {
  private static final String GUIDE =
      "# Weather station\n\n"
          + "The station measures the wind every ten seconds. "
          + "It sends an alert when the wind speed exceeds 60 km/h. "
          + "Alerts go to the operators in Lyon.\n\n"
          + "You can change the threshold in the settings.\n";

  private static final String GUIDE_GB =
      "# Weather station\n\n"
          + "The station measures the wind every ten seconds. "
          + "It sends an alert when the wind speed goes above 60 km/h. "
          + "Alerts go to the operators in Lyon.\n\n"
          + "You can change the threshold in the settings.\n";

  @TempDir Path dir;

  private StaleDocument stale(Path root) {
    DriftOptions options =
        DriftOptions.builder().optCacheDirectory(Path.of("target", "drift-cache")).build();
    try (StaleChecker checker = StaleChecker.create(options)) {
      StaleReport report =
          checker.check(StaleRequest.of(root.resolve("en"), List.of(root.resolve("en-GB"))));
      assertThat(report.documents()).hasSize(1);
      return report.documents().get(0);
    }
  }

  @Test
  void check_should_call_a_typo_fix_and_a_reflow_cosmetic() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE.replace("measures", "measrues"))
          .write("en-GB/guide.md", GUIDE_GB)
          .commit("both");
      // Not committed: a writer sees the effect before committing.
      repo.write(
          "en/guide.md",
          GUIDE
              .replace("every ten seconds. It", "every ten seconds.\nIt")
              .replace("Lyon.", "Lyon!"));
      StaleDocument doc = stale(dir);
      assertThat(doc.status()).as("%s", doc).isEqualTo(StaleStatus.COSMETIC);
      assertThat(doc.changes()).isNotEmpty().noneMatch(StaleChange::meaning);
    }
  }

  @Test
  void check_should_call_a_changed_number_outdated_and_point_at_the_translation() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).write("en-GB/guide.md", GUIDE_GB).commit("both");
      repo.write("en/guide.md", GUIDE.replace("60 km/h", "90 km/h")).commit("new threshold");
      StaleDocument doc = stale(dir);
      assertThat(doc.status()).isEqualTo(StaleStatus.OUTDATED);
      StaleChange change = doc.changes().stream().filter(StaleChange::meaning).findFirst().get();
      assertThat(change.kind()).isEqualTo(StaleChange.Kind.CHANGED);
      assertThat(change.old().text()).contains("60 km/h");
      assertThat(change.current().text()).contains("90 km/h");
      assertThat(change.messages()).anyMatch(m -> m.contains("60") && m.contains("90"));
      assertThat(change.translation())
          .extracting(SentenceRef::text)
          .containsExactly("It sends an alert when the wind speed goes above 60 km/h.");
    }
  }

  @Test
  void check_should_call_a_dropped_sentence_outdated() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).write("en-GB/guide.md", GUIDE_GB).commit("both");
      repo.write("en/guide.md", GUIDE.replace(" Alerts go to the operators in Lyon.", ""))
          .commit("drop a sentence");
      StaleDocument doc = stale(dir);
      assertThat(doc.status()).isEqualTo(StaleStatus.OUTDATED);
      assertThat(doc.changes())
          .anyMatch(c -> c.kind() == StaleChange.Kind.DROPPED && c.old().text().contains("Lyon"));
    }
  }

  @Test
  void check_should_point_an_added_sentence_at_the_translation_of_the_one_it_follows()
      throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).write("en-GB/guide.md", GUIDE_GB).commit("both");
      repo.write(
              "en/guide.md",
              GUIDE.replace(
                  "operators in Lyon.", "operators in Lyon. A copy of each alert goes to Paris."))
          .commit("add a sentence");
      StaleDocument doc = stale(dir);
      assertThat(doc.status()).isEqualTo(StaleStatus.OUTDATED);
      StaleChange added =
          doc.changes().stream().filter(c -> c.kind() == StaleChange.Kind.ADDED).findFirst().get();
      assertThat(added.current().text()).isEqualTo("A copy of each alert goes to Paris.");
      assertThat(added.after().text()).isEqualTo("Alerts go to the operators in Lyon.");
      assertThat(added.translation())
          .extracting(SentenceRef::text)
          .containsExactly("Alerts go to the operators in Lyon.");
      java.io.StringWriter text = new java.io.StringWriter();
      StaleFormat.TEXT.render(StaleReport.of(null, List.of(doc)), text);
      assertThat(text.toString())
          .contains("    new   A copy of each alert goes to Paris.\n    after 3:")
          .contains("Alerts go to the operators in Lyon.");
    }
  }

  @Test
  void check_should_show_the_source_change_alone_when_the_translation_cannot_be_read()
      throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE)
          .write(
              "es/guide.md",
              "# Estación meteorológica\n\nLa estación mide el viento cada diez segundos. Envía"
                  + " una alerta cuando la velocidad del viento supera los 60 km/h. Las alertas"
                  + " van a los operadores de Lyon.\n\nPuede cambiar el umbral en los ajustes.\n")
          .commit("both");
      repo.write("en/guide.md", GUIDE.replace("60 km/h", "90 km/h")).commit("new threshold");
      DriftOptions options =
          DriftOptions.builder().optCacheDirectory(Path.of("target", "drift-cache")).build();
      try (StaleChecker checker = StaleChecker.create(options)) {
        StaleDocument doc =
            checker
                .check(StaleRequest.of(dir.resolve("en"), List.of(dir.resolve("es"))))
                .documents()
                .get(0);
        assertThat(doc.status()).isEqualTo(StaleStatus.OUTDATED);
        assertThat(doc.changes()).allMatch(c -> c.translation().isEmpty());
        assertThat(doc.notes())
            .singleElement()
            .asString()
            .contains("not located", "--translator", "the translation reads as es")
            // Notes are cached by content, so they name no file (a copy would show this one's).
            .doesNotContain(dir.toString(), "/es/guide.md");
      }
    }
  }

  @Test
  void check_should_serve_a_rerun_from_the_cache(@TempDir Path cache) throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).write("en-GB/guide.md", GUIDE_GB).commit("both");
      repo.write("en/guide.md", GUIDE.replace("60 km/h", "90 km/h")).commit("new threshold");
      DriftOptions options = DriftOptions.builder().optCacheDirectory(cache).build();
      StaleRequest request = StaleRequest.of(dir.resolve("en"), List.of(dir.resolve("en-GB")));
      StaleReport first;
      try (StaleChecker checker = StaleChecker.create(options)) {
        first = checker.check(request);
      }
      try (java.util.stream.Stream<Path> entries =
          java.nio.file.Files.list(cache.resolve("stale"))) {
        assertThat(entries).hasSize(1);
      }
      try (StaleChecker checker = StaleChecker.create(options)) {
        assertThat(checker.check(request)).isEqualTo(first);
      }
    }
  }

  private StaleReport report(Path root, String... translations) {
    DriftOptions options =
        DriftOptions.builder().optCacheDirectory(Path.of("target", "drift-cache")).build();
    try (StaleChecker checker = StaleChecker.create(options)) {
      return checker.check(
          StaleRequest.of(
              root.resolve("en"),
              java.util.Arrays.stream(translations).map(root::resolve).toList()));
    }
  }

  private static final String GUIA =
      "# Estación meteorológica\n\nLa estación mide el viento cada diez segundos. Envía una"
          + " alerta cuando la velocidad del viento supera los 60 km/h. Las alertas van a los"
          + " operadores de Lyon.\n\nPuede cambiar el umbral en los ajustes.\n";

  /** An outdated en-GB page (located) and es page (not located without a translator). */
  private StaleReport outdatedTwice() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE)
          .write("en-GB/guide.md", GUIDE_GB)
          .write("es/guide.md", GUIA)
          .commit("all");
      repo.write("en/guide.md", GUIDE.replace("60 km/h", "90 km/h")).commit("new threshold");
    }
    return report(dir, "en-GB", "es");
  }

  @Test
  void sarif_should_put_a_meaning_change_on_the_translation_sentence_that_renders_it()
      throws Exception {
    String sarif = StaleSarifTest.sarif(outdatedTwice());

    assertThat(dev.drift.report.sarif.SarifMultitool.schemaErrors(sarif)).isEmpty();
    assertThat(StaleSarifTest.results(sarif.replace(dir.toUri().toString(), "")))
        .containsExactly(
            "drift-stale/changed error en-GB/guide.md:3",
            "drift-stale/outdated error es/guide.md:1");
    com.fasterxml.jackson.databind.JsonNode results =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(sarif)
            .path("runs")
            .path(0)
            .path("results");
    // The sentence is the second of line 3, as the translation's text has it.
    com.fasterxml.jackson.databind.JsonNode located = results.path(0);
    com.fasterxml.jackson.databind.JsonNode region =
        located.path("locations").path(0).path("physicalLocation").path("region");
    int column = GUIDE_GB.split("\n")[2].indexOf("It sends") + 1;
    assertThat(region.path("startColumn").asInt()).isEqualTo(column);
    assertThat(region.path("charOffset").asInt()).isEqualTo(GUIDE_GB.indexOf("It sends"));
    assertThat(region.path("snippet").path("text").asText())
        .isEqualTo("It sends an alert when the wind speed goes above 60 km/h.");
    assertThat(located.path("message").path("text").asText())
        .contains("60 km/h", "90 km/h", "see [the source now](1)");
    com.fasterxml.jackson.databind.JsonNode related =
        located.path("relatedLocations").path(0).path("physicalLocation");
    assertThat(related.path("artifactLocation").path("uri").asText()).endsWith("en/guide.md");
    assertThat(related.path("region").path("snippet").path("text").asText()).contains("90 km/h");
    assertThat(located.path("partialFingerprints").path("driftStale/v1").asText()).hasSize(32);
    // Not located in Spanish: the file, with the change and the note saying why.
    assertThat(results.path(1).path("message").path("text").asText())
        .contains("60 km/h", "90 km/h", "not located");
  }

  @Test
  void sarif_of_outdated_pages_should_satisfy_the_sarif_multitool(@TempDir Path tmp)
      throws Exception {
    Path tool = dev.drift.report.sarif.SarifMultitool.find();
    Path log = tmp.resolve("stale.sarif");
    java.nio.file.Files.writeString(
        log, StaleSarifTest.sarif(outdatedTwice()), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(dev.drift.report.sarif.SarifMultitool.validate(tool, List.of(log), tmp)).isEmpty();
  }
}
