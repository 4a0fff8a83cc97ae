package dev.drift.shift;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Makes one shift of a changed phrase that the word correspondences of {@link
 * WordDiffShiftDetector} cut into fragments. A correspondence (two words that mean nearly the same,
 * by the dictionary or by their contextual vectors) splits a change, so that "the obscene behavior"
 * / "the lewd behavior" yields "obscene" → "lewd". But a correspondence inside a phrase that
 * changed as a whole leaves the rest of the phrase as fragments: "climate finance" / "global
 * warming" gave "climate" → "warming", "dropped: finance" and "added: global". A phrase here is a
 * run of content words with no function word or punctuation between them (the words of a noun
 * phrase, say); the changed content words of the same phrase that sit next to a correspondence, on
 * either side, join it, so the shift reads "climate finance" → "global warming". Only words dropped
 * or added join: words that stand unchanged on both sides, the words of another correspondence and
 * those of a change with words on both sides stay apart ("obscene behavior" / "lewd behavior" stays
 * "obscene" → "lewd"; a run of content words can cross from a subject to its verb, "and Russia
 * blame", and a change on both sides is a shift of its own).
 */
final class PhraseJoin {
  private PhraseJoin() {}

  /**
   * Joins, in the findings of one change, the changed words of a correspondence's phrase to it.
   * Correspondences are taken in order, so where a dropped word sits between two of them, the first
   * takes it.
   *
   * @param parts the change's findings, in order
   * @param correspondences those of them that are word correspondences
   * @param a the original's words
   * @param b the translation's words
   */
  static void join(List<Finding> parts, Set<Finding> correspondences, List<Word> a, List<Word> b) {
    Set<Finding> touched = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Finding c : parts) {
      if (!correspondences.contains(c)) {
        continue;
      }
      for (Finding p : parts) {
        if (p.hasOriginal() == p.hasTranslation()) { // a correspondence, or a change on both sides
          continue;
        }
        int[] ca = {c.originalFrom, c.originalTo};
        int[] pa = {p.originalFrom, p.originalTo};
        absorb(ca, pa, a);
        int[] cb = {c.translationFrom, c.translationTo};
        int[] pb = {p.translationFrom, p.translationTo};
        absorb(cb, pb, b);
        if (ca[0] != c.originalFrom
            || ca[1] != c.originalTo
            || cb[0] != c.translationFrom
            || cb[1] != c.translationTo) {
          touched.add(p);
        }
        c.originalFrom = ca[0];
        c.originalTo = ca[1];
        c.translationFrom = cb[0];
        c.translationTo = cb[1];
        p.originalFrom = pa[0];
        p.originalTo = pa[1];
        p.translationFrom = pb[0];
        p.translationTo = pb[1];
      }
    }
    parts.removeIf(p -> touched.contains(p) && !settle(p, a, b));
  }

  /**
   * Moves into {@code phrase} the content words of {@code part} that continue its phrase: those
   * next to it, up to the first word that is not a content word.
   */
  private static void absorb(int[] phrase, int[] part, List<Word> words) {
    if (part[1] <= part[0] || phrase[1] <= phrase[0]) {
      return;
    }
    if (part[0] == phrase[1]) {
      int end = part[0];
      while (end < part[1] && words.get(end).content()) {
        end++;
      }
      phrase[1] = end;
      part[0] = end;
    } else if (part[1] == phrase[0]) {
      int start = part[1];
      while (start > part[0] && words.get(start - 1).content()) {
        start--;
      }
      phrase[0] = start;
      part[1] = start;
    }
  }

  /**
   * Trims what is left of a fragment to its content words and sets its kind; false when nothing of
   * it is left.
   */
  private static boolean settle(Finding p, List<Word> a, List<Word> b) {
    int[] ra = WordDiffShiftDetector.trimFunction(a, p.originalFrom, p.originalTo);
    int[] rb = WordDiffShiftDetector.trimFunction(b, p.translationFrom, p.translationTo);
    boolean hasA = ra[1] > ra[0];
    boolean hasB = rb[1] > rb[0];
    if (!hasA && !hasB) {
      return false;
    }
    p.originalFrom = hasA ? ra[0] : 0;
    p.originalTo = hasA ? ra[1] : 0;
    p.translationFrom = hasB ? rb[0] : 0;
    p.translationTo = hasB ? rb[1] : 0;
    p.kinds.clear();
    p.kinds.add(
        hasA && hasB ? ShiftKind.SUBSTITUTION : hasA ? ShiftKind.OMISSION : ShiftKind.ADDITION);
    return true;
  }
}
