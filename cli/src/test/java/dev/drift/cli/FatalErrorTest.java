package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * An {@link Error} escaping a command (picocli's handlers see only exceptions) ends drift with exit
 * code 3 and one line, not a stack trace and exit code 1, which CI would read as drift. The
 * packaged command running out of memory is in {@code PackagedFaultsIT}.
 */
class FatalErrorTest {

  private static String[] report(Error e, boolean verbose, int[] code) {
    StringWriter err = new StringWriter();
    code[0] = Main.fatal(e, new PrintWriter(err), verbose);
    return err.toString().split("\\R");
  }

  @Test
  void out_of_memory_is_one_line_with_advice_and_exit_3() {
    int[] code = new int[1];
    String[] lines = report(new OutOfMemoryError("Java heap space"), false, code);
    assertThat(code[0]).isEqualTo(ExitCodes.INTERNAL);
    assertThat(lines)
        .containsExactly(
            "drift: out of memory (Java heap space); give Java more (e.g."
                + " JAVA_TOOL_OPTIONS=-Xmx4g) or compare smaller documents");
  }

  @Test
  void stack_overflow_is_one_line_and_exit_3() {
    int[] code = new int[1];
    String[] lines = report(new StackOverflowError(), false, code);
    assertThat(code[0]).isEqualTo(ExitCodes.INTERNAL);
    assertThat(lines)
        .containsExactly(
            "drift: internal error: java.lang.StackOverflowError (run with --verbose for details)");
  }

  @Test
  void verbose_adds_the_stack_trace() {
    int[] code = new int[1];
    String[] lines = report(new StackOverflowError(), true, code);
    assertThat(lines.length).isGreaterThan(1);
    assertThat(lines[1]).startsWith("java.lang.StackOverflowError");
  }
}
