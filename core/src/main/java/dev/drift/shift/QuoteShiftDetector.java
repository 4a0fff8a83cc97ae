package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes inside quotation marks (“ ” " " « » „ “ ‘ ’ ‚ ‘): a newsroom expects quoted wording to be
 * kept, so any change of words that lies in a quotation on either side gains the kind {@code quote}
 * and becomes an error. Neutral changes (a date written another way) stay neutral.
 */
final class QuoteShiftDetector implements ShiftDetector {
  /** Below this impact a change is words moving, not wording changing. */
  static final double MIN_SCORE = 0.15;

  private final double warningScore;
  private final boolean bothSides;

  private QuoteShiftDetector(double warningScore, boolean bothSides) {
    this.warningScore = warningScore;
    this.bothSides = bothSides;
  }

  static QuoteShiftDetector create() {
    return new QuoteShiftDetector(0, false);
  }

  /**
   * A detector that raises only meaning shifts inside quotes to error: those at warning by their
   * own score or evidence; a paraphrase inside a quote (words the dictionary gives one most
   * frequent sense) stays as it was.
   *
   * @param warningScore the impact score from which a change is a warning
   */
  static QuoteShiftDetector create(double warningScore) {
    return new QuoteShiftDetector(warningScore, false);
  }

  /**
   * A detector for a freely worded translation ({@link Wording#FREE}), where one version may mark
   * speech with quotation marks and the other not (the World English Bible quotes what the King
   * James only reports): a change counts as quoted only when both sentences quote.
   *
   * @param warningScore the impact score from which a change is a warning
   * @return the detector
   */
  static QuoteShiftDetector quotedOnBothSides(double warningScore) {
    return new QuoteShiftDetector(warningScore, true);
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    List<int[]> qa = quotedWords(pair.original());
    List<int[]> qb = quotedWords(pair.translation());
    for (Finding f : findings) {
      if (f.neutral
          || (f.reason == null && f.score < MIN_SCORE)
          || (!hasWords(pair.original(), f.originalFrom, f.originalTo)
              && !hasWords(pair.translation(), f.translationFrom, f.translationTo))) {
        continue; // same meaning, or words that only moved
      }
      boolean quotedA = false;
      for (int[] q : qa) {
        quotedA |= f.overlapsOriginal(q[0], q[1]);
      }
      boolean quotedB = false;
      for (int[] q : qb) {
        quotedB |= f.overlapsTranslation(q[0], q[1]);
      }
      if ((quotedA || quotedB) && (!bothSides || (!qa.isEmpty() && !qb.isEmpty()))) {
        f.kinds.add(ShiftKind.QUOTE);
        // A meaning shift by its own score, not words of one most frequent sense ("great" →
        // "large"; but "obscene" → "lewd" share a sense of "obscene" that is not its first).
        if (f.floor.compareTo(Severity.WARNING) >= 0
            || (f.score >= warningScore && !f.firstSense)) {
          f.raise(Severity.ERROR);
        }
      }
    }
  }

  private static boolean hasWords(PairSide side, int from, int to) {
    for (int i = from; i < to; i++) {
      if (side.words().get(i).type() != Word.Type.PUNCT) {
        return true;
      }
    }
    return false;
  }

  /** Word ranges inside quotation marks. */
  static List<int[]> quotedWords(PairSide side) {
    List<int[]> out = new ArrayList<>();
    for (int[] q : quotedChars(side.text())) {
      int from = -1;
      int to = -1;
      for (Word w : side.words()) {
        if (w.start() >= q[0] && w.end() <= q[1]) {
          if (from < 0) {
            from = w.index();
          }
          to = w.index() + 1;
        }
      }
      if (from >= 0) {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }

  /** Character ranges between matching quotation marks (marks excluded). */
  static List<int[]> quotedChars(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      String closers = closers(text, i);
      if (closers == null) {
        i++;
        continue;
      }
      int end = -1;
      for (int k = i + 1; k < text.length(); k++) {
        char d = text.charAt(k);
        if (closers.indexOf(d) >= 0 && closes(text, k, d)) {
          end = k;
          break;
        }
      }
      if (end < 0) {
        // An unclosed quotation runs to the end (quotes split across sentences).
        end = text.length();
      }
      if (end > i + 1) {
        out.add(new int[] {i + 1, end});
      }
      i = end + 1;
    }
    return out;
  }

  /** The marks that may close a quotation opened at {@code i}, or null if none opens there. */
  private static String closers(String text, int i) {
    char c = text.charAt(i);
    boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    return switch (c) {
      case '\u201c' -> "\u201d\u201c"; // “ … ” (or “ … “ in some styles)
      case '\u201e' -> "\u201c\u201d"; // „ … “
      case '\u00ab' -> "\u00bb"; // « … »
      case '\u00bb' -> "\u00ab"; // » … « (German)
      // A straight quote followed by a space closes a quotation that began earlier.
      case '"' ->
          boundary && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
              ? "\""
              : null;
      case '\u2018' -> boundary ? "\u2019" : null; // ‘ … ’ but not an apostrophe
      case '\u201a' -> "\u2018\u2019"; // ‚ … ‘
      case '\'' ->
          boundary && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)) ? "'" : null;
      default -> null;
    };
  }

  /**
   * Whether a closing mark at {@code k} ends a quotation (an apostrophe inside a word does not).
   */
  private static boolean closes(String text, int k, char mark) {
    if (mark == '\u2019' || mark == '\'') {
      return k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1));
    }
    return true;
  }
}
