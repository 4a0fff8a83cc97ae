package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line ({@code target/drift.jar}) as a user runs it: a separate JVM with cold
 * caches. Checks that DJL's start-up chatter stays off the terminal, and, inside a network
 * namespace with no network at all, that a full run works offline.
 */
class PackagedCliIT {
  static final Path JAR = Path.of("target", "drift.jar");

  record Result(int code, String out, String err) {}

  static Result drift(List<String> prefix, Path home, String... args) throws Exception {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.home=" + home);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("DRIFT_CACHE_DIR", home.resolve("drift-cache").toString());
    pb.environment().put("DJL_CACHE_DIR", home.resolve("djl-cache").toString());
    pb.environment().remove("NO_COLOR");
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("drift finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void cold_run_prints_the_report_and_nothing_on_stderr(@TempDir Path home) throws Exception {
    Result r =
        drift(
            List.of(),
            home,
            "compare",
            "../examples/g20/original.txt",
            "../examples/g20/translation.txt");
    assertThat(r.err()).as("stderr").isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("drift 0.", "FAIL");
  }

  @Test
  void full_run_works_inside_a_network_namespace_without_network(@TempDir Path home)
      throws Exception {
    assumeTrue(unshareWorks(), "unshare -n is not available here");
    Result r =
        drift(
            List.of("unshare", "-n"),
            home,
            "compare",
            "../examples/g20/original.txt",
            "../examples/g20/translation.txt",
            "--format",
            "json");
    assertThat(r.err()).as("stderr").isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("\"schema\" : \"drift-report/1\"");
  }

  private static boolean unshareWorks() {
    try {
      Process p = new ProcessBuilder("unshare", "-n", "true").start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
