package dev.drift.translate;

import dev.drift.RequiredTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Translator programs written at test time as {@code /bin/sh} scripts: they read one sentence per
 * line and write one per line, as a user's machine-translation command does, and leave traces
 * beside themselves (how often they ran, what they read) for the test to check. The scripts run
 * under {@code LC_ALL=C}, so that nothing in them decodes the bytes they pass on.
 */
public final class FakeTranslator {
  private FakeTranslator() {}

  /** Skips the test (or fails it under {@code DRIFT_REQUIRE_TOOLS=1}) without a POSIX shell. */
  public static void requireShell() {
    RequiredTool.require(
        Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell at /bin/sh (any Unix has one)");
  }

  /**
   * Writes an executable script.
   *
   * @param dir where to write it
   * @param name its file name
   * @param body the shell commands after {@code #!/bin/sh} and {@code LC_ALL=C}
   * @return the script
   */
  public static Path script(Path dir, String name, String body) {
    try {
      Path script = dir.resolve(name);
      Files.writeString(
          script, "#!/bin/sh\nLC_ALL=C\nexport LC_ALL\n" + body + "\n", StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A translator that renders each line as itself with a prefix, appends a line to {@code
   * NAME.calls} each time it runs and every line it reads to {@code NAME.in}.
   *
   * @param dir where to write it
   * @param name its file name
   * @param prefix put before each line (no {@code /}, {@code &}, {@code \} or quote)
   * @return the script
   */
  public static Path counting(Path dir, String name, String prefix) {
    return script(
        dir,
        name,
        "echo run >> '"
            + dir.resolve(name + ".calls")
            + "'\ntee -a '"
            + dir.resolve(name + ".in")
            + "' | sed 's/^/"
            + prefix
            + "/'");
  }

  /**
   * How many times a {@link #counting} translator ran.
   *
   * @param script the script
   * @return the number of runs
   */
  public static int calls(Path script) {
    return lines(script.resolveSibling(script.getFileName() + ".calls")).size();
  }

  /**
   * Every line a {@link #counting} translator read, over all its runs.
   *
   * @param script the script
   * @return the lines, in order
   */
  public static List<String> inputs(Path script) {
    return lines(script.resolveSibling(script.getFileName() + ".in"));
  }

  private static List<String> lines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
