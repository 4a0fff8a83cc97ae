package dev.drift.shift;

import java.util.List;
import java.util.Map;

/**
 * Function words of opposite meaning: "signed before the war" → "signed after the war", "flew over
 * the bridge" → "flew under the bridge". The word diff leaves a change of function words alone
 * (articles and prepositions change in every paraphrase) and WordNet holds no prepositions, so
 * these opposites of time and place are listed; opposites that are content words (above / below,
 * inside / outside) are WordNet's antonyms, and negation words (with / without, always / never) the
 * negation detector's.
 */
final class OppositeWords {
  private static final Map<String, String> OPPOSITE =
      Map.of("before", "after", "after", "before", "over", "under", "under", "over");

  private OppositeWords() {}

  /**
   * The finding for a change of function words only that exchanges a word for its opposite, or
   * null: an error with the reason "antonym".
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
      String opposite = OPPOSITE.get(a.get(i).norm());
      if (opposite == null || has(a, af, at, opposite)) {
        continue;
      }
      for (int j = bf; j < bt; j++) {
        if (b.get(j).norm().equals(opposite) && !has(b, bf, bt, a.get(i).norm())) {
          Finding f = new Finding(i, i + 1, j, j + 1);
          f.kinds.add(ShiftKind.SUBSTITUTION);
          f.reason = "antonym: " + a.get(i).text() + " → " + b.get(j).text();
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
