package dev.drift.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a tool that report tests run but the build does not ship, such as Microsoft's SARIF
 * validator. A test whose tool is absent is skipped with the reason, unless the environment
 * variable {@value #REQUIRE} is {@code 1} (CI sets it): then the absent tool fails the test, so a
 * missing install step cannot pass unnoticed.
 */
public final class ExternalTool {
  /** The environment variable that turns a missing tool from a skip into a failure. */
  public static final String REQUIRE = "DRIFT_REQUIRE_TOOLS";

  /**
   * The environment variable naming the npm prefix the tools are installed under; default {@code
   * $HOME/.cache/drift-tools} (what {@code .ci/run} installs into).
   */
  public static final String PREFIX = "DRIFT_TOOLS";

  private ExternalTool() {}

  /**
   * The npm prefix the tools are installed under.
   *
   * @return {@code $DRIFT_TOOLS}, or {@code $HOME/.cache/drift-tools}
   */
  public static Path prefix() {
    String env = System.getenv(PREFIX);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "drift-tools");
  }

  /**
   * The native SARIF Multitool that the npm package {@code @microsoft/sarif-multitool} installs for
   * this platform (its {@code sarif-multitool-linux}, {@code -darwin} or {@code -win32} package).
   * The executable is run directly, not through the package's Node.js shim, which passes its
   * arguments through a shell.
   *
   * @return the executable; skips or fails the test when it is not installed
   */
  public static Path sarifMultitool() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
    String name = platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool";
    Path tool =
        prefix().resolve("node_modules/@microsoft/sarif-multitool-" + platform).resolve(name);
    require(
        Files.isExecutable(tool),
        "SARIF Multitool not found at "
            + tool
            + "; install it with: npm install --prefix \""
            + prefix()
            + "\" @microsoft/sarif-multitool (see .ci/run), or set "
            + PREFIX);
    return tool;
  }

  /**
   * Goes on when a tool is there; otherwise skips the test with the reason, or fails it when
   * {@value #REQUIRE} is {@code 1}.
   *
   * @param present whether the tool is there
   * @param reason what is missing and how to install it
   */
  public static void require(boolean present, String reason) {
    if (present) {
      return;
    }
    if ("1".equals(System.getenv(REQUIRE))) {
      fail(reason + " (" + REQUIRE + "=1: tools are required)");
    }
    Assumptions.abort(reason);
  }
}
