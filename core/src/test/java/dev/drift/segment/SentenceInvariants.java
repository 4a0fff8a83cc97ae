package dev.drift.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.load.ProseInvariants;
import dev.drift.load.SourceDocument;
import java.util.List;

/** Checks every sentence of a document against its raw text. */
final class SentenceInvariants {
  private SentenceInvariants() {}

  static void assertSentences(SourceDocument doc, List<Sentence> sentences) {
    String raw = doc.text();
    int previousEnd = 0;
    int previousBlock = 0;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      String where = doc.name() + " sentence " + k + " [" + s.content() + "]";
      assertThat(s.index()).as(where + " index").isEqualTo(k);
      assertThat(s.block()).as(where + " block").isBetween(previousBlock, doc.blocks().size() - 1);
      assertThat(s.start()).as(where + " start").isBetween(previousEnd, raw.length());
      assertThat(s.end())
          .as(where + " end")
          .isGreaterThan(s.start())
          .isLessThanOrEqualTo(raw.length());
      assertThat(s.text()).as(where + " text").isEqualTo(raw.substring(s.start(), s.end()));
      int[] expected = ProseInvariants.lineAndColumn(raw, s.start());
      assertThat(new int[] {s.line(), s.column()})
          .as(where + " line/column")
          .containsExactly(expected);
      assertThat(s.text().charAt(0)).as(where + " text start").matches(c -> !isBlank(c));
      assertThat(s.text().charAt(s.text().length() - 1))
          .as(where + " text end")
          .matches(c -> !isBlank(c));
      assertThat(s.content()).as(where + " content").isNotBlank().isEqualTo(s.content().strip());
      assertThat(s.content())
          .as(where + " content")
          .doesNotContain("  ", "\n", "\r", "\t", "\uFEFF");
      assertThat(ProseInvariants.MARKUP.matcher(s.content()).find())
          .as(where + " content has no markup")
          .isFalse();
      assertThat(s.content().codePoints().anyMatch(Character::isLetterOrDigit))
          .as(where + " content has a letter or digit")
          .isTrue();
      previousEnd = s.end();
      previousBlock = s.block();
    }
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
