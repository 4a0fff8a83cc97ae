package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift stale} without the model: statuses that need none, bad input, shallow clones. */
class StaleCommandTest extends CommandTestBase {
  @TempDir Path dir;

  private static void commit(Path root, String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    try (Git git =
        Files.isDirectory(root.resolve(".git"))
            ? Git.open(root.toFile())
            : Git.init().setDirectory(root.toFile()).call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Test", "test@example.org");
      git.commit().setMessage(path).setAuthor(who).setCommitter(who).setSign(false).call();
    }
  }

  @Test
  void stale_should_exit_2_with_one_line_outside_a_work_tree() throws Exception {
    Files.createDirectories(dir.resolve("en"));
    Files.createDirectories(dir.resolve("es"));
    run("stale", "--no-config", dir.resolve("en").toString(), dir.resolve("es").toString());
    assertExit(ExitCodes.BAD_INPUT);
    assertOneLineError("not inside a git work tree");
  }

  @Test
  void stale_should_exit_2_on_an_unknown_fail_on() throws Exception {
    commit(dir, "en/a.md", "One sentence.\n");
    run(
        "stale",
        "--no-config",
        "--fail-on",
        "sometimes",
        dir.resolve("en").toString(),
        dir.resolve("es").toString());
    assertExit(ExitCodes.BAD_INPUT);
    assertOneLineError("--fail-on", "sometimes");
  }

  @Test
  void stale_should_report_current_and_untranslated_as_json_and_pass() throws Exception {
    commit(dir, "en/a.md", "One sentence.\n");
    commit(dir, "en/b.md", "Another sentence.\n");
    commit(dir, "es/a.md", "Una frase.\n");
    run(
        "stale",
        "--no-config",
        "--no-cache",
        "-f",
        "json",
        dir.resolve("en").toString(),
        dir.resolve("es").toString());
    assertExit(ExitCodes.PASS);
    assertThat(out)
        .contains("\"schema\" : \"drift-stale/1\"")
        .contains("\"status\" : \"current\"", "\"status\" : \"untranslated\"");
  }

  @Test
  void stale_should_warn_about_a_shallow_clone_and_name_the_fix() throws Exception {
    Path origin = dir.resolve("origin");
    commit(origin, "en/a.md", "One sentence.\n");
    commit(origin, "es/a.md", "Una frase.\n");
    commit(origin, "en/a.md", "One sentence, changed.\n");
    Path clone = dir.resolve("clone");
    Git.cloneRepository()
        .setURI(origin.toUri().toString())
        .setDirectory(clone.toFile())
        .setDepth(1)
        .call()
        .close();
    run(
        "stale",
        "--no-config",
        "--no-cache",
        clone.resolve("en").toString(),
        clone.resolve("es").toString());
    assertExit(ExitCodes.PASS);
    assertThat(out).contains("unknown");
    assertThat(err).contains("drift: warning:", "fetch-depth: 0").doesNotContain("\tat ");
  }

  @Test
  void stale_should_write_sarif_with_a_result_on_the_file_without_translation() throws Exception {
    commit(dir, "en/a.md", "One sentence.\n");
    commit(dir, "en/b.md", "Another sentence.\n");
    commit(dir, "es/a.md", "Una frase.\n");
    Path sarif = dir.resolve("out/stale.sarif");
    Files.createDirectories(sarif.getParent());
    run(
        "stale",
        "--no-config",
        "--no-cache",
        "-f",
        "sarif",
        "-o",
        sarif.toString(),
        dir.resolve("en").toString(),
        dir.resolve("es").toString());
    assertExit(ExitCodes.PASS);
    assertThat(out).isEmpty();
    assertThat(Files.readString(sarif, StandardCharsets.UTF_8))
        .contains("\"version\" : \"2.1.0\"", "\"ruleId\" : \"drift-stale/untranslated\"")
        .contains(dir.resolve("en/b.md").toUri().toString())
        .doesNotContain("es/a.md\"");
  }
}
