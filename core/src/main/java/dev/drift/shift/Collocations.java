package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes that say one thing in other words than the diff can pair: "before" → "in front of",
 * "immediately" → "at once", "drew near" → "came near", "Therefore" → "So". The word diff sees a
 * function word go and a content word come ("added: front"), or a content word dropped for a
 * function word; read whole, with the words around them, the two sides are one dictionary entry
 * each, and the entries share a sense.
 *
 * <p>The phrases tried on a side are the runs of at most {@value #LONGEST} words, without
 * punctuation, that hold every content word the finding covers there, taking in kept words around
 * the change; on a side where the finding covers none (a word only added or only dropped), the runs
 * of the function words the change replaced (its region: the words between the two kept words
 * around it). A side with no words in the region (a word simply added) gives no phrase, so an
 * addition stays an addition. A word for a word of one lemma ("did" → "doing") is a form changed,
 * left to the tense detectors.
 */
final class Collocations {
  /** The longest phrase tried, in words ("come to an end"). */
  static final int LONGEST = 4;

  private Collocations() {}

  /**
   * Whether the change is one dictionary entry exchanged for another of the same sense.
   *
   * @param pair the pair
   * @param f a finding of the word diff, with its region
   * @param lexicon the dictionary of the pair's language
   * @return true when a phrase of each side shares a sense with one of the other
   */
  static boolean synonymous(AlignedPair pair, Finding f, Lexicon lexicon) {
    if (f.region == null) {
      return false;
    }
    List<String> a =
        phrases(pair.original().words(), f.region[0], f.region[1], f.originalFrom, f.originalTo);
    if (a.isEmpty()) {
      return false;
    }
    List<String> b =
        phrases(
            pair.translation().words(),
            f.region[2],
            f.region[3],
            f.translationFrom,
            f.translationTo);
    for (String x : a) {
      for (String y : b) {
        // A word for a word of one lemma is a form changed ("did" → "doing", the tense
        // detectors'), not a phrase of the same sense.
        boolean phrase = x.indexOf(' ') > 0 || y.indexOf(' ') > 0;
        if ((phrase || lexicon.relation(x, y) != Lexicon.Relation.SAME)
            && lexicon.sameSense(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Runs of words {@code [from, to)} of at most {@link #LONGEST} words, without punctuation, that
   * hold every content word of {@code [coverFrom, coverTo)}, or hold only function words when that
   * range has none.
   */
  static List<String> phrases(List<Word> words, int from, int to, int coverFrom, int coverTo) {
    int first = -1;
    int last = -1;
    for (int k = coverFrom; k < coverTo; k++) {
      if (words.get(k).content()) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    // Around content words a phrase may take in kept neighbours ("drew near" → "came near").
    int start = first < 0 ? from : Math.max(0, from - LONGEST + 1);
    int end = first < 0 ? to : Math.min(words.size(), to + LONGEST - 1);
    List<String> out = new ArrayList<>();
    for (int i = start; i < end; i++) {
      for (int j = i + 1; j <= Math.min(end, i + LONGEST); j++) {
        if (words.get(j - 1).type() != Word.Type.WORD) {
          break;
        }
        boolean covers = first < 0 ? !words.get(j - 1).content() : i <= first && j > last;
        if (first < 0 && !covers) {
          break;
        }
        if (covers) {
          StringBuilder phrase = new StringBuilder();
          for (int k = i; k < j; k++) {
            phrase.append(k > i ? " " : "").append(words.get(k).norm());
          }
          out.add(phrase.toString());
        }
      }
    }
    return out;
  }
}
