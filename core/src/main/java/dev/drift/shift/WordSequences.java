package dev.drift.shift;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Diffs the words of a kind (pronouns, auxiliaries) between the two sides of a pair: the word diff
 * leaves out function words, whose changes the pronoun and tense detectors find this way.
 */
final class WordSequences {
  private WordSequences() {}

  /**
   * One changed stretch: the kept words removed from the original and those put in their place.
   *
   * @param original words of the original (kept words only)
   * @param translation words of the translation (kept words only)
   */
  record Change(List<Word> original, List<Word> translation) {}

  /**
   * The changes between the words of each side that a predicate keeps.
   *
   * @param pair the pair
   * @param keep which words to compare
   * @return the changes, in order
   */
  static List<Change> changes(AlignedPair pair, Predicate<Word> keep) {
    return changes(pair, keep, Word::norm);
  }

  /**
   * The changes between the words of each side that a predicate keeps, compared by a key.
   *
   * @param pair the pair
   * @param keep which words to compare
   * @param key what of a word to compare
   * @return the changes, in order
   */
  static List<Change> changes(
      AlignedPair pair, Predicate<Word> keep, java.util.function.Function<Word, String> key) {
    List<Word> a = pair.original().words().stream().filter(keep).toList();
    List<Word> b = pair.translation().words().stream().filter(keep).toList();
    List<Change> out = new ArrayList<>();
    for (AbstractDelta<Word> d :
        DiffUtils.diff(a, b, (x, y) -> key.apply(x).equals(key.apply(y))).getDeltas()) {
      out.add(new Change(d.getSource().getLines(), d.getTarget().getLines()));
    }
    return out;
  }

  /** True if a finding already covers the word on the original (or translation) side. */
  static boolean covered(List<Finding> findings, Word w, boolean original) {
    for (Finding f : findings) {
      if (original
          ? f.overlapsOriginal(w.index(), w.index() + 1)
          : f.overlapsTranslation(w.index(), w.index() + 1)) {
        return true;
      }
    }
    return false;
  }
}
