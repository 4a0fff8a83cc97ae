package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift check} of the example tree's English pages against the Spanish ones through
 * Apertium, the translator given on the command line or in drift.yaml (one for every language, or
 * one for {@code es}): usage.md fails with its edits, the three faithful pages pass. The trees are
 * copied without the example's drift.yaml, whose settings (the fr and de trees, a baseline) are not
 * this test's.
 */
class TranslatorCheckIT extends CommandTestBase {
  @TempDir static Path cache;
  @TempDir Path tmp;
  Path docs;

  @BeforeAll
  static void apertium() {
    RequiredTool.requireCommand(
        "Apertium with its Spanish-English pair (apt-get install apertium apertium-eng-spa)",
        "sh",
        "-c",
        "echo hola | apertium -u spa-eng");
  }

  @BeforeEach
  void copyTrees() throws IOException {
    docs = tmp.resolve("docs");
    for (String tree : new String[] {"en", "es"}) {
      Path from = Path.of("../examples/docs", tree);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path f : files.toList()) {
          Path to = docs.resolve(tree).resolve(from.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(to);
          } else {
            Files.copy(f, to);
          }
        }
      }
    }
  }

  private void assertUsageFailsAndTheOthersPass() {
    assertExit(1);
    assertThat(out)
        .containsPattern("faq\\.md +es +0\\.\\d\\d +pass")
        // faithful; Apertium renders it "Mountain the season in a stick", a pair at 0.52 that the
        // translator's similarity allowance lets pass: shown, with no shift above information
        .containsPattern("guide/install\\.md +es +0\\.\\d\\d +pass +similarity ")
        .doesNotContain(docs.resolve("es/guide/install.md") + ":3:1: error")
        .containsPattern("index\\.md +es +0\\.\\d\\d +pass")
        .containsPattern("guide/usage\\.md +es +0\\.\\d\\d +FAIL +error: ")
        .contains(docs.resolve("es/guide/usage.md") + ":5:72: error: number changed: 60 → 90")
        .contains(docs.resolve("es/guide/usage.md") + ":7:27: error: entity changed: Kyiv → Lviv")
        .contains(docs.resolve("es/guide/usage.md") + ":9:65: error: negation added: no")
        .contains(docs.resolve("en/guide/usage.md") + ":11:1: error: dropped in the translation");
    String[] lines = out.strip().split("\n");
    assertThat(lines[lines.length - 1])
        .startsWith("4 documents checked, 3 passed, 1 failed, in ")
        .endsWith("FAIL");
  }

  private int check(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "check";
    args[1] = "--cache-dir";
    args[2] = cache.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return run(args);
  }

  @Test
  void check_should_fail_usage_alone_with_the_translator_on_the_command_line() {
    check(
        docs.resolve("en").toString(),
        docs.resolve("es").toString(),
        "--translator",
        "apertium",
        "--no-config");

    assertUsageFailsAndTheOthersPass();
  }

  @Test
  void check_should_take_the_translator_per_language_from_drift_yaml() throws IOException {
    Path config =
        Files.writeString(
            docs.resolve("drift.yaml"),
            "sourceDirectory: en\ntranslationDirectories: [es]\ntranslator: {es: apertium}\n",
            StandardCharsets.UTF_8);

    check("--config", config.toString());

    assertUsageFailsAndTheOthersPass();
  }

  @Test
  void check_should_take_one_translator_for_every_language_from_drift_yaml() throws IOException {
    Path config =
        Files.writeString(
            docs.resolve("drift.yaml"),
            "sourceDirectory: en\ntranslationDirectories: [es]\ntranslator: apertium\n"
                + "translatorTimeout: 60\n",
            StandardCharsets.UTF_8);

    check("--config", config.toString());

    assertUsageFailsAndTheOthersPass();
  }

  @Test
  void
      check_should_refuse_the_spanish_tree_when_drift_yaml_names_a_translator_for_another_language()
          throws IOException {
    Path config =
        Files.writeString(
            docs.resolve("drift.yaml"),
            "sourceDirectory: en\ntranslationDirectories: [es]\ntranslator: {fr: apertium}\n",
            StandardCharsets.UTF_8);

    check("--config", config.toString());

    assertExit(2);
    assertOneLineError(docs.resolve("es").toString(), "reads as es", "apertium-eng-spa");
  }
}
