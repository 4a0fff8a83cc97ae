package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Colour only where a person reads a terminal. drift colours its text report only when standard
 * output is a terminal ({@code System.console()}), so these tests run the packaged command in a
 * tmux pseudo-terminal, as {@link TerminalIT} does, and read the screen with its escapes: colour
 * there by default, none with {@code --no-color} or {@code NO_COLOR} (the progress bar of {@code
 * check} included), and none in report files written from a terminal.
 */
class NoColorTerminalIT {
  static final String ESC = "\u001b[";

  @TempDir Path tmp;
  String session;
  String drift;
  String compare;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(
        TerminalIT.tmux("-V").code() == 0,
        "Assumption: tmux is not installed, so no terminal test");
    Path original = tmp.resolve("original.txt");
    Path translation = tmp.resolve("translation.txt");
    Files.writeString(original, CompareOptionsIT.ORIGINAL, StandardCharsets.UTF_8);
    Files.writeString(translation, CompareOptionsIT.INFO_AND_WARNING, StandardCharsets.UTF_8);
    drift =
        Path.of(System.getProperty("java.home"), "bin", "java") + " -jar " + TerminalIT.JAR + " ";
    compare =
        drift
            + "compare "
            + original
            + " "
            + translation
            + " --no-config --cache-dir "
            + TerminalIT.CACHE;
    session = "drift-color-it-" + ProcessHandle.current().pid();
    assertThat(
            TerminalIT.tmux(
                    "new-session",
                    "-d",
                    "-s",
                    session,
                    "-x",
                    "150",
                    "-y",
                    "50",
                    "env -u NO_COLOR bash --norc")
                .code())
        .isZero();
  }

  @AfterEach
  void stop() throws Exception {
    if (session != null) {
      TerminalIT.tmux("kill-session", "-t", session);
    }
  }

  /** How many commands were typed: each gets its own end marker. */
  int typed;

  /**
   * Types a command and waits for it to finish; returns the screen with its escapes, the marker
   * line {@code DONE=<exit code>} last. Each command has its own marker, so a screen still showing
   * the previous command's is never taken for this one's.
   */
  String type(String command) throws Exception {
    String marker = "END" + ++typed;
    TerminalIT.tmux(
        "send-keys", "-t", session, "clear; " + command + "; echo " + marker + "=$?", "Enter");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    Pattern done = Pattern.compile(marker + "=(\\d+)");
    while (System.nanoTime() < deadline) {
      String screen = TerminalIT.tmux("capture-pane", "-p", "-e", "-J", "-t", session).out();
      Matcher m = done.matcher(screen);
      if (m.find()) {
        return screen.replace(m.group(), "DONE=" + m.group(1));
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "the command did not finish:\n"
            + TerminalIT.tmux("capture-pane", "-p", "-t", session).out());
  }

  @Test
  void compare_should_colour_the_text_report_on_a_terminal() throws Exception {
    String screen = type(compare);

    assertThat(screen).contains("DONE=0", "volunteers → neighbours");
    // What the next tests take away: bold, and green for a similarity of 0.8 or more.
    assertThat(screen).contains(ESC + "1mdrift").containsPattern("\u001b\\[32m0\\.\\d\\d");
  }

  @Test
  void compare_should_not_colour_with_no_color() throws Exception {
    String screen = type(compare + " --no-color");

    assertThat(screen).contains("DONE=0", "volunteers → neighbours").doesNotContain(ESC);
  }

  @Test
  void compare_should_not_colour_with_the_no_color_variable() throws Exception {
    String screen = type("NO_COLOR=1 " + compare);

    assertThat(screen).contains("DONE=0", "volunteers → neighbours").doesNotContain(ESC);
  }

  @Test
  void compare_should_colour_when_no_color_is_empty() throws Exception {
    // no-color.org: NO_COLOR counts when it is set and not empty.
    String screen = type("NO_COLOR= " + compare);

    assertThat(screen).contains("DONE=0").contains(ESC + "1mdrift");
  }

  @Test
  void compare_should_write_no_colour_into_report_files_from_a_terminal() throws Exception {
    Path file = tmp.resolve("report.txt");
    Path dir = tmp.resolve("reports");
    String screen =
        type(compare + " -o " + file + "; " + compare + " --format text,json --output-dir " + dir);

    assertThat(screen).contains("DONE=0");
    assertThat(file).content(StandardCharsets.UTF_8).contains("volunteers → neighbours");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain(ESC);
    Path inDir = dir.resolve("translation.txt.txt");
    assertThat(inDir).content(StandardCharsets.UTF_8).contains("volunteers → neighbours");
    assertThat(Files.readString(inDir, StandardCharsets.UTF_8)).doesNotContain(ESC);
  }

  @Test
  void check_should_not_colour_the_table_or_the_progress_bar_with_no_color() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a/en"));
    Path b = Files.createDirectories(tmp.resolve("b/en"));
    Files.copy(tmp.resolve("original.txt"), a.resolve("page.txt"));
    Files.copy(tmp.resolve("translation.txt"), b.resolve("page.txt"));
    String check =
        drift
            + "check "
            + a
            + " "
            + b
            + " --no-config --no-baseline --cache-dir "
            + TerminalIT.CACHE;

    String coloured = type(check);
    assertThat(coloured).contains("DONE=0").containsPattern("drift 100% \u001b\\[");

    String plain = type(check + " --no-color");
    assertThat(plain)
        .contains("DONE=0", "1 document checked")
        .containsPattern("drift 100% [│|]█")
        .doesNotContain(ESC);
  }
}
