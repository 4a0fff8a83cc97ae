package dev.drift.shift;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A clause left out of a pair worded freely or rendered by a translator: rewording says a clause
 * another way, it does not leave one out ("If I take the wings of the morning, and dwell in the
 * uttermost parts of the sea; Even there shall thy hand lead me" against "Even there your hand will
 * lead me"). Where paraphrase is the norm every word change is information, but a change that drops
 * {@value #LEAST} content words or more and adds nothing is raised to a warning when
 *
 * <ul>
 *   <li>the translation is shorter for it: it holds at least half as many content words fewer than
 *       its original as the change dropped (a rendering that says the whole sentence in other
 *       words, "I know thy pride … for thou art come down" against "I know your soberbia … have
 *       come", is as long as its original), and
 *   <li>the words did not move across a sentence boundary: fewer than half of them stand in a
 *       neighbouring pair's translation more often than in that pair's original (two texts divide
 *       their sentences differently, "…hearken to my words: For these are not drunken" against
 *       "…oid mis palabras. | Porque éstos no están borrachos").
 * </ul>
 */
final class DroppedClause {
  private DroppedClause() {}

  /** The least content words a change must drop to be more than paraphrase. */
  static final int LEAST = 6;

  /**
   * Raises a finding that drops a clause to a warning.
   *
   * @param pairs the document's matched pairs as compared word by word, in order
   * @param p the index of the finding's pair
   * @param f a finding of the word diff of that pair
   * @param lexicon the dictionary of the original's language, to match a word's forms
   */
  static void raise(List<AlignedPair> pairs, int p, Finding f, Lexicon lexicon) {
    if (!f.hasOriginal() || f.hasTranslation()) {
      return;
    }
    AlignedPair pair = pairs.get(p);
    List<Word> dropped =
        pair.original().words().subList(f.originalFrom, f.originalTo).stream()
            .filter(Word::content)
            .toList();
    if (dropped.size() < LEAST) {
      return;
    }
    long shorter = content(pair.original().words()) - content(pair.translation().words());
    if (2 * shorter < dropped.size()) {
      return;
    }
    int moved = 0;
    for (Word w : dropped) {
      if (nextDoor(pairs, p - 1, w, lexicon) || nextDoor(pairs, p + 1, w, lexicon)) {
        moved++;
      }
    }
    if (2 * moved < dropped.size()) {
      f.raise(Severity.WARNING);
    }
  }

  private static long content(List<Word> words) {
    return words.stream().filter(Word::content).count();
  }

  /**
   * Whether the pair at {@code q} holds the word more often in its translation than its original.
   */
  private static boolean nextDoor(List<AlignedPair> pairs, int q, Word w, Lexicon lexicon) {
    if (q < 0 || q >= pairs.size()) {
      return false;
    }
    AlignedPair pair = pairs.get(q);
    return count(pair.translation().words(), w, lexicon)
        > count(pair.original().words(), w, lexicon);
  }

  private static int count(List<Word> words, Word w, Lexicon lexicon) {
    Map<String, Boolean> seen = new HashMap<>();
    int n = 0;
    for (Word x : words) {
      if (x.content()
          && seen.computeIfAbsent(
              x.norm(),
              k -> k.equals(w.norm()) || lexicon.relation(k, w.norm()) == Lexicon.Relation.SAME)) {
        n++;
      }
    }
    return n;
  }
}
