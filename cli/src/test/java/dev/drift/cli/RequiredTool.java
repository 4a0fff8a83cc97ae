package dev.drift.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program some tests need from the machine (tmux, strace, groff, python3): without it the test is
 * skipped and says why; with {@code DRIFT_REQUIRE_TOOLS=1} in the environment, as {@code .ci/run}
 * sets it, the test fails instead, so that CI cannot go green by skipping what it was meant to
 * prove.
 *
 * <p>Privileges that no package brings (root, mounting a file system, a network namespace) are not
 * tools: tests that need them skip with a plain assumption, and a test that runs everywhere proves
 * the same behaviour another way (see docs/RELIABILITY.md).
 */
final class RequiredTool {
  /** The environment variable that turns a missing tool from a skip into a failure. */
  static final String SWITCH = "DRIFT_REQUIRE_TOOLS";

  private RequiredTool() {}

  /**
   * Whether a missing tool fails the test ({@code DRIFT_REQUIRE_TOOLS=1}).
   *
   * @return true when the switch is set
   */
  static boolean required() {
    return "1".equals(System.getenv(SWITCH));
  }

  /**
   * Goes on if the tool is there; otherwise skips the test, or fails it under the switch.
   *
   * @param available whether the tool is there and works
   * @param what what is missing and how to get it, e.g. {@code "chromium (apt-get install
   *     chromium)"}
   */
  static void require(boolean available, String what) {
    if (available) {
      return;
    }
    if (required()) {
      Assertions.fail(what + " is missing, and " + SWITCH + "=1 says this test must run");
    }
    Assumptions.abort("skipped: needs " + what);
  }

  /**
   * Requires a command that runs and exits 0 within 30 seconds, its output discarded.
   *
   * @param what what is missing and how to get it
   * @param probe the command and its arguments, e.g. {@code tmux -V}
   */
  static void requireCommand(String what, String... probe) {
    require(runs(probe), what + " (" + String.join(" ", probe) + " does not run here)");
  }

  /**
   * Whether a command runs and exits 0 within 30 seconds, its output discarded.
   *
   * @param command the command and its arguments
   * @return true if it exited 0 in time
   */
  static boolean runs(String... command) {
    try {
      Process p =
          new ProcessBuilder(List.of(command))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
