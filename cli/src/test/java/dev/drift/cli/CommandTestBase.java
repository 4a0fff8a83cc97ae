package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with captured output; never exits the JVM. */
abstract class CommandTestBase {
  protected String out;
  protected String err;
  protected int code;

  protected int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  protected void assertExit(int expected) {
    assertThat(code).as("exit code; stderr was:%n%s", err).isEqualTo(expected);
  }

  /** A one-line error on stderr, no stack trace. */
  protected void assertOneLineError(String... fragments) {
    String[] lines = err.strip().split("\\R");
    assertThat(lines).as("stderr:%n%s", err).hasSize(1);
    assertThat(lines[0]).startsWith("drift: ").contains(fragments);
    assertThat(err).doesNotContain("\tat ", "Exception");
  }
}
