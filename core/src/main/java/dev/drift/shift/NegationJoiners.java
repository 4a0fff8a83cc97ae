package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words that join negated parts ("neither … nor", "no … ni"), which across languages count only
 * as their sentence's first negation ({@link NegationShiftDetector}): English repeats "neither" and
 * "nor" after commas where Spanish writes "no …, ni … ni" ("there was neither voice, nor any to
 * answer, nor any that regarded" / "no había voz, ni quien respondiese ni escuchase"), and both say
 * one thing.
 *
 * <p>But a joiner that opens a clause may carry a negation of its own: "let us not perish …, and
 * lay not upon us innocent blood" is "que no perezcamos …, ni pongas sobre nosotros la sangre"; "he
 * was faithful, neither was there any error" is "era fiel, y ningún vicio ni falta". Such a loose
 * joiner on the side with fewer negations may make up for one, so the difference is a warning, not
 * an error.
 *
 * <p>Likewise a count that differs while every negation of one side stands beside one of the other
 * ({@link #alongside}) is a warning.
 */
final class NegationJoiners {
  private NegationJoiners() {}

  /** The joining words of every language the negation detector reads. */
  static final Set<String> JOINERS = Set.of("nor", "neither", "ni", "né", "nem", "noch");

  /**
   * Conjunctions that may stand between a clause mark and the joiner ("…, y ni", "; and neither").
   */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "y", "e", "et", "und", "en");

  private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":");

  /**
   * The joiners of a side that open a clause and were not counted as a negation.
   *
   * @param side the side
   * @param counted the side's words that counted as negations
   * @return the loose joiners, in order
   */
  static List<Word> loose(PairSide side, List<Word> counted) {
    List<Word> words = side.words();
    List<Word> out = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.type() != Word.Type.WORD || !JOINERS.contains(w.norm()) || counted.contains(w)) {
        continue;
      }
      int k = i - 1;
      if (k > 0 && CONJUNCTIONS.contains(words.get(k).norm())) {
        k--;
      }
      if (CLAUSE_MARKS.contains(words.get(k).norm())) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Whether every negation of the side with more stands near a negation of the other side (within
   * {@value #ALONGSIDE} of the sentence's length): the two say the same negated parts, one with a
   * word more ("that we lose not all the beasts" is "para que no nos quedemos sin bestias";
   * "perished not with them that believed not" is "no pereció juntamente con los incrédulos"),
   * weaker evidence than a negation with none beside it.
   */
  static boolean alongside(List<Word> more, List<Word> fewer, AlignedPair pair, boolean removed) {
    int moreSize = (removed ? pair.original() : pair.translation()).words().size();
    int fewerSize = (removed ? pair.translation() : pair.original()).words().size();
    for (Word w : more) {
      double at = (double) w.index() / moreSize;
      if (fewer.stream()
          .noneMatch(v -> Math.abs((double) v.index() / fewerSize - at) <= ALONGSIDE)) {
        return false;
      }
    }
    return !fewer.isEmpty();
  }

  private static final double ALONGSIDE = 0.25;
}
