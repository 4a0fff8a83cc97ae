package dev.drift.shift;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of opposite meaning that WordNet does not hold: prepositions of time and place ("signed
 * before the war" → "signed after the war", "flew over the bridge" → "flew under the bridge") and
 * the connectives that say a consequence and a contrast ("Therefore, we stayed" → "However, we
 * stayed"). The word diff leaves a change of function words alone (articles and prepositions change
 * in every paraphrase), so these are looked for in every change; opposites that are content words
 * of the dictionary (above / below, inside / outside) are WordNet's antonyms, and negation words
 * (with / without, always / never) the negation detector's.
 */
final class OppositeWords {
  private static final Map<String, String> OPPOSITE =
      Map.of("before", "after", "after", "before", "over", "under", "under", "over");

  /** Connectives of a consequence. */
  private static final Set<String> CONSEQUENCE =
      Set.of("therefore", "thus", "hence", "consequently", "accordingly");

  /** Connectives of a contrast. */
  private static final Set<String> CONTRAST =
      Set.of("however", "nevertheless", "nonetheless", "but");

  private OppositeWords() {}

  /** Whether two lower-case words say opposite things. */
  static boolean opposed(String a, String b) {
    return b.equals(OPPOSITE.get(a))
        || (CONSEQUENCE.contains(a) && CONTRAST.contains(b))
        || (CONTRAST.contains(a) && CONSEQUENCE.contains(b));
  }

  /**
   * The finding for a change that exchanges a word for its opposite, or null: an error with the
   * reason "antonym", over the two words.
   *
   * @param a the original's words
   * @param af start of the change in them
   * @param at its end
   * @param b the translation's words
   * @param bf start of the change in them
   * @param bt its end
   * @return the finding, or null
   */
  static Finding find(List<Word> a, int af, int at, List<Word> b, int bf, int bt) {
    for (int i = af; i < at; i++) {
      String x = a.get(i).norm();
      for (int j = bf; j < bt; j++) {
        String y = b.get(j).norm();
        if (opposed(x, y) && !has(a, af, at, y) && !has(b, bf, bt, x)) {
          Finding f = new Finding(i, i + 1, j, j + 1);
          f.kinds.add(ShiftKind.SUBSTITUTION);
          f.reason = "antonym: " + a.get(i).text() + " → " + b.get(j).text();
          f.ownRules = OPPOSITE.containsKey(x) ? null : "connective";
          return f.raise(Severity.ERROR);
        }
      }
    }
    return null;
  }

  private static boolean has(List<Word> words, int from, int to, String norm) {
    for (int k = from; k < to; k++) {
      if (words.get(k).norm().equals(norm)) {
        return true;
      }
    }
    return false;
  }
}
