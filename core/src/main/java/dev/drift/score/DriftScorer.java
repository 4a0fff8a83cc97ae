package dev.drift.score;

import dev.drift.align.Alignment;
import dev.drift.align.Bead;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.Sentence;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.Shifts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores an alignment.
 *
 * <p><b>Pair drift</b> combines how far apart the two sides are and what changed inside them:
 * {@code 1 - (1 - d)(1 - p)}, where {@code d} is {@code 1 - similarity} for a match (1 for an
 * omission or addition) and {@code p} the heaviest shift penalty in the pair: {@value
 * #WARNING_WEIGHT} × score for a warning, {@value #ERROR_WEIGHT} × score for an error (score at
 * least 0.5), nothing for an info. So two harmless paraphrases cost less than one changed number.
 * <b>Document drift</b> is the mean pair drift weighted by the characters of prose each pair holds
 * on both sides: identical documents score 0, documents with nothing in common 1, and every dropped
 * or added sentence raises it in proportion to its length.
 *
 * <p><b>Accepted shifts</b> (those a baseline accepts) add no penalty and never fail the verdict; a
 * dropped or added sentence whose shift is accepted does not count towards document drift, and a
 * match whose shifts are all accepted is exempt from {@code minSimilarity}. Stateless.
 */
public final class DriftScorer {
  /**
   * Slack of the threshold comparisons: cosines are computed in float and drift is a sum of
   * doubles, so a value at a limit can land a hair past it (1 - 0.7 is 0.30000000000000004).
   */
  private static final double LIMIT_SLACK = 1e-6;

  /** Weight of a warning shift in its pair's drift. */
  public static final double WARNING_WEIGHT = 0.3;

  /** Weight of an error shift in its pair's drift. */
  public static final double ERROR_WEIGHT = 0.6;

  private DriftScorer() {}

  /**
   * The outcome of scoring.
   *
   * @param drift document drift in [0, 1]
   * @param pairDrift drift of each bead, in the alignment's order
   * @param reasons why the pair fails its thresholds (empty when it passes)
   * @param thresholds the thresholds scored against
   */
  public record Score(
      double drift, double[] pairDrift, List<String> reasons, Thresholds thresholds) {

    /**
     * Whether the thresholds are kept.
     *
     * @return true when there is no reason to fail
     */
    public boolean passes() {
      return reasons.isEmpty();
    }
  }

  /**
   * Drift of one bead.
   *
   * @param bead the bead
   * @param shifts the shifts found in it
   * @return the pair drift in [0, 1]
   */
  public static double pairDrift(Bead bead, List<Shift> shifts) {
    return pairDrift(bead, shifts, 0);
  }

  /**
   * Drift of one bead, forgiving a similarity loss a translator's rendering brings by itself.
   *
   * @param bead the bead
   * @param shifts the shifts found in it
   * @param allowance similarity added before the distance is taken ({@link #TRANSLATOR_ALLOWANCE}
   *     through a translator, else 0)
   * @return the pair drift in [0, 1]
   */
  static double pairDrift(Bead bead, List<Shift> shifts, double allowance) {
    if (!bead.isMatch()) {
      return 1.0;
    }
    double distance = 1 - Math.min(1, bead.similarity() + allowance);
    // Identical sentences give cosines a hair under 1; that is float noise, not drift.
    distance = distance < 1e-5 ? 0 : Math.min(1, distance);
    double penalty = 0;
    for (Shift shift : shifts) {
      if (shift.accepted()) {
        continue;
      }
      double weight =
          switch (shift.severity()) {
            case INFO -> 0;
            case WARNING -> WARNING_WEIGHT;
            case ERROR -> ERROR_WEIGHT;
          };
      penalty = Math.max(penalty, weight * Math.max(0.5, shift.score()));
    }
    return 1 - (1 - distance) * (1 - penalty);
  }

  /**
   * The score stage: scores an alignment and its shifts against thresholds.
   *
   * @param alignment the alignment
   * @param original the original
   * @param translation the translation
   * @param shifts the shifts of each bead (those a baseline accepts marked so)
   * @param thresholds the limits
   * @return drift and verdict
   */
  public static Score score(
      Alignment alignment,
      SegmentedDocument original,
      SegmentedDocument translation,
      Shifts shifts,
      Thresholds thresholds) {
    return score(
        alignment,
        original.sentences(),
        translation.sentences(),
        shifts.perBead(),
        thresholds,
        translation.rendered() || original.rendered() ? TRANSLATOR_ALLOWANCE : 0);
  }

