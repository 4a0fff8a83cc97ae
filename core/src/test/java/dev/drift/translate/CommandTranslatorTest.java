package dev.drift.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftException;
import dev.drift.DriftInputException;
import dev.drift.segment.SimilarityScale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CommandTranslator} against translator programs written at test time ({@link
 * FakeTranslator}): the line protocol, UTF-8 both ways, the command line run without a shell, and
 * each way a program can fail.
 */
class CommandTranslatorTest {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path tmp;

  @BeforeAll
  static void shell() {
    FakeTranslator.requireShell();
  }

  private Path script(String name, String body) {
    return FakeTranslator.script(tmp, name, body);
  }

  @Test
  void render_should_run_one_process_per_document_and_keep_the_lines_in_order() {
    Path mt = FakeTranslator.counting(tmp, "mt.sh", "EN ");
    CommandTranslator translator = CommandTranslator.of(mt.toString(), TIMEOUT);

    List<String> out = translator.render(List.of("uno", "dos", "tres", "cuatro"));

    assertThat(out).containsExactly("EN uno", "EN dos", "EN tres", "EN cuatro");
    assertThat(FakeTranslator.calls(mt)).isEqualTo(1);
    assertThat(FakeTranslator.inputs(mt)).containsExactly("uno", "dos", "tres", "cuatro");

    translator.render(List.of("cinco"));
    assertThat(FakeTranslator.calls(mt)).as("a second document, a second process").isEqualTo(2);
  }

