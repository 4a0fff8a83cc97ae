package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command on a real terminal: tmux runs {@code drift check} in a pseudo-terminal, and
 * {@code capture-pane} reads the screen. On the terminal there is a progress bar and colour (none
 * with {@code NO_COLOR}); with output redirected, as in a CI log, neither.
 */
class TerminalIT {
  static final Path JAR = Path.of("target", "drift.jar").toAbsolutePath();
  static final Path CACHE = Path.of("target", "drift-cache").toAbsolutePath();

  @TempDir Path tmp;
  String session;
  String check;

  @BeforeEach
  void start() throws Exception {
    RequiredTool.requireCommand("tmux (apt-get install tmux)", "tmux", "-V");
    Path docs = tmp.resolve("docs");
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
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    check =
        java
            + " -jar "
            + JAR
            + " check --config "
            + docs.resolve("drift.yaml")
            + " --no-baseline --cache-dir "
            + CACHE;
    session = "drift-it-" + ProcessHandle.current().pid();
    assertThat(
            tmux(
                    "new-session",
                    "-d",
                    "-s",
                    session,
                    "-x",
                    "150",
                    "-y",
                    "50",
                    "env -u NO_COLOR bash --norc")
                .code)
        .isZero();
  }

  @AfterEach
  void stop() throws Exception {
    if (session != null) {
      tmux("kill-session", "-t", session);
    }
  }

  record Result(int code, String out) {}

  static Result tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux"));
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Result(127, e.getMessage());
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return new Result(p.exitValue(), out);
  }

  /** Types a command and waits for its marker; returns the screen with colour escapes. */
  String type(String command, String marker) throws Exception {
    tmux("send-keys", "-t", session, "clear; " + command + "; echo " + marker + "=$?", "Enter");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      String screen = tmux("capture-pane", "-p", "-e", "-J", "-t", session).out;
      // The typed line shows "marker=$?"; only the finished command prints a number after it.
      if (java.util.regex.Pattern.compile(marker + "=\\d").matcher(screen).find()) {
        return screen;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "no " + marker + " on the screen:\n" + tmux("capture-pane", "-p", "-t", session).out);
  }

  @Test
  void a_terminal_gets_a_progress_bar_and_colour() throws Exception {
    String screen = type(check, "DONE");

    assertThat(screen).contains("DONE=1");
    // The bar takes the terminal's width; its end may be cut where the pane wraps.
    assertThat(screen).containsPattern("drift 100% (\u001b\\[[0-9;]*m)?[│|]█{20,}");
    // tmux re-encodes attributes one by one: bold, then red.
    assertThat(screen).as("the verdict in bold red").contains("\u001b[1m\u001b[31mFAIL");
  }

  @Test
  void no_color_keeps_the_bar_and_drops_the_colour() throws Exception {
    String screen = type("NO_COLOR=1 " + check, "DONE");

    assertThat(screen).contains("DONE=1").containsPattern("drift 100% [│|]█{20,}");
    assertThat(screen).doesNotContain("\u001b[31m", "\u001b[32m", "\u001b[1m");
  }

  @Test
  void a_ci_log_gets_neither_bar_nor_colour() throws Exception {
    Path out = tmp.resolve("stdout.log");
    Path err = tmp.resolve("stderr.log");
    String screen = type(check + " >" + out + " 2>" + err, "DONE");

    assertThat(screen).contains("DONE=1");
    String log = Files.readString(out) + Files.readString(err);
    assertThat(log).contains("7 documents checked, 6 passed, 1 failed");
    assertThat(log).doesNotContain("drift 100%", "█", "docs (", "\u001b[", "\r");
  }

  @Test
  void quiet_drops_the_bar_on_a_terminal() throws Exception {
    String screen = type(check + " --quiet", "DONE");

    assertThat(screen)
        .contains("DONE=1")
        .doesNotContain("drift 100%")
        .contains("drift: 7 documents checked");
  }
}
