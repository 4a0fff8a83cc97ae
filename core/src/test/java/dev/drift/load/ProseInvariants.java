package dev.drift.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * Checks shared by the load and segment tests: every prose character maps into the raw file,
 * monotonically, and ordinary characters map onto themselves.
 */
public final class ProseInvariants {
  /** Markup that must never reach sentence content. */
  public static final Pattern MARKUP =
      Pattern.compile("\\*\\*|\\]\\(|<https?:|`|<[a-zA-Z/!]|&[a-zA-Z]+;|&#[0-9xX]");

  private ProseInvariants() {}

  /**
   * Asserts the prose-to-raw map of every block of a document.
   *
   * @param doc the document
   */
  public static void assertBlocks(SourceDocument doc) {
    String raw = doc.text();
    int previousBlockEnd = 0;
    for (int b = 0; b < doc.blocks().size(); b++) {
      Block block = doc.blocks().get(b);
      String prose = block.prose().text();
      String where = doc.name() + " block " + b + " [" + prose + "]";
      assertThat(prose.chars().anyMatch(c -> !isBlank((char) c)))
          .as(where + " has visible prose")
          .isTrue();
      int prevStart = -1;
      int prevEnd = -1;
      for (int i = 0; i < prose.length(); i++) {
        int s = block.prose().rawStart(i);
        int e = block.prose().rawEnd(i);
        String at = where + " index " + i;
        assertThat(s).as(at + " rawStart").isBetween(0, raw.length());
        assertThat(e).as(at + " rawEnd").isBetween(s, raw.length());
        char c = prose.charAt(i);
        if (!Character.isWhitespace(c)) {
          assertThat(e - s).as(at + " a visible character maps to raw text").isPositive();
          if (e - s == 1) {
            assertThat(raw.charAt(s)).as(at + " raw character").isEqualTo(c);
          } else {
            assertThat(raw.charAt(s))
                .as(at + " a multi-character source is an entity")
                .isEqualTo('&');
            assertThat(raw.charAt(e - 1)).as(at + " entity end").isNotEqualTo('&');
          }
        }
        if (i == 0) {
          assertThat(s)
              .as(at + " block starts after the previous one")
              .isGreaterThanOrEqualTo(previousBlockEnd);
        } else {
          boolean sameSource = s == prevStart && e == prevEnd; // two chars of one entity
          if (!sameSource) {
            assertThat(s).as(at + " monotonic").isGreaterThanOrEqualTo(prevEnd);
          }
        }
        prevStart = s;
        prevEnd = e;
      }
      previousBlockEnd = prevEnd;
    }
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /**
   * The 1-based line and column of an offset, computed independently of {@link LineIndex}.
   *
   * @param text the text
   * @param offset a UTF-16 offset
   * @return {line, column}
   */
  public static int[] lineAndColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < offset && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
