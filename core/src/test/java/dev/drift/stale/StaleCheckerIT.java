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
        assertThat(doc.notes()).singleElement().asString().contains("not located", "--translator");
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
}
