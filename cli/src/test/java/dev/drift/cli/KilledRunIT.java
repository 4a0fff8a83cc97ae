package dev.drift.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged command killed while it writes its report ({@code -o}): the report file is the
 * previous complete report, never half of the new one; after SIGINT and SIGTERM no temporary file
 * is left (a shutdown hook deletes it); after SIGKILL at most the one temporary file stays next to
 * the report; and the next run works and replaces the report. The kill lands while the report is
 * being written: the test watches the output directory (inotify) for the temporary file to appear
 * and signals at once; the report of a 30-times-repeated seed pair takes far longer to write than
 * that.
 */
class KilledRunIT {
  static final Path JAR = Path.of("target", "drift.jar");
  static final Path CACHE = Path.of("target", "drift-cache").toAbsolutePath();

  @TempDir static Path inputs;
  static Path original;
  static Path translation;

  @BeforeAll
  static void inputs() throws IOException {
    original = inputs.resolve("original.txt");
    translation = inputs.resolve("translation.txt");
    String a = Files.readString(Path.of("../examples/g20/original.txt"));
    String b = Files.readString(Path.of("../examples/g20/translation.txt"));
    Files.writeString(original, (a + "\n\n").repeat(30));
    Files.writeString(translation, (b + "\n\n").repeat(30));
  }

  private static Process start(Path report, boolean defaultSigint) throws IOException {
    List<String> command = new ArrayList<>();
    if (defaultSigint) {
      // A JVM started with SIGINT ignored (a background job of a non-interactive shell) keeps
      // ignoring it; restore the default before starting Java, as an interactive shell would.
      command.addAll(
          List.of(
              "python3",
              "-c",
              "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL);"
                  + " os.execvp(sys.argv[1], sys.argv[1:])"));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JAR.toString(),
            "compare",
            original.toString(),
            translation.toString(),
            "--format",
            "html",
            "-o",
            report.toString(),
            "--cache-dir",
            CACHE.toString()));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private static boolean complete(byte[] report) {
    return new String(report, StandardCharsets.UTF_8).endsWith("</html>\n");
  }

  /** Waits for the report's temporary file to be created; false if the process ended first. */
  private static boolean awaitTemporaryFile(WatchService watch, Process p, String report)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline && p.isAlive()) {
      WatchKey key = watch.poll(50, TimeUnit.MILLISECONDS);
      if (key == null) {
        continue;
      }
      for (WatchEvent<?> event : key.pollEvents()) {
        String name = String.valueOf(event.context());
        if (name.startsWith("." + report + ".") && name.endsWith(".tmp")) {
          return true;
        }
      }
      key.reset();
    }
    return false;
  }

  /**
   * A python3 process that sends SIGINT to the given process as soon as a line arrives on its
   * standard input. The JDK cannot send SIGINT; starting python3 only when the signal is due would
   * add its start-up (tens of milliseconds) to the delay, long enough on a loaded machine for drift
   * to finish the report first. Started while drift is still warming up, it signals at once.
   */
  private static Process sigintSender(Process target) throws IOException {
    return new ProcessBuilder(
            "python3",
            "-c",
            "import os, signal, sys\n"
                + "if sys.stdin.readline(): os.kill(int(sys.argv[1]), signal.SIGINT)",
            Long.toString(target.pid()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /** SIGTERM and SIGKILL through the JDK; SIGINT through the waiting python3 sender. */
  private static void signal(Process p, String signal, Process sigint) throws Exception {
    switch (signal) {
      case "TERM" -> p.destroy();
      case "KILL" -> p.destroyForcibly();
      default -> {
        sigint.getOutputStream().write('\n');
        sigint.getOutputStream().flush();
        assertThat(sigint.waitFor(30, TimeUnit.SECONDS)).as("SIGINT sent").isTrue();
      }
    }
  }

  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"INT", "TERM", "KILL"})
  void killed_while_writing_leaves_the_previous_report_and_the_next_run_works(
      String signal, @TempDir Path out) throws Exception {
    if (signal.equals("INT")) {
      // the JDK can neither send SIGINT nor restore its default disposition: python3 does both
      RequiredTool.requireCommand("python3 (apt-get install python3)", "python3", "-V");
    }
    Path report = out.resolve("report.html");
    byte[] previous =
        "<!DOCTYPE html><p>the previous report</p></html>\n".getBytes(StandardCharsets.UTF_8);
    Files.write(report, previous);

    Process p;
    try (WatchService watch = out.getFileSystem().newWatchService()) {
      out.register(watch, ENTRY_CREATE);
      p = start(report, signal.equals("INT"));
      Process sigint = signal.equals("INT") ? sigintSender(p) : null;
      try {
        assertThat(awaitTemporaryFile(watch, p, "report.html"))
            .as("drift started writing the report")
            .isTrue();
        signal(p, signal, sigint);
      } finally {
        if (sigint != null) {
          sigint.destroy();
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("drift ended after SIG%s", signal).isTrue();
    int number =
        switch (signal) {
          case "INT" -> 2;
          case "KILL" -> 9;
          default -> 15;
        };
    int expected = 128 + number;
    assertThat(p.exitValue()).as("killed by SIG%s, not finished", signal).isEqualTo(expected);
    assertThat(Files.readAllBytes(report)).as("the report is the previous one").isEqualTo(previous);
    List<Path> left = temporaryFiles(out);
    if (signal.equals("KILL")) {
      assertThat(left).as("after SIGKILL nothing can clean up").hasSizeLessThanOrEqualTo(1);
    } else {
      assertThat(left).as("the shutdown hook deleted the temporary file").isEmpty();
    }

    Process next = start(report, false);
    assertThat(next.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(next.exitValue()).as("the seed pair drifts: exit 1").isEqualTo(1);
    assertThat(complete(Files.readAllBytes(report))).as("a complete new report").isTrue();
    assertThat(temporaryFiles(out)).as("the next run leaves nothing new").isEqualTo(left);
  }

  @Test
  void without_a_kill_the_report_is_complete_and_no_temporary_file_is_left(@TempDir Path out)
      throws Exception {
    Path report = out.resolve("report.html");
    Process p = start(report, false);
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(complete(Files.readAllBytes(report))).isTrue();
    assertThat(temporaryFiles(out)).isEmpty();
  }
}