  /**
   * The similarity a pair compared through a translator's rendering is forgiven, for its drift and
   * for {@code minSimilarity}: an independent translation rendered back by a machine reads as a
   * paraphrase of the original, and embeds further from it than the original's own wording would,
   * in every pair. On the Bible development set (KJV against Reina-Valera 1909 through Apertium,
   * 714 matched pairs of 24 unedited chapters) one pair in a hundred scores below 0.34 and one in
   * twenty below 0.53, where the default {@code minSimilarity} is 0.55: with this allowance a
   * faithful chapter's pairs clear the threshold as an English pair of the same quality does, and
   * the word evidence that survives translation (numbers, names, negation, antonyms, sentences
   * dropped or added) decides instead. A pair through a translator that still falls below {@code
   * minSimilarity} says something else than its original.
   */
  public static final double TRANSLATOR_ALLOWANCE = 0.2;

  /**
   * Scores an alignment against thresholds.
   *
   * @param alignment the alignment
   * @param original the original's sentences
   * @param translation the translation's sentences
   * @param shifts the shifts of each bead, in the alignment's order
   * @param thresholds the limits
   * @return drift and verdict
   */
  static Score score(
      Alignment alignment,
      List<Sentence> original,
      List<Sentence> translation,
      List<List<Shift>> shifts,
      Thresholds thresholds) {
    return score(alignment, original, translation, shifts, thresholds, 0);
  }

  /**
   * Scores an alignment against thresholds, forgiving each match a similarity loss.
   *
   * @param alignment the alignment
   * @param original the original's sentences
   * @param translation the translation's sentences
   * @param shifts the shifts of each bead, in the alignment's order
   * @param thresholds the limits
   * @param allowance similarity added to each match's before it is scored
   * @return drift and verdict
   */
  static Score score(
      Alignment alignment,
      List<Sentence> original,
      List<Sentence> translation,
      List<List<Shift>> shifts,
      Thresholds thresholds,
      double allowance) {
    List<Bead> beads = alignment.beads();
    double[] pairDrift = new double[beads.size()];
    double weighted = 0;
    double total = 0;
    int weak = 0;
    Bead weakest = null;
    int failing = 0;
    String firstFailing = null;
    for (int p = 0; p < beads.size(); p++) {
      Bead b = beads.get(p);
      double allowed = allowance(b, original, allowance);
      pairDrift[p] = pairDrift(b, shifts.get(p), allowed);
      for (Shift shift : shifts.get(p)) {
        if (!shift.accepted() && shift.severity().compareTo(thresholds.failOn()) >= 0) {
          failing++;
          if (firstFailing == null) {
            Sentence at =
                b.original().length > 0
                    ? original.get(b.original()[0])
                    : translation.get(b.translation()[0]);
            firstFailing =
                (b.original().length > 0 ? "original" : "translation")
                    + " line "
                    + at.line()
                    + ": "
                    + shift.message();
          }
        }
      }
      double weight = weight(b, original, translation, shifts.get(p));
      weighted += weight * pairDrift[p];
      total += weight;
      if (b.isMatch()
          && b.similarity() + allowed < thresholds.minSimilarity() - LIMIT_SLACK
          && !allAccepted(shifts.get(p))) {
        weak++;
        if (weakest == null || b.similarity() < weakest.similarity()) {
          weakest = b;
        }
      }
    }
    double drift = total == 0 ? 0 : weighted / total;
    List<String> reasons = new ArrayList<>();
    if (drift > thresholds.maxDrift() + LIMIT_SLACK) {
      reasons.add(
          format(
              "drift %s is above maxDrift %s",
              number(drift, thresholds.maxDrift()), number(thresholds.maxDrift())));
    }
    if (weak > 0) {
      Sentence at = original.get(weakest.original()[0]);
      reasons.add(
          format(
              "%d matched pair%s below minSimilarity %s (lowest %s at original line %d%s)",
              weak,
              weak == 1 ? " is" : "s are",
              number(thresholds.minSimilarity()),
              number(weakest.similarity(), thresholds.minSimilarity()),
              at.line(),
              allowance > 0
                  ? "; through the translator each pair is allowed "
                      + number(allowance)
                      + " more, a short one up to "
                      + number(allowance + SHORT_ALLOWANCE)
                  : ""));
    }
    if (failing > 0) {
      reasons.add(
          format(
              "%d shift%s at %s or above (first: %s)",
              failing, failing == 1 ? "" : "s", thresholds.failOn().id(), firstFailing));
    }
    return new Score(drift, pairDrift, List.copyOf(reasons), thresholds);
  }

