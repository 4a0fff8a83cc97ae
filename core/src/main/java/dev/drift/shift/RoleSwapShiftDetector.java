package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Roles swapped: the same names on both sides, in another order ("Ahab called Obadiah" → "Obadiah
 * called Ahab"). Every word is still there, so neither the word diff nor the sentence vector sees
 * much; who did what to whom changed, an error. A name that keeps its preposition on both sides
 * ("on Friday", "in Paris") is an adjunct that may move freely ("The depot shipped them on Friday"
 * → "On Friday the depot sent them"): it has no role to swap and is left out.
 */
final class RoleSwapShiftDetector implements ShiftDetector {
  /**
   * Prepositions of time and place, whose phrase may move. Not "of", "to", "from", "by", "with":
   * those mark who owns, receives or does ("the son of Joash", "gave it to David").
   */
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "at",
          "in",
          "on",
          "during",
          "before",
          "after",
          "since",
          "until",
          "till",
          "throughout",
          "within",
          "near",
          "around",
          "across",
          "inside",
          "outside");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private RoleSwapShiftDetector() {}

  static RoleSwapShiftDetector create() {
    return new RoleSwapShiftDetector();
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    if (!pair.english()) {
      return;
    }
    List<Word> a = names(pair.original());
    List<Word> b = names(pair.translation());
    if (a.size() < 2 || a.size() != b.size()) {
      return;
    }
    List<String> na = a.stream().map(Word::norm).sorted().toList();
    List<String> nb = b.stream().map(Word::norm).sorted().toList();
    if (!na.equals(nb)) {
      return;
    }
    dropAdjuncts(pair, a, b);
    if (a.size() < 2) {
      return;
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).norm().equals(b.get(i).norm())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0 || coordinated(pair.original(), a.get(first), a.get(last))) {
      return; // "Russia and the West" → "the West and Russia": the same roles
    }
    Finding f =
        new Finding(
            a.get(first).index(),
            a.get(last).index() + 1,
            b.get(first).index(),
            b.get(last).index() + 1);
    f.kinds.add(ShiftKind.SUBSTITUTION);
    f.reason = "roles swapped: " + a.get(first).text() + " … " + a.get(last).text();
    f.score = 0.9;
    f.raise(Severity.ERROR);
    findings.add(f);
  }

  /**
   * Leaves out, on both sides, every name governed by the same preposition on both (an adjunct of
   * time or place keeps its role wherever it stands).
   */
  private static void dropAdjuncts(AlignedPair pair, List<Word> a, List<Word> b) {
    for (int i = a.size() - 1; i >= 0; i--) {
      String prep = preposition(pair.original(), a.get(i));
      if (prep == null) {
        continue;
      }
      for (int j = 0; j < b.size(); j++) {
        if (b.get(j).norm().equals(a.get(i).norm())
            && prep.equals(preposition(pair.translation(), b.get(j)))) {
          a.remove(i);
          b.remove(j);
          break;
        }
      }
    }
  }

  /** The preposition of time or place a name follows ("on Friday", "in the Hague"), or null. */
  private static String preposition(PairSide side, Word name) {
    List<Word> words = side.words();
    for (int k = name.index() - 1; k >= 0 && k >= name.index() - 2; k--) {
      String norm = words.get(k).norm();
      if (PREPOSITIONS.contains(norm)) {
        return norm;
      }
      if (!ARTICLES.contains(norm)) {
        return null;
      }
    }
    return null;
  }

  /** Capitalised words that are no function words: names, and sentence-initial words. */
  private static List<Word> names(PairSide side) {
    List<Word> out = new ArrayList<>();
    for (Word w : side.words()) {
      if (w.type() == Word.Type.WORD
          && !w.function()
          && Character.isUpperCase(w.text().charAt(0))) {
        out.add(w);
      }
    }
    return out;
  }

  /** Names joined by "and", "or" or "nor" with at most three words between them. */
  private static boolean coordinated(PairSide side, Word x, Word y) {
    List<Word> between = side.words().subList(x.index() + 1, y.index());
    return between.size() <= 4
        && between.stream().anyMatch(w -> List.of("and", "or", "nor", "&").contains(w.norm()));
  }
}
