package dev.drift.shift;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tense or aspect of a verb changed: the same verb in another form (said → says, went → had
 * gone, called → was calling, by WordNet's morphology) or an auxiliary of another tense (was → is,
 * will → did). A warning: when something happens, or whether it is done, is part of the meaning.
 */
final class TenseShiftDetector implements ShiftDetector {
  /** Tense of auxiliaries: past, present, future. */
  private static final Map<String, String> AUX =
      Map.ofEntries(
          Map.entry("was", "past"),
          Map.entry("were", "past"),
          Map.entry("had", "past"),
          Map.entry("did", "past"),
          Map.entry("is", "present"),
          Map.entry("are", "present"),
          Map.entry("am", "present"),
          Map.entry("has", "present"),
          Map.entry("have", "present"),
          Map.entry("does", "present"),
          Map.entry("do", "present"),
          Map.entry("will", "future"),
          Map.entry("shall", "future"));

  private final Lexicon lexicon;

  private TenseShiftDetector(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  static TenseShiftDetector create(Lexicon lexicon) {
    return new TenseShiftDetector(lexicon);
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    if (!pair.english()) {
      return;
    }
    for (Finding f : findings) {
      if (f.neutral || !f.hasOriginal() || !f.hasTranslation()) {
        continue;
      }
      String change = change(pair, f);
      if (change != null) {
        if (f.reason == null) {
          f.reason = "tense or aspect changed: " + change;
        }
        f.raise(Severity.WARNING);
      }
    }
    auxiliaries(pair, findings);
  }

  /** Auxiliaries are function words, which the word diff leaves out: compare them on their own. */
  private static void auxiliaries(AlignedPair pair, List<Finding> findings) {
    for (WordSequences.Change c :
        WordSequences.changes(pair, w -> w.type() == Word.Type.WORD && AUX.containsKey(w.norm()))) {
      int n = Math.min(c.original().size(), c.translation().size());
      for (int k = 0; k < n; k++) {
        Word x = c.original().get(k);
        Word y = c.translation().get(k);
        if (!tense(pair.original(), x).equals(tense(pair.translation(), y))
            && !WordSequences.covered(findings, x, true)
            && !WordSequences.covered(findings, y, false)) {
          Finding f = new Finding(x.index(), x.index() + 1, y.index(), y.index() + 1);
          f.kinds.add(ShiftKind.SUBSTITUTION);
          f.reason = "tense changed: " + x.text() + " → " + y.text();
          f.score = 0.5;
          f.raise(Severity.WARNING);
          findings.add(f);
        }
      }
    }
  }

  /**
   * Whether two forms of one verb say one tense because "do" carries it for one of them: "said" and
   * "did not say" are past, "says" and "does not say" present.
   */
  private static boolean sameTense(
      PairSide a, Word x, Set<String> basesX, PairSide b, Word y, Set<String> basesY) {
    String dy = doSupport(b, y);
    String dx = doSupport(a, x);
    return (dy != null && dy.equals(formTense(a, x, basesX)))
        || (dx != null && dx.equals(formTense(b, y, basesY)));
  }

  /** The tense "do" lends the base form after it ("did not say": past), or null. */
  private static String doSupport(PairSide side, Word verb) {
    return switch (before(side, verb)) {
      case "did", "didn't" -> "past";
      case "do", "does", "don't", "doesn't" -> "present";
      default -> null;
    };
  }

  /** The word before a verb, negations skipped ("did not say" gives "did"), or "". */
  private static String before(PairSide side, Word verb) {
    int k = verb.index() - 1;
    while (k >= 0 && Set.of("not", "n't", "never").contains(side.words().get(k).norm())) {
      k--;
    }
    return k < 0 ? "" : side.words().get(k).norm();
  }

  /** Forms of "have" and "be" that make a participle perfect or progressive. */
  private static final Set<String> PARTICIPLE_AUX =
      Set.of("has", "have", "had", "having", "is", "are", "am", "was", "were", "be", "been");

  /**
   * The tense of a verb form on its own: the base or an -s form is present, a past form past; a
   * participle after "have" or "be" ("has not condemned") and an -ing form have none.
   */
  private static String formTense(PairSide side, Word x, Set<String> bases) {
    if (PARTICIPLE_AUX.contains(before(side, x))) {
      return null;
    }
    String n = x.norm();
    for (String base : bases) {
      if (n.equals(base) || n.equals(base + "s") || n.equals(base + "es")) {
        return "present";
      }
    }
    return n.endsWith("ing") ? null : "past";
  }

  /** The tense an auxiliary gives: "is going to" + a verb is the future, as "will" is. */
  private static String tense(PairSide side, Word aux) {
    return goingTo(side, aux.index() + 1) ? "future" : AUX.get(aux.norm());
  }

  private static final Set<String> PRESENT_BE = Set.of("am", "is", "are", "'m", "'re", "'s");

  /**
   * Whether word {@code i} is the "going" of a future ("is going to visit"): after a present form
   * of "be", before "to" and a verb in lower case ("is going to Paris" is a journey).
   *
   * @param side a side
   * @param i a word index
   * @return true for the "going" of "am/is/are going to" + a verb
   */
  static boolean goingTo(PairSide side, int i) {
    List<Word> w = side.words();
    if (i < 1 || i + 2 >= w.size() || !w.get(i).norm().equals("going")) {
      return false;
    }
    Word verb = w.get(i + 2);
    return PRESENT_BE.contains(w.get(i - 1).norm())
        && w.get(i + 1).norm().equals("to")
        && verb.type() == Word.Type.WORD
        && Character.isLowerCase(verb.text().codePointAt(0))
        && !WordNetLexicon.english().verbBases(verb.norm()).isEmpty();
  }

  private String change(AlignedPair pair, Finding f) {
    List<Word> a = pair.original().words().subList(f.originalFrom, f.originalTo);
    List<Word> b = pair.translation().words().subList(f.translationFrom, f.translationTo);
    for (Word x : a) {
      Set<String> bases = new HashSet<>(lexicon.verbBases(x.norm()));
      if (bases.isEmpty()) {
        continue;
      }
      for (Word y : b) {
        if (afterDeterminer(pair.translation(), y)) {
          continue; // a noun: "ended" → "came to an end"
        }
        Set<String> basesY = lexicon.verbBases(y.norm());
        if (!y.norm().equals(x.norm())
            && basesY.stream().anyMatch(bases::contains)
            && !sameTense(pair.original(), x, bases, pair.translation(), y, basesY)) {
          return x.text() + " → " + y.text();
        }
      }
    }
    String ta = tenseOf(pair.original(), a);
    String tb = tenseOf(pair.translation(), b);
    if (ta != null && tb != null && !ta.equals(tb)) {
      return pair.original().textOf(f.originalFrom, f.originalTo)
          + " → "
          + pair.translation().textOf(f.translationFrom, f.translationTo);
    }
    return null;
  }

  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of(
          "a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your");

  private static boolean afterDeterminer(PairSide side, Word w) {
    return w.index() > 0 && DETERMINERS.contains(side.words().get(w.index() - 1).norm());
  }

  private static String tenseOf(PairSide side, List<Word> words) {
    for (Word w : words) {
      if (AUX.containsKey(w.norm())) {
        return tense(side, w);
      }
    }
    return null;
  }
}
