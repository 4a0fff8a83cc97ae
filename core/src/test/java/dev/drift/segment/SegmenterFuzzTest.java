package dev.drift.segment;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.load.ProseInvariants;
import dev.drift.load.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fuzz test of loading and sentence splitting together, over any text in any of the three formats
 * and a few languages. The first byte picks the format and the language; the rest is the document,
 * decoded leniently so that every input is text. For every sentence: its offsets lie inside the
 * file, its {@code text} is exactly the substring they name, its line and column agree with an
 * independent count, every character of its content maps back inside the sentence, and the
 * sentences of one block come in file order without overlapping. In plain text and Markdown no two
 * sentences overlap at all. In HTML that jsoup repairs (misnested or stray markup around tables and
 * formatting elements) blocks follow the repaired tree, so they may come out of file order, and a
 * sentence may span text jsoup moved into another block; the HTML report shows each sentence's text
 * on its own, sorted by offset (docs/RELIABILITY.md, known limits).
 *
 * <p>Inputs in {@code src/test/resources/dev/drift/segment/SegmenterFuzzTestInputs/segment/} are
 * replayed by {@code ./mvnw test}; {@code ./mvnw -Pfuzz -pl core test} fuzzes.
 */
class SegmenterFuzzTest {
  // The prose formats, in their order: translation files are fuzzed by the bundle readers' targets.
  private static final InputFormat[] FORMATS = {
    InputFormat.TEXT, InputFormat.MARKDOWN, InputFormat.HTML
  };
  private static final String[] LANGUAGES = {"en", "fr", "de", "ja", "ar"};
  private static final List<SentenceSegmenter> SEGMENTERS =
      java.util.Arrays.stream(LANGUAGES).map(SentenceSegmenter::create).toList();

  @FuzzTest(maxDuration = "50s")
  void segment(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    int selector = bytes[0] & 0xFF;
    InputFormat format = FORMATS[selector % FORMATS.length];
    SentenceSegmenter segmenter = SEGMENTERS.get((selector / FORMATS.length) % LANGUAGES.length);
    String text = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
    SourceDocument doc = DocumentLoader.parse("fuzz", text, format);
    assertSentences(doc, segmenter.segment(doc).sentences(), format != InputFormat.HTML);
  }

  /**
   * The sentence invariants of issue 7 for any input.
   *
   * @param doc the document
   * @param sentences its sentences
   * @param disjoint whether sentences of different blocks must not overlap either
   */
  static void assertSentences(SourceDocument doc, List<Sentence> sentences, boolean disjoint) {
    String raw = doc.text();
    int previousEnd = 0;
    int previousBlock = -1;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.index() != k) {
        fail(k, s, "index " + s.index());
      }
      if (s.block() < 0 || s.block() >= doc.blocks().size()) {
        fail(k, s, "block " + s.block());
      }
      if (s.block() != previousBlock) {
        previousEnd = 0;
        previousBlock = s.block();
      }
      if (s.start() < previousEnd || s.end() <= s.start() || s.end() > raw.length()) {
        fail(k, s, "offsets [" + s.start() + ", " + s.end() + ") after " + previousEnd);
      }
      if (!s.text().equals(raw.substring(s.start(), s.end()))) {
        fail(k, s, "text is not the substring its offsets name");
      }
      int[] expected = ProseInvariants.lineAndColumn(raw, s.start());
      if (s.line() != expected[0] || s.column() != expected[1]) {
        fail(k, s, "line:column " + s.line() + ":" + s.column() + ", expected " + expected[0]);
      }
      String content = s.content();
      if (content.isBlank() || !content.codePoints().anyMatch(Character::isLetterOrDigit)) {
        fail(k, s, "content without a letter or digit");
      }
      for (int i = 0; i < content.length(); i++) {
        int from = s.contentMap().rawStart(i);
        int to = s.contentMap().rawEnd(i);
        if (from < s.start() || to < from || to > s.end()) {
          fail(k, s, "content char " + i + " maps to [" + from + ", " + to + ")");
        }
      }
      previousEnd = s.end();
    }
    if (!disjoint) {
      return;
    }
    List<Sentence> byStart = new ArrayList<>(sentences);
    byStart.sort(Comparator.comparingInt(Sentence::start));
    for (int k = 1; k < byStart.size(); k++) {
      if (byStart.get(k).start() < byStart.get(k - 1).end()) {
        fail(k, byStart.get(k), "overlaps the sentence before it in the file");
      }
    }
  }

  private static void fail(int k, Sentence s, String what) {
    throw new AssertionError(
        "sentence " + k + " [" + s.start() + ", " + s.end() + ") " + what + ": " + s.content());
  }
}
