package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The older English "without" that says where, not what is lacking: as an adverb ending its clause
 * ({@link #adverb}), and as "shall one carry forth without the camp", which is "sacará fuera del
 * real", outside the camp. A "without" cue is no negation when the other side of the pair says
 * "outside" in its own words or in its rendering ("fuera de", "hors de", außerhalb, "fuori di",
 * "fora de", outside), where a "without" that lacks something ("without number", "without a cause")
 * finds none.
 */
final class OutsideWords {
  private OutsideWords() {}

  /** What ends a clause after an adverb ("that are without, all these things"). */
  private static final Set<String> AFTER_ADVERB = Set.of(".", ",", ";", ":", "!", "?", "…", ")");

  /**
   * Whether "without" ends its clause, an adverb that says where and negates nothing: "unto them
   * that are without, all these things are done in parables".
   */
  static boolean adverb(String cue, List<Word> words, int i) {
    return cue.equals("without")
        && (i + 1 == words.size() || AFTER_ADVERB.contains(words.get(i + 1).norm()));
  }

  /** Words for outside; all but "outside" and "außerhalb" only before "of" ("fuera de"). */
  private static final Set<String> OUTSIDE = Set.of("outside", "außerhalb");

  private static final Set<String> OUTSIDE_OF = Set.of("fuera", "afuera", "hors", "fuori", "fora");

  private static final Set<String> OF =
      Set.of(
          "de", "del", "des", "du", "d", "di", "dal", "della", "dalla", "da", "do", "dos", "das");

  /** What a "without" of place stands before: "without the camp", not "without a cause". */
  private static final Set<String> PLACE =
      Set.of(
          "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "your",
          "thy", "thine", "my", "mine");

  /**
   * The cues less each "without" of place the other side answers with a word for outside.
   *
   * @param cues one side's negation cues
   * @param side that side
   * @param other the other side as written
   * @param rendering the other side's rendering into the first side's language, or null
   * @return the cues that negate
   */
  static List<Word> drop(List<Word> cues, PairSide side, PairSide other, PairSide rendering) {
    List<Word> words = side.words();
    long outside = says(other) + (rendering == null ? 0 : says(rendering));
    List<Word> out = new ArrayList<>();
    for (Word w : cues) {
      boolean place =
          w.norm().equals("without")
              && w.index() + 1 < words.size()
              && PLACE.contains(words.get(w.index() + 1).norm());
      if (place && outside > 0) {
        outside--;
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static long says(PairSide side) {
    List<Word> words = side.words();
    long n = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).norm();
      if (OUTSIDE.contains(w)
          || (OUTSIDE_OF.contains(w)
              && i + 1 < words.size()
              && OF.contains(words.get(i + 1).norm()))) {
        n++;
      }
    }
    return n;
  }
}
