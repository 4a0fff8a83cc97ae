package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.RequiredTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults around the packaged command, each ending with the documented exit code and one line on
 * stderr: the JVM running out of memory (3), a file the user may not read (2), and no space left
 * for the report (2, the previous report intact). As root, the second drops root with setpriv (root
 * reads everything); the third mounts a 64 KB tmpfs, and is skipped where that is refused (not
 * root, or a container without {@code CAP_SYS_ADMIN}).
 */
class PackagedFaultsIT {
  static final Path JAR = Path.of("target", "drift.jar").toAbsolutePath();
  static final Path CACHE = Path.of("target", "drift-cache").toAbsolutePath();
  static final String ORIGINAL =
      Path.of("../examples/g20/original.txt").toAbsolutePath().toString();
  static final String TRANSLATION =
      Path.of("../examples/g20/translation.txt").toAbsolutePath().toString();

  record Result(int code, String out, String err) {}

  static Result drift(List<String> prefix, List<String> jvm, Path work, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.home=" + work);
    command.addAll(jvm);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("drift finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static boolean root() throws Exception {
    Process p = new ProcessBuilder("id", "-u").start();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().equals("0")
        && p.waitFor() == 0;
  }

  static void assertOneLine(Result r, String... fragments) {
    String[] lines = r.err().strip().split("\\R");
    assertThat(lines).as("stderr:%n%s", r.err()).hasSize(1);
    assertThat(lines[0]).startsWith("drift: ").contains(fragments);
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void running_out_of_memory_is_exit_3_with_one_line(@TempDir Path work) throws Exception {
    // 48 MB of heap cannot hold what a comparison loads (ICU's rules, the WordNet index, the
    // sentences' token vectors). Wherever the OutOfMemoryError strikes, even inside a library that
    // wraps it in its own exception, the user gets one line with advice and exit 3. No cache, so
    // the whole pipeline runs.
    Result r =
        drift(List.of(), List.of("-Xmx48m"), work, "compare", ORIGINAL, TRANSLATION, "--no-cache");
    assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(3);
    assertOneLine(r, "out of memory", "-Xmx");
  }

  @Test
  void a_file_the_user_may_not_read_is_exit_2_naming_it(@TempDir Path work) throws Exception {
    Path secret = work.resolve("secret.txt");
    Files.writeString(secret, "Nobody may read this.\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    List<String> prefix = List.of();
    if (root()) {
      // root reads anything: run drift as nobody, who may traverse the work directory
      Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
      prefix = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
      RequiredTool.requireCommand(
          "setpriv, able to drop root (util-linux)", "setpriv", "--reuid=65534", "true");
    }
    Result r = drift(prefix, List.of(), work, "compare", secret.toString(), ORIGINAL);
    assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(2);
    assertOneLine(r, secret.toString(), "permission denied");
  }

  @Test
  void no_space_for_the_report_is_exit_2_and_keeps_the_previous_report(@TempDir Path work)
      throws Exception {
    // A privilege, not a tool: skipped even under DRIFT_REQUIRE_TOOLS where mounting is refused
    // (a container without CAP_SYS_ADMIN); ReportFilesDiskFullTest proves the write path there
    // with a file-size limit.
    assumeTrue(root(), "skipped: mounting a tmpfs needs root");
    Path disk = Files.createDirectories(work.resolve("disk"));
    Process mount =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
            .start();
    assumeTrue(mount.waitFor() == 0, "skipped: mount -t tmpfs is refused here (CAP_SYS_ADMIN)");
    try {
      Path report = disk.resolve("report.html");
      Files.writeString(report, "<p>previous report</p>\n");
      Result r =
          drift(
              List.of(),
              List.of(),
              work,
              "compare",
              ORIGINAL,
              TRANSLATION,
              "--cache-dir",
              CACHE.toString(),
              "--format",
              "html",
              "-o",
              report.toString());
      assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(2);
      assertOneLine(r, "cannot write " + report, "No space left on device");
      assertThat(Files.readString(report)).isEqualTo("<p>previous report</p>\n");
      try (Stream<Path> files = Files.list(disk)) {
        assertThat(files).containsExactly(report);
      }
    } finally {
      new ProcessBuilder("umount", disk.toString()).start().waitFor();
    }
  }
}
