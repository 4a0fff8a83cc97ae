package dev.drift.shift;

import java.util.EnumSet;
import java.util.Set;

/**
 * A shift while it is being found: word ranges on either side (an empty range stands for no span),
 * what kinds it has so far, its impact score and the least severity it must have. Detectors refine
 * findings; {@link ShiftFinder} turns them into {@link Shift}s.
 */
final class Finding {
  int originalFrom;
  int originalTo;
  int translationFrom;
  int translationTo;
  final Set<ShiftKind> kinds = EnumSet.noneOf(ShiftKind.class);
  double score;
  Severity floor = Severity.INFO;

  /** The most a wording change can be when a dictionary says its words are synonyms or related. */
  Severity ceiling = Severity.ERROR;

  String message;

  /**
   * Set when every changed word has a counterpart of the same most frequent sense in the dictionary
   * ("great" → "large"): a paraphrase even where wording is quoted.
   */
  boolean firstSense;

  /**
   * The word diff's change before it was narrowed to its content words, {original from, to,
   * translation from, to}: the function words a content word replaced ("before" for "in front of"),
   * or null.
   */
  int[] region;

  /** A message from a deterministic detector that explains the shift better than the wording. */
  String reason;

  /** Set when evidence shows the change keeps the meaning (a date written another way). */
  boolean neutral;

  /**
   * For an antonym of words that languages and translators choose by rules of their own, what they
   * are, else null: "verb of motion" towards or away from the speaker (come / go, bring / take:
   * Spanish "voy" where English says "I am coming"), "connective" (therefore / however: a
   * translation may link its sentences otherwise). Through a translator such an antonym is shown,
   * not warned of.
   */
  String ownRules;

  /** How the change was found when not on the text as written ("via the rendering"), or null. */
  String via;

  /** Raw spans for items that are not in the prose (a link target); override the word ranges. */
  TextSpan originalRaw;

  TextSpan translationRaw;

  Finding(int originalFrom, int originalTo, int translationFrom, int translationTo) {
    this.originalFrom = originalFrom;
    this.originalTo = originalTo;
    this.translationFrom = translationFrom;
    this.translationTo = translationTo;
  }

  boolean hasOriginal() {
    return originalTo > originalFrom;
  }

  boolean hasTranslation() {
    return translationTo > translationFrom;
  }

  Finding raise(Severity severity) {
    if (severity.compareTo(floor) > 0) {
      floor = severity;
    }
    return this;
  }

  /**
   * Takes words {@code [from, to)} of the original as its range if it has none, or widens an
   * overlapping range to them.
   */
  void coverOriginal(int from, int to) {
    if (!hasOriginal()) {
      originalFrom = from;
      originalTo = to;
    } else if (overlapsOriginal(from, to)) {
      originalFrom = Math.min(originalFrom, from);
      originalTo = Math.max(originalTo, to);
    }
  }

  /**
   * Takes words {@code [from, to)} of the translation as its range if it has none, or widens an
   * overlapping range to them.
   */
  void coverTranslation(int from, int to) {
    if (!hasTranslation()) {
      translationFrom = from;
      translationTo = to;
    } else if (overlapsTranslation(from, to)) {
      translationFrom = Math.min(translationFrom, from);
      translationTo = Math.max(translationTo, to);
    }
  }

  boolean overlapsOriginal(int from, int to) {
    return hasOriginal() && originalFrom < to && from < originalTo;
  }

  boolean overlapsTranslation(int from, int to) {
    return hasTranslation() && translationFrom < to && from < translationTo;
  }
}
