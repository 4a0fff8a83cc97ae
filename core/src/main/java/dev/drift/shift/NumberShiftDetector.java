package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers, amounts, dates and times: compares values, not strings ({@link NumberParser}). A value
 * on one side with no equal value on the other is an error; a change whose words are only numbers
 * that do match ("March 02, 2023" / "02/03/2023") is neutral.
 */
final class NumberShiftDetector implements ShiftDetector {
  private NumberShiftDetector() {}

  static NumberShiftDetector create() {
    return new NumberShiftDetector();
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    List<NumberMention> a = NumberParser.parse(pair.original().words(), pair.original().language());
    List<NumberMention> b =
        NumberParser.parse(pair.translation().words(), pair.translation().language());
    List<NumberMention> unmatchedA = new ArrayList<>();
    List<NumberMention> matchedA = new ArrayList<>();
    List<NumberMention> matchedB = new ArrayList<>();
    List<NumberMention> unmatchedB = new ArrayList<>(b);
    for (NumberMention m : a) {
      NumberMention match = null;
      for (NumberMention n : unmatchedB) {
        if (m.sameValue(n)) {
          match = n;
          break;
        }
      }
      if (match == null) {
        unmatchedA.add(m);
      } else {
        unmatchedB.remove(match);
        matchedA.add(m);
        matchedB.add(match);
      }
    }
    for (Finding f : findings) {
      if (onlyMatchedNumbers(pair.original().words(), f.originalFrom, f.originalTo, matchedA)
          && onlyMatchedNumbers(
              pair.translation().words(), f.translationFrom, f.translationTo, matchedB)
          && (f.hasOriginal() || f.hasTranslation())) {
        f.neutral = true;
        f.reason = "same value, written differently";
      }
    }
    int pairs = Math.min(unmatchedA.size(), unmatchedB.size());
    for (int k = 0; k < pairs; k++) {
      NumberMention x = unmatchedA.get(k);
      NumberMention y = unmatchedB.get(k);
      mark(
          findings,
          x.fromWord(),
          x.toWord(),
          y.fromWord(),
          y.toWord(),
          "number changed: " + x.text() + " → " + y.text());
    }
    for (NumberMention x : unmatchedA.subList(pairs, unmatchedA.size())) {
      mark(findings, x.fromWord(), x.toWord(), 0, 0, "number dropped: " + x.text());
    }
    for (NumberMention y : unmatchedB.subList(pairs, unmatchedB.size())) {
      mark(findings, 0, 0, y.fromWord(), y.toWord(), "number added: " + y.text());
    }
  }

  /** Marks the finding covering the mention(s) as a number error, or adds one. */
  private static void mark(List<Finding> findings, int af, int at, int bf, int bt, String reason) {
    Finding target = null;
    for (Finding f : findings) {
      if ((at > af && f.overlapsOriginal(af, at)) || (bt > bf && f.overlapsTranslation(bf, bt))) {
        target = f;
        break;
      }
    }
    if (target == null) {
      target = new Finding(af, at, bf, bt);
      findings.add(target);
    }
    target.neutral = false;
    target.kinds.add(ShiftKind.NUMBER);
    target.raise(Severity.ERROR);
    target.reason = reason;
  }

  private static boolean onlyMatchedNumbers(
      List<Word> words, int from, int to, List<NumberMention> matched) {
    for (int i = from; i < to; i++) {
      Word w = words.get(i);
      if (!w.content()) {
        continue;
      }
      boolean inside = false;
      for (NumberMention m : matched) {
        inside |= i >= m.fromWord() && i < m.toWord();
      }
      if (!inside) {
        return false;
      }
    }
    return true;
  }
}
