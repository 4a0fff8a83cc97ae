package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.load.DocumentLoader;
import dev.drift.load.SourceDocument;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.Verdict;
import dev.drift.segment.SentenceSegmenter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once cost minutes and gigabytes, held by what bounds them rather than by a clock: a
 * megabyte of prose without a sentence end becomes sentences no longer than {@link
 * SentenceSegmenter#MAX_SENTENCE_CHARS}, repeated prose is embedded once per distinct piece, and a
 * document compared with an identical copy is not embedded at all.
 */
class PathologicalInputTest {

  /** About {@code size} characters of varied words, without any sentence end, on one line. */
  static String proseWithoutEnd(int size, long seed) {
    String[] words = {
      "the",
      "fox",
      "saw",
      "a",
      "crow",
      "sitting",
      "on",
      "branch",
      "of",
      "tree",
      "with",
      "piece",
      "cheese",
      "in",
      "her",
      "beak",
      "and",
      "said",
      "that",
      "she",
      "was",
      "beautiful",
      "bird",
      "voice",
      "would",
      "sing",
      "lion",
      "mouse",
      "ran",
      "over",
      "his",
      "face",
      "woke",
      "up",
      "angry"
    };
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(size + 16);
    while (sb.length() < size) {
      sb.append(words[random.nextInt(words.length)]);
      sb.append(random.nextInt(12) == 0 ? ", " : " ");
    }
    return sb.toString().strip();
  }

  @Test
  void a_line_without_a_sentence_end_compared_with_itself_is_not_embedded() {
    String line = proseWithoutEnd(1_000_000, 1);
    SourceDocument doc = DocumentLoader.parse("line.txt", line + "\n", null);
    FakeModel model = new FakeModel("fake");
    try (DriftChecker checker = DriftChecker.create(DriftOptions.defaults(), model)) {
      DriftReport report = checker.compare(doc, doc);
      assertThat(model.embedded).as("sentences embedded").isZero();
      assertThat(report.original().sentences())
          .as("pieces of the one sentence")
          .isGreaterThanOrEqualTo(1_000_000 / SentenceSegmenter.MAX_SENTENCE_CHARS);
      assertThat(report.drift()).isZero();
      assertThat(report.verdict()).isEqualTo(Verdict.PASS);
      for (Pair p : report.pairs()) {
        assertThat(p.kind()).isEqualTo(PairKind.MATCH);
        assertThat(p.similarity()).isEqualTo(1.0);
        assertThat(p.drift()).isZero();
        assertThat(p.shifts()).isEmpty();
        assertThat(p.original()).isEqualTo(p.translation());
        assertThat(p.original().get(0).text().length())
            .isLessThanOrEqualTo(SentenceSegmenter.MAX_SENTENCE_CHARS);
      }
    }
  }

  @Test
  void repeated_prose_without_a_sentence_end_is_embedded_once_per_distinct_piece() {
    String period = proseWithoutEnd(40_000, 2);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      sb.append(period).append(' ');
    }
    String original = sb.toString().strip();
    // One word changed near the middle: the documents differ, so the whole pipeline runs.
    int middle = original.indexOf(' ', original.length() / 2);
    String translation =
        original.substring(0, middle)
            + " wolf"
            + original.substring(original.indexOf(' ', middle + 1));
    SourceDocument a = DocumentLoader.parse("a.txt", original + "\n", null);
    SourceDocument b = DocumentLoader.parse("b.txt", translation + "\n", null);
    List<String> pieces =
        SentenceSegmenter.create("en").segment(a).sentences().stream()
            .map(s -> s.content())
            .toList();
    Set<String> distinct = new HashSet<>(pieces);
    // Twelve copies of the period: cuts picked by the words fall into step after a few pieces, so
    // the copies share their pieces.
    int perCopy = pieces.size() / 12;
    assertThat(distinct.size()).as("distinct pieces").isLessThan(3 * perCopy);
    FakeModel model = new FakeModel("fake");
    try (DriftChecker checker = DriftChecker.create(DriftOptions.defaults(), model)) {
      DriftReport report = checker.compare(a, b);
      assertThat(model.embedded)
          .as("texts embedded: each distinct piece of both sides once")
          .isLessThan(3 * perCopy + 10);
      assertThat(report.counts().omissions() + report.counts().additions())
          .as("pieces not matched")
          .isLessThanOrEqualTo(4);
    }
  }
}
