package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs-team workflow with the real model, on a copy of {@code examples/docs}: a faithful fr/
 * tree, and a de/ tree with a drifted page (a dropped sentence, a changed number, Kiev for Kyiv), a
 * missing page and an extra one. Its drift.yaml names the trees, the glossary and the baseline.
 */
class CheckCommandIT extends CommandTestBase {
  static final String CACHE = "target/drift-cache";

  @TempDir Path tmp;
  Path docs;
  String config;

  @BeforeEach
  void copyTree() throws IOException {
    docs = tmp.resolve("docs");
    Path from = Path.of("../examples/docs");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path to = docs.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    config = docs.resolve("drift.yaml").toString();
  }

  int check(String... more) {
    String[] args = new String[more.length + 5];
    args[0] = "check";
    args[1] = "--config";
    args[2] = config;
    args[3] = "--cache-dir";
    args[4] = CACHE;
    System.arraycopy(more, 0, args, 5, more.length);
    return run(args);
  }

  @Test
  void check_prints_a_table_the_missing_files_the_worst_places_and_a_total() {
    check();

    assertExit(1);
    assertThat(err).contains("no baseline yet at");
    String[] lines = out.strip().split("\n");
    assertThat(lines[0]).startsWith("Document").contains("Lang", "Drift", "Verdict", "Worst shift");
    assertThat(out)
        .containsPattern("guide/usage\\.md +de +0\\.\\d\\d +FAIL +error: ")
        .containsPattern("guide/usage\\.md +fr +0\\.0\\d +pass")
        .contains("missing: " + docs.resolve("en/faq.md") + ": no de translation")
        .contains("missing: " + docs.resolve("de/news.md") + ": de translation has no original")
        .contains(docs.resolve("de/guide/usage.md") + ":5:56: error: number changed: 60 → 90")
        .contains(docs.resolve("de/guide/usage.md") + ":7:21: error: glossary: \"Kyiv\" must be")
        .contains(docs.resolve("en/guide/usage.md") + ":9:1: error: dropped in the translation");
    assertThat(lines[lines.length - 1])
        .startsWith("7 documents checked, 6 passed, 1 failed, 2 without counterpart, in ")
        .endsWith("FAIL");
    assertThat(out).doesNotContain("\u001b[");
  }

  @Test
  void several_formats_go_to_the_output_directory() throws IOException {
    Path reports = tmp.resolve("reports");
    check("--format", "json,sarif,markdown", "--output-dir", reports.toString(), "--quiet");

    assertExit(1);
    assertThat(out)
        .startsWith("drift: 7 documents checked, 6 passed, 1 failed")
        .contains("drift: reports in " + reports.resolve("index.html"));
    assertThat(reports.resolve("de/guide/usage.md.json"))
        .content(StandardCharsets.UTF_8)
        .contains("\"verdict\" : \"fail\"");
    assertThat(reports.resolve("drift.sarif"))
        .content(StandardCharsets.UTF_8)
        .contains("\"ruleId\" : \"drift/glossary\"");
    assertThat(reports.resolve("summary.md"))
        .content(StandardCharsets.UTF_8)
        .startsWith("## drift: ❌ failed (1 of 7 documents failed)")
        .contains("| `guide/usage.md` | de |");
    assertThat(Files.readString(reports.resolve("index.html")))
        .contains("summary.md", "drift.sarif");
  }

  @Test
  void a_machine_format_goes_to_stdout_and_the_total_to_stderr() {
    check("--format", "sarif");

    assertExit(1);
    assertThat(out)
        .startsWith("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\"");
    assertThat(err).contains("drift: 7 documents checked, 6 passed, 1 failed");
  }

  @Test
  void baseline_create_then_green_then_an_edit_fails_alone() throws IOException {
    run("baseline", "create", "--config", config, "--cache-dir", CACHE);
    assertExit(0);
    assertThat(out)
        .startsWith("drift: wrote " + docs.resolve("drift-baseline.yaml"))
        // de/ holds English stand-ins, compared as English: only usage.md's three edits remain.
        .contains("3 accepted shifts in 1 document (3 new, 0 dropped)");
    assertThat(docs.resolve("drift-baseline.yaml"))
        .content(StandardCharsets.UTF_8)
        .contains("translation: de/guide/usage.md", "original: Kyiv", "translation: Kiev");

    check();
    assertExit(0);
    assertThat(out).contains("shifts accepted by the baseline").endsWith("PASS\n");

    Path usage = docs.resolve("de/guide/usage.md");
    Files.writeString(
        usage, Files.readString(usage).replace("for five seconds", "for ten seconds"));
    check();
    assertExit(1);
    assertThat(out)
        .contains(usage + ":9:28: error: number changed: five → ten")
        .doesNotContain("60 → 90")
        .doesNotContain("found \"Kiev\"");

    Files.writeString(usage, Files.readString(usage).replace("90 km/h", "60 km/h"));
    check();
    assertExit(1);
    assertThat(out)
        .contains("stale baseline entry: " + usage + ": number changed: 60 → 90")
        .contains("1 stale baseline entries");

    run("baseline", "update", "--config", config, "--cache-dir", CACHE);
    assertExit(0);
    assertThat(out).contains("(1 new, 1 dropped)");
    check();
    assertExit(0);
  }

  @Test
  void compare_reports_accepted_shifts_apart_and_stale_entries() throws IOException {
    run("baseline", "create", "--config", config, "--cache-dir", CACHE);
    assertExit(0);
    Path usage = docs.resolve("de/guide/usage.md");
    Files.writeString(usage, Files.readString(usage).replace("90 km/h", "60 km/h"));

    run(
        "compare",
        docs.resolve("en/guide/usage.md").toString(),
        usage.toString(),
        "--config",
        config,
        "--cache-dir",
        CACHE,
        "--translation-lang",
        "de");

    assertExit(0);
    assertThat(out)
        .contains("accepted by the baseline (not counted):")
        .contains("error: sentence dropped in the translation")
        .contains("stale baseline entries (they match nothing; drift baseline update drops them):")
        .contains("number changed: 60 → 90")
        .contains("2 accepted · PASS");
  }
}
