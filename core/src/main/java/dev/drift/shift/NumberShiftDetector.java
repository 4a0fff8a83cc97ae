package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Numbers, amounts, dates and times: compares values, not strings ({@link NumberParser}). A value
 * on one side with no equal value on the other is an error; a change whose words are only numbers
 * that do match ("March 02, 2023" / "02/03/2023") is neutral.
 */
final class NumberShiftDetector implements ShiftDetector {
  /** How a dropped number's message starts ({@link NeighbourSentences} reads it). */
  static final String DROPPED = "number dropped: ";

  /** How an added number's message starts. */
  static final String ADDED = "number added: ";

  private NumberShiftDetector() {}

  static NumberShiftDetector create() {
    return new NumberShiftDetector();
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    PairSide original = pair.original();
    PairSide translation = pair.translation();
    List<NumberMention> a = NumberParser.parse(original.words(), original.language());
    List<NumberMention> b = NumberParser.parse(translation.words(), translation.language());
    if (!allMatch(a, b)
        && !NumberWords.of(original.language()).equals(NumberWords.of(translation.language()))) {
      // A side may be written in the other side's language whatever its label says (a
      // translation left in the original language, a stand-in): when reading it so makes every
      // number agree, its words decide.
      List<NumberMention> b2 = NumberParser.parse(translation.words(), original.language());
      List<NumberMention> a2 = NumberParser.parse(original.words(), translation.language());
      if (!b2.isEmpty() && allMatch(a, b2)) {
        b = b2;
      } else if (!a2.isEmpty() && allMatch(a2, b)) {
        a = a2;
      }
    }
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
          && (f.hasOriginal() || f.hasTranslation())
          && (hasContent(pair.original().words(), f.originalFrom, f.originalTo)
              || hasContent(pair.translation().words(), f.translationFrom, f.translationTo))) {
        f.neutral = true;
        f.reason = "same value, written differently";
      }
    }
    if (!pair.sameLanguage()) {
      // Translations repeat or fold a number ("de cincuenta en cincuenta" for "by fifty", "los
      // doce nombres de los doce apóstoles" for "the twelve apostles"): across languages a value
      // the other side has, however often, is no change.
      unmatchedA.removeIf(m -> matchedB.stream().anyMatch(m::sameValue));
      unmatchedB.removeIf(m -> matchedA.stream().anyMatch(m::sameValue));
    }
    // "they two went over" against "pasaron ambos": a word for both counts two.
    unmatchedA.removeIf(m -> m.values().contains("n:2") && saysBoth(translation.words()));
    unmatchedB.removeIf(m -> m.values().contains("n:2") && saysBoth(original.words()));
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
      mark(findings, x.fromWord(), x.toWord(), 0, 0, DROPPED + x.text());
    }
    for (NumberMention y : unmatchedB.subList(pairs, unmatchedB.size())) {
      mark(findings, 0, 0, y.fromWord(), y.toWord(), ADDED + y.text());
    }
  }

  /** Words for "both" (en, es, pt, de, it), which count two. */
  private static final Set<String> BOTH =
      Set.of(
          "both",
          "ambos",
          "ambas",
          "beide",
          "beiden",
          "beides",
          "entrambi",
          "entrambe",
          "ambedue",
          "ambo");

  private static boolean saysBoth(List<Word> words) {
    return words.stream().anyMatch(w -> BOTH.contains(w.norm()));
  }

  /** Whether every mention of each side has one of the same value on the other, one to one. */
  private static boolean allMatch(List<NumberMention> a, List<NumberMention> b) {
    if (a.size() != b.size()) {
      return false;
    }
    List<NumberMention> left = new ArrayList<>(b);
    for (NumberMention m : a) {
      NumberMention match = null;
      for (NumberMention n : left) {
        if (m.sameValue(n)) {
          match = n;
          break;
        }
      }
      if (match == null) {
        return false;
      }
      left.remove(match);
    }
    return true;
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

  /** Whether words {@code [from, to)} hold a content word: function words alone hold no number. */
  private static boolean hasContent(List<Word> words, int from, int to) {
    for (int i = from; i < to; i++) {
      if (words.get(i).content()) {
        return true;
      }
    }
    return false;
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