  /**
   * What a short pair through a translator is forgiven beyond {@link #TRANSLATOR_ALLOWANCE}, at
   * most: a short sentence gives the model little to go on and the translator no context ("¿Crees
   * esto?" rendered "You create this?" against "Believest thou this?": 0.15). On the Bible
   * development set (KJV against Reina-Valera 1909 through Apertium, unedited chapters) one pair in
   * a hundred of 16 words or more scores below 0.46, but one in 25 of up to 8 words below 0.26.
   */
  static final double SHORT_ALLOWANCE = 0.25;

  /** From this many words of the original a pair is forgiven no more than the base allowance. */
  static final int SHORT_WORDS = 16;

  /** Up to this many words of the original a pair is forgiven the whole short allowance. */
  static final int SHORTEST_WORDS = 4;

  /**
   * The similarity a pair is forgiven: nothing without a translator; through one the base
   * allowance, plus up to {@value #SHORT_ALLOWANCE} the shorter its original is below {@value
   * #SHORT_WORDS} words.
   */
  static double allowance(Bead b, List<Sentence> original, double base) {
    if (base == 0 || !b.isMatch()) {
      return base;
    }
    int words = 0;
    for (int i : b.original()) {
      words += words(original.get(i).content());
    }
    double shortness =
        Math.max(0, Math.min(1, (double) (SHORT_WORDS - words) / (SHORT_WORDS - SHORTEST_WORDS)));
    return base + SHORT_ALLOWANCE * shortness;
  }

  /** Runs of letters or digits. */
  private static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int k = 0; k < text.length(); k++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(k));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }

  /**
   * The characters of prose a bead holds on both sides; for a dropped or added sentence only those
   * whose shift is not accepted.
   */
  private static double weight(
      Bead b, List<Sentence> original, List<Sentence> translation, List<Shift> shifts) {
    double weight = 0;
    int k = 0;
    for (int i : b.original()) {
      if (b.isMatch() || !acceptedAt(shifts, k++)) {
        weight += original.get(i).content().length();
      }
    }
    for (int j : b.translation()) {
      if (b.isMatch() || !acceptedAt(shifts, k++)) {
        weight += translation.get(j).content().length();
      }
    }
    return weight;
  }

  private static boolean acceptedAt(List<Shift> shifts, int k) {
    return k < shifts.size() && shifts.get(k).accepted();
  }

  /** Whether a pair has accepted shifts and nothing else that matters. */
  private static boolean allAccepted(List<Shift> shifts) {
    boolean any = false;
    for (Shift s : shifts) {
      if (s.accepted()) {
        any = true;
      } else if (s.severity().compareTo(Severity.INFO) > 0) {
        return false;
      }
    }
    return any;
  }

  /** A limit with two decimals, or as many more (up to six) as it takes to show it exactly. */
  private static String number(double limit) {
    return fixed(limit, decimals(limit));
  }

  /**
   * A value compared with a limit, with the limit's decimals or as many more (up to six) as it
   * takes to tell the two apart, so that a reason never reads "0.30 is above 0.30".
   */
  private static String number(double value, double limit) {
    int d = decimals(limit);
    while (d < 6 && fixed(value, d).equals(fixed(limit, d))) {
      d++;
    }
    return fixed(value, d);
  }

  private static int decimals(double limit) {
    int d = 2;
    while (d < 6 && Math.abs(Double.parseDouble(fixed(limit, d)) - limit) > 1e-12) {
      d++;
    }
    return d;
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