  @Test
  void render_should_send_and_read_utf8_whatever_the_locale() throws IOException {
    // The script runs under LC_ALL=C, and CI runs these tests again with LANG=C: the bytes on both
    // pipes must be UTF-8 because CommandTranslator says so, not because the platform does.
    Path raw = tmp.resolve("raw.bin");
    Path mt = script("utf8.sh", "tee '" + raw + "' | sed 's/^/» /'");
    List<String> sentences =
        List.of("¿Dónde está el niño?", "Señal en Kyïv: 60 km/h", "Clave 𝄞 y 😀 al final");

    List<String> out = CommandTranslator.of(mt.toString(), TIMEOUT).render(sentences);

    assertThat(out)
        .containsExactly(
            "» ¿Dónde está el niño?", "» Señal en Kyïv: 60 km/h", "» Clave 𝄞 y 😀 al final");
    assertThat(Files.readAllBytes(raw))
        .isEqualTo((String.join("\n", sentences) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** A translator that is sent a blank line between sentences, as Apertium is. */
  private static CommandTranslator paragraphs(Path command) {
    return CommandTranslator.of(
        command.getFileName().toString(),
        List.of(command.toString()),
        TIMEOUT,
        "paragraphs",
        (s, l) -> l,
        SimilarityScale.IDENTITY,
        true);
  }

  @Test
  void render_should_send_paragraphs_and_read_one_paragraph_per_sentence() throws IOException {
    Path raw = tmp.resolve("raw.bin");
    Path mt = script("para.sh", "tee '" + raw + "' | sed 's/^\\(.\\)/EN \\1/'");
    CommandTranslator translator = paragraphs(mt);

    List<String> out = translator.render(List.of("uno", "dos", "tres"));

    assertThat(out).containsExactly("EN uno", "EN dos", "EN tres");
    assertThat(Files.readString(raw, StandardCharsets.UTF_8)).isEqualTo("uno\n\ndos\n\ntres\n");
  }

  @Test
  void render_should_fail_when_a_paragraph_comes_back_as_two_lines() {
    Path mt = script("split.sh", "sed 's/ /\\n/'");
    CommandTranslator translator = paragraphs(mt);

    assertThatThrownBy(() -> translator.render(List.of("una frase", "otra")))
        .isInstanceOf(DriftException.class)
        .hasMessageContaining("did not answer one paragraph of one line per sentence");
  }

  @Test
  void render_should_put_a_sentence_with_line_breaks_on_one_line() {
    Path mt = FakeTranslator.counting(tmp, "mt.sh", "");

    List<String> out =
        CommandTranslator.of(mt.toString(), TIMEOUT)
            .render(List.of("una frase\npartida en dos", "otra\r\nmás"));

    assertThat(out).containsExactly("una frase partida en dos", "otra  más");
  }

  @Test
  void of_should_split_the_command_line_without_a_shell() throws IOException {
    Path args = tmp.resolve("args.txt");
    Path mt = script("args.sh", "printf '%s\\n' \"$@\" > '" + args + "'\ncat");

    CommandTranslator translator =
        CommandTranslator.of(
            mt + " --to en 'two words' \"double quoted\" $HOME * ~ a;b `id` $(id)", TIMEOUT);
    List<String> out = translator.render(List.of("hola"));

    assertThat(out).containsExactly("hola");
    assertThat(Files.readAllLines(args, StandardCharsets.UTF_8))
        .containsExactly(
            "--to", "en", "two words", "double quoted", "$HOME", "*", "~", "a;b", "`id`", "$(id)");
    assertThat(translator.name()).startsWith(mt.toString()).contains("two words");
  }

  @Test
  void of_should_refuse_an_unclosed_quote_and_an_empty_command() {
    assertThatThrownBy(() -> CommandTranslator.of("my-mt 'to en", TIMEOUT))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("unclosed quote");
    assertThatThrownBy(() -> CommandTranslator.of("   ", TIMEOUT))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void of_should_name_a_program_that_is_not_found() throws IOException {
    assertThatThrownBy(() -> CommandTranslator.of("no-such-translator-7f3a --to en", TIMEOUT))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("'no-such-translator-7f3a'")
        .hasMessageContaining("not found on the PATH");

    Path missing = tmp.resolve("missing.sh");
    assertThatThrownBy(() -> CommandTranslator.of(missing.toString(), TIMEOUT))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("not found");

    Path notExecutable =
        Files.writeString(tmp.resolve("plain.sh"), "cat\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CommandTranslator.of(notExecutable.toString(), TIMEOUT))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining(notExecutable.toString());
  }

  @Test
  void of_should_keep_the_same_identity_for_the_same_program_and_change_it_with_the_program()
      throws IOException {
    Path mt = FakeTranslator.counting(tmp, "mt.sh", "EN ");
    String identity = CommandTranslator.of(mt.toString(), TIMEOUT).identity();

    assertThat(CommandTranslator.of(mt.toString(), TIMEOUT).identity()).isEqualTo(identity);
    assertThat(CommandTranslator.of(mt + " --formal", TIMEOUT).identity()).isNotEqualTo(identity);

    Files.writeString(
        mt, Files.readString(mt, StandardCharsets.UTF_8) + "# v2\n", StandardCharsets.UTF_8);
    assertThat(CommandTranslator.of(mt.toString(), TIMEOUT).identity())
        .as("the program edited in place")
        .isNotEqualTo(identity);
  }

  @Test
  void render_should_fail_naming_the_first_error_line_when_the_program_exits_with_an_error() {
    Path mt =
        script(
            "fails.sh",
            "cat\necho 'model file missing: es-en.bin' >&2\necho 'second line' >&2\nexit 7");

    assertThatThrownBy(() -> CommandTranslator.of(mt.toString(), TIMEOUT).render(List.of("hola")))
        .isInstanceOf(DriftException.class)
        .isNotInstanceOf(DriftInputException.class)
        .hasMessageContaining("exited with 7")
        .hasMessageContaining(": model file missing: es-en.bin")
        .hasMessageNotContaining("second line")
        .hasMessageNotContaining("\n");
  }

  @Test
  void render_should_fail_saying_expected_and_got_when_a_line_is_missing_or_extra() {
    Path fewer = script("fewer.sh", "head -n 1");
    Path more = script("more.sh", "sed p");

    assertThatThrownBy(
            () -> CommandTranslator.of(fewer.toString(), TIMEOUT).render(List.of("uno", "dos")))
        .isInstanceOf(DriftException.class)
        .isNotInstanceOf(DriftInputException.class)
        .hasMessageContaining("returned 1 lines for 2 sentences");
    assertThatThrownBy(
            () -> CommandTranslator.of(more.toString(), TIMEOUT).render(List.of("uno", "dos")))
        .isInstanceOf(DriftException.class)
        .hasMessageContaining("returned 4 lines for 2 sentences");
  }

  @Test
  void render_should_kill_a_program_that_hangs_past_the_timeout_and_its_children()
      throws Exception {
    // A translator that is itself a script (as apertium is) runs its work in child processes.
    Path shellPid = tmp.resolve("shell.pid");
    Path childPid = tmp.resolve("child.pid");
    Path mt =
        script(
            "hangs.sh",
            "echo $$ > '" + shellPid + "'\nsleep 300 &\necho $! > '" + childPid + "'\nwait");
    CommandTranslator translator = CommandTranslator.of(mt.toString(), Duration.ofSeconds(2));

    long start = System.nanoTime();
    assertThatThrownBy(() -> translator.render(List.of("hola")))
        .isInstanceOf(DriftException.class)
        .isNotInstanceOf(DriftInputException.class)
        .hasMessageContaining("did not finish within 2 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

    long shell = pid(shellPid);
    long child = pid(childPid);
    assertThat(gone(shell, Duration.ofSeconds(10))).as("the program, pid %d", shell).isTrue();
    assertThat(gone(child, Duration.ofSeconds(10))).as("its child, pid %d", child).isTrue();
  }

  @Test
  void render_should_give_up_at_the_timeout_when_a_process_left_behind_holds_the_output()
      throws Exception {
    // The program answers and exits, but a process it started and left running (a translation
    // server it launched, say) still holds its standard output.
    Path serverPid = tmp.resolve("server.pid");
    Path mt = script("launches.sh", "(sleep 300 & echo $! > '" + serverPid + "')\nsed 's/^/EN /'");
    try {
      long start = System.nanoTime();
      assertThatThrownBy(
              () -> CommandTranslator.of(mt.toString(), Duration.ofSeconds(2)).render(List.of("a")))
          .isInstanceOf(DriftException.class)
          .isNotInstanceOf(DriftInputException.class)
          .hasMessageContaining("did not finish within 2 s")
          .hasMessageContaining("keeps its output open");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    } finally {
      if (Files.exists(serverPid)) {
        ProcessHandle.of(pid(serverPid)).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  /** Renders two sentences with the translator its argument names, in a JVM of its own. */
  public static final class RenderTwo {
    private RenderTwo() {}

    /**
     * Prints the renderings.
     *
     * @param args the translator's command line
     */
    public static void main(String[] args) {
      System.out.println(
          CommandTranslator.of(args[0], Duration.ofSeconds(10)).render(List.of("uno", "dos")));
    }
  }

  @Test
  void render_should_not_need_threads_to_spare_in_the_common_pool() throws Exception {
    // Two common-pool workers, as on a three-core machine: both once sat draining stdout and
    // stderr while the task that feeds stdin waited in the queue, until the timeout.
    Path mt = FakeTranslator.counting(tmp, "mt.sh", "EN ");
    Process jvm =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2",
                "-cp",
                System.getProperty("java.class.path"),
                RenderTwo.class.getName(),
                mt.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(jvm.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(output).as("the child JVM's output").contains("[EN uno, EN dos]");
    assertThat(jvm.exitValue()).isZero();
  }

  @Test
  void render_should_start_no_process_for_no_sentences() {
    Path mt = FakeTranslator.counting(tmp, "mt.sh", "EN ");

    assertThat(CommandTranslator.of(mt.toString(), TIMEOUT).render(List.of())).isEmpty();
    assertThat(FakeTranslator.calls(mt)).isZero();
  }

  private static long pid(Path file) throws IOException {
    return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
  }

  /** Whether a process ends (or is left a zombie nobody reaps) within a while. */
  private static boolean gone(long pid, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (!alive(pid)) {
        return true;
      }
      Thread.sleep(50);
    }
    return !alive(pid);
  }

  private static boolean alive(long pid) throws IOException {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (Files.exists(stat)) {
      try {
        String s = Files.readString(stat, StandardCharsets.UTF_8);
        char state = s.charAt(s.lastIndexOf(')') + 2);
        if (state == 'Z' || state == 'X') {
          return false;
        }
      } catch (IOException e) {
        return false; // it ended while we read
      }
    }
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
