package dev.drift.stale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statuses that need no model, over real repositories JGit makes: current, untranslated,
 * orphaned, unknown (never committed, shallow clone), renames, the front matter, bad input.
 */
class StaleCheckerTest {
  private static final String GUIDE = "# Guide\n\nThe station sends an alert at 60 km/h.\n";
  private static final String GUIA = "# Guía\n\nLa estación envía una alerta a 60 km/h.\n";

  @TempDir Path dir;

  private static DriftOptions options() {
    return DriftOptions.builder().optCache(false).build();
  }

  private StaleReport stale(Path root, String since) {
    try (StaleChecker checker = StaleChecker.create(options())) {
      return checker.check(
          StaleRequest.of(root.resolve("en"), List.of(root.resolve("es"))).withSince(since));
    }
  }

  private static StaleDocument only(StaleReport report) {
    assertThat(report.documents()).hasSize(1);
    return report.documents().get(0);
  }

  @Test
  void check_should_call_a_translation_current_when_its_source_is_unchanged() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).commit("source");
      RevCommit translated = repo.write("es/guide.md", GUIA).commit("translation");
      StaleDocument doc = only(stale(dir, null));
      assertThat(doc.status()).isEqualTo(StaleStatus.CURRENT);
      assertThat(doc.base()).isEqualTo(translated.name());
      assertThat(doc.baseFrom()).isEqualTo("translation commit");
      assertThat(doc.language()).isEqualTo("es");
    }
  }

  @Test
  void check_should_read_a_directory_as_the_language_the_request_names() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).write("spanish/guide.md", GUIA).commit("both");
      StaleReport report;
      try (StaleChecker checker = StaleChecker.create(options())) {
        report =
            checker.check(
                StaleRequest.of(dir.resolve("en"), List.of(dir.resolve("spanish")))
                    .withLanguage(dir.resolve("spanish"), "es"));
      }
      assertThat(only(report).language()).isEqualTo("es");
      assertThat(only(report).status()).isEqualTo(StaleStatus.CURRENT);
    }
  }

  @Test
  void check_should_list_untranslated_and_orphaned_files() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/new.md", GUIDE).write("es/old.md", GUIA).commit("both");
      StaleReport report = stale(dir, null);
      assertThat(report.documents())
          .extracting(StaleDocument::status, StaleDocument::source, StaleDocument::translation)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  StaleStatus.UNTRANSLATED, dir.resolve("en/new.md").toString(), null),
              org.assertj.core.groups.Tuple.tuple(
                  StaleStatus.ORPHANED, null, dir.resolve("es/old.md").toString()));
      assertThat(report.counts()).containsEntry("untranslated", 1).containsEntry("orphaned", 1);
    }
  }

  @Test
  void check_should_call_an_uncommitted_translation_unknown() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).commit("source");
      repo.write("es/guide.md", GUIA);
      StaleDocument doc = only(stale(dir, null));
      assertThat(doc.status()).isEqualTo(StaleStatus.UNKNOWN);
      assertThat(doc.notes()).singleElement().asString().contains("never committed");
    }
  }

  @Test
  void check_should_follow_a_renamed_source_to_its_old_name() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).write("es/usage.md", GUIA).commit("both");
      RevCommit base = repo.write("es/usage.md", GUIA + "\n").commit("translation touched");
      Files.move(dir.resolve("en/guide.md"), dir.resolve("en/usage.md"));
      repo.commit("rename the source");
      StaleDocument doc = only(stale(dir, null));
      assertThat(doc.base()).isEqualTo(base.name());
      assertThat(doc.baseSource()).isEqualTo("en/guide.md");
      assertThat(doc.status()).isEqualTo(StaleStatus.CURRENT);
    }
  }

  @Test
  void check_should_take_the_base_from_front_matter_over_the_translation_commit() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      RevCommit first = repo.write("en/guide.md", GUIDE).commit("source");
      repo.write("en/guide.md", GUIDE.replace("60", "90")).commit("source changed");
      repo.write("es/guide.md", "---\nsource-revision: " + first.name() + "\n---\n" + GUIA)
          .commit("translation of the first version");
      StaleDocument doc = only(stale(dir, null));
      assertThat(doc.baseFrom()).isEqualTo("front matter");
      assertThat(doc.base()).isEqualTo(first.name());
    }
  }

  @Test
  void check_should_call_a_front_matter_revision_that_is_missing_unknown_and_name_the_fix()
      throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE)
          .write("es/guide.md", "---\nsource-revision: " + "ab".repeat(20) + "\n---\n" + GUIA)
          .commit("both");
      StaleDocument doc = only(stale(dir, null));
      assertThat(doc.status()).isEqualTo(StaleStatus.UNKNOWN);
      assertThat(doc.notes()).singleElement().asString().contains("fetch-depth: 0");
    }
  }

  @Test
  void check_should_call_a_base_cut_off_by_a_shallow_clone_unknown() throws Exception {
    Path origin = dir.resolve("origin");
    try (GitFixture repo = GitFixture.init(origin)) {
      repo.write("en/guide.md", GUIDE).write("es/guide.md", GUIA).commit("both");
      repo.write("en/guide.md", GUIDE.replace("60", "90")).commit("source changed");
    }
    Path clone = dir.resolve("clone");
    try (Git git =
        Git.cloneRepository()
            .setURI(origin.toUri().toString())
            .setDirectory(clone.toFile())
            .setDepth(1)
            .call()) {
      assertThat(git.log().call()).hasSize(1);
    }
    StaleDocument doc = only(stale(clone, null));
    assertThat(doc.status()).isEqualTo(StaleStatus.UNKNOWN);
    assertThat(doc.notes()).singleElement().asString().contains("fetch-depth: 0", "shallow");
  }

  @Test
  void check_should_refuse_a_directory_outside_a_work_tree() throws Exception {
    Files.createDirectories(dir.resolve("en"));
    Files.createDirectories(dir.resolve("es"));
    assertThatThrownBy(() -> stale(dir, null))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("not inside a git work tree");
  }

  @Test
  void check_should_refuse_a_since_revision_that_does_not_exist() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).write("es/guide.md", GUIA).commit("both");
      assertThatThrownBy(() -> stale(dir, "no-such-branch"))
          .isInstanceOf(DriftInputException.class)
          .hasMessageContaining("--since no-such-branch");
    }
  }

  @Test
  void lastCommits_should_agree_with_git_log_for_every_file() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("es/a.md", "a").write("es/b.md", "b").write("es/c.md", "c").commit("1");
      repo.write("es/a.md", "a2").commit("2");
      repo.write("en/x.md", "x").commit("3");
      repo.write("es/c.md", "c2").write("es/a.md", "a3").commit("4");
      repo.write("es/b.md", "b").commit("5, b unchanged");
      try (GitHistory git = GitHistory.open(dir)) {
        List<String> paths = List.of("es/a.md", "es/b.md", "es/c.md", "en/x.md");
        var all = git.lastCommits(paths);
        for (String path : paths) {
          assertThat(all.get(path)).as(path).isEqualTo(git.lastCommit(path).orElseThrow());
        }
      }
    }
  }

  @Test
  void frontMatter_should_read_the_key_only_inside_the_opening_block() {
    assertThat(
            StaleChecker.frontMatter(
                bytes("---\ntitle: x\nsource-revision: 'abc123'\n---\n"), "source-revision"))
        .contains("abc123");
    assertThat(StaleChecker.frontMatter(bytes("text\nsource-revision: abc\n"), "source-revision"))
        .isEmpty();
    assertThat(StaleChecker.frontMatter(bytes("---\nrev: abc\n---\n"), "source-revision"))
        .isEmpty();
  }

  @Test
  void json_should_carry_the_schema_and_each_status() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", GUIDE).write("es/guide.md", GUIA).commit("both");
      StringWriter out = new StringWriter();
      StaleFormat.JSON.render(stale(dir, null), out);
      assertThat(out.toString())
          .contains("\"schema\" : \"drift-stale/1\"", "\"status\" : \"current\"");
    }
  }

  @Test
  void fails_should_follow_fail_on() {
    StaleDocument cosmetic =
        new StaleDocument(
            "t", "s", "es", StaleStatus.COSMETIC, null, null, null, List.of(), List.of());
    StaleReport report = StaleReport.of(null, List.of(cosmetic));
    assertThat(report.fails(FailOn.OUTDATED)).isFalse();
    assertThat(report.fails(FailOn.COSMETIC)).isTrue();
    assertThat(report.fails(FailOn.NEVER)).isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
