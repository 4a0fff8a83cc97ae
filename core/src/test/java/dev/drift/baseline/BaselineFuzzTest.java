package dev.drift.baseline;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz test of the baseline reader. Whatever the file holds, reading either gives a baseline that
 * survives being written and read again unchanged, or throws a {@link DriftInputException} of one
 * line starting with the file: never another exception, which would end a check as an internal
 * error (exit 3) instead of a bad-input one (exit 2).
 *
 * <p>Inputs in {@code src/test/resources/dev/drift/baseline/BaselineFuzzTestInputs/read/} are
 * replayed by {@code ./mvnw test}; {@code ./mvnw -Pfuzz -pl core test} fuzzes.
 */
class BaselineFuzzTest {
  /** One directory for the whole run, removed after it (not one left in /tmp per run). */
  @TempDir static Path dir;

  @FuzzTest(maxDuration = "50s")
  @DictionaryEntries({
    "schema: drift-baseline/1",
    "documents:",
    "- original: ",
    "  translation: ",
    "  accepted:",
    "  - kinds: ",
    "[substitution, number]",
    "entity",
    "negation",
    "quote",
    "omission",
    "addition",
    "    original: ",
    "    translation: ",
    "    originalSentence: ",
    "    translationSentence: ",
    "    message: ",
    "docs/en/a.md",
    "../",
    "null",
    "~",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "'",
    "\""
  })
  void read(byte[] bytes) throws IOException {
    Path file = dir.resolve("drift-baseline.yaml");
    Files.write(file, bytes);
    Baseline baseline;
    try {
      baseline = Baseline.read(file);
    } catch (DriftInputException e) {
      String message = e.getMessage();
      if (!message.startsWith(file.toString()) || message.contains("\n")) {
        throw new AssertionError("not one line naming the file: " + message, e);
      }
      return;
    }
    baseline.write();
    Baseline again = Baseline.read(file);
    if (again.size() != baseline.size()
        || again.documentCount() != baseline.documentCount()
        || again.entriesNotIn(baseline) != 0
        || baseline.entriesNotIn(again) != 0) {
      throw new AssertionError(
          "changed by a rewrite: "
              + baseline.size()
              + " entries in "
              + baseline.documentCount()
              + " documents, then "
              + again.size()
              + " in "
              + again.documentCount()
              + ":\n"
              + Files.readString(file));
    }
  }
}
