package dev.drift.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.drift.DriftInputException;

/**
 * Fuzz tests of the three loaders, from raw bytes (so the decoder is fuzzed too). Whatever the
 * bytes, loading either fails with the documented {@link DriftInputException} (a one-line message
 * naming the document) or yields blocks whose prose maps back into the decoded file: every prose
 * character's raw range lies inside the file, ranges never go backwards within a block, and code
 * and link targets lie inside the file too. (Blocks themselves may come out of file order in HTML
 * that jsoup repairs, such as text straying inside a table: they follow the repaired tree.)
 *
 * <p>{@code ./mvnw test} replays the inputs under {@code
 * src/test/resources/dev/drift/load/LoaderFuzzTestInputs/<method>/} (seeds and every crash ever
 * found); {@code ./mvnw -Pfuzz -pl core test} fuzzes each target for a bounded time (see
 * docs/RELIABILITY.md).
 */
class LoaderFuzzTest {

  @FuzzTest(maxDuration = "50s")
  void text(byte[] bytes) {
    check("fuzz.txt", bytes, InputFormat.TEXT);
  }

  @FuzzTest(maxDuration = "50s")
  void markdown(byte[] bytes) {
    check("fuzz.md", bytes, InputFormat.MARKDOWN);
  }

  @FuzzTest(maxDuration = "50s")
  void html(byte[] bytes) {
    check("fuzz.html", bytes, InputFormat.HTML);
  }

  private static void check(String name, byte[] bytes, InputFormat format) {
    SourceDocument doc;
    try {
      doc = DocumentLoader.load(name, bytes, format);
    } catch (DriftInputException e) {
      String message = e.getMessage();
      require(
          message != null && message.startsWith(name + ": ") && message.indexOf('\n') < 0,
          "an input error is one line naming the document",
          message);
      return;
    }
    assertBlocksMapIntoTheFile(doc);
  }

  /**
   * Every block's prose maps into the raw file without going backwards; verbatim ranges lie inside
   * the file.
   *
   * @param doc a loaded document
   */
  static void assertBlocksMapIntoTheFile(SourceDocument doc) {
    int length = doc.text().length();
    require(doc.lines().lineCount() >= 1, "a line index has a line", doc.name());
    for (int b = 0; b < doc.blocks().size(); b++) {
      Block block = doc.blocks().get(b);
      ProseText prose = block.prose();
      require(!ProseText.isBlank(prose.text()), "blocks are not blank", prose.text());
      int lastStart = -1;
      for (int i = 0; i < prose.text().length(); i++) {
        int s = prose.rawStart(i);
        int e = prose.rawEnd(i);
        if (s < 0 || e < s || e > length) {
          throw new AssertionError(
              "block " + b + " char " + i + " maps to [" + s + ", " + e + ") of " + length);
        }
        if (s < lastStart) {
          throw new AssertionError(
              "block " + b + " char " + i + " maps before the previous character: " + s);
        }
        lastStart = s;
      }
      for (Verbatim v : block.verbatim()) {
        if (v.start() < 0 || v.end() < v.start() || v.end() > length) {
          throw new AssertionError("verbatim " + v + " outside the file of " + length);
        }
      }
    }
  }

  static void require(boolean condition, String what, Object detail) {
    if (!condition) {
      throw new AssertionError(what + ": " + detail);
    }
  }
}
