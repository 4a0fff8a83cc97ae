package dev.drift.report.sarif;

import dev.drift.RequiredTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Finds Microsoft's SARIF validator, which the build does not ship: without it the test is skipped
 * or, under {@code DRIFT_REQUIRE_TOOLS=1}, fails ({@link RequiredTool}).
 */
final class SarifMultitool {

  /**
   * The environment variable naming the npm prefix the tools are installed under; default {@code
   * $HOME/.cache/drift-tools} (what {@code .ci/run} installs into).
   */
  static final String PREFIX = "DRIFT_TOOLS";

  private SarifMultitool() {}

  /**
   * The npm prefix the tools are installed under.
   *
   * @return {@code $DRIFT_TOOLS}, or {@code $HOME/.cache/drift-tools}
   */
  static Path prefix() {
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
  static Path find() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
    String name = platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool";
    Path tool =
        prefix().resolve("node_modules/@microsoft/sarif-multitool-" + platform).resolve(name);
    RequiredTool.require(
        Files.isExecutable(tool),
        "the SARIF Multitool (not found at "
            + tool
            + "; install it with: npm install --prefix \""
            + prefix()
            + "\" @microsoft/sarif-multitool (see .ci/run), or set "
            + PREFIX
            + ")");
    return tool;
  }
}
