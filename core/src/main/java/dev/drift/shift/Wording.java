package dev.drift.shift;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How closely a translation keeps its original's words, told from the document's own matched pairs.
 * A revision, a copy edited here and there or a translation stand-in keeps most sentences word for
 * word, and a changed word there is a change an editor made: {@link #LITERAL}. An independent
 * translation (King James against the World English Bible, two retellings of a fable, a dispatch
 * machine-translated from another language) words nearly every sentence its own way: {@link #FREE},
 * where paraphrase is the normal case and only the evidence that survives it (numbers, names,
 * negation, antonyms, quoted words, sentences dropped or added) is more than information.
 */
public enum Wording {
  /** Most sentences keep their words: a changed word is a change someone made. */
  LITERAL,
  /** Most sentences are worded anew: paraphrase is the norm, not a finding. */
  FREE,
  /** Decide from the document's matched pairs ({@link #of}). */
  AUTO;

  /**
   * Parses a wording as written in a setting.
   *
   * @param name auto, literal or free, in any case
   * @return the wording
   * @throws IllegalArgumentException naming the values allowed
   */
  public static Wording parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown wording '" + name + "' (expected auto, literal or free)", e);
    }
  }

  /**
   * The wording's name as a setting writes it.
   *
   * @return auto, literal or free
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A pair whose words agree less than this (Dice over the word tokens, counted with repeats) was
   * worded anew. A sentence with one word of ten changed scores 0.9.
   */
  static final double REWORDED = 0.9;

  /** With fewer matched pairs than this a document is read as {@link #LITERAL}. */
  static final int MIN_PAIRS = 4;

  /**
   * The wording of a document: free when at least half of its matched pairs were worded anew, each
   * in more than one place, and there are at least {@value #MIN_PAIRS} of them. A document whose
   * every sentence got one edit (a word replaced, dropped or added; a perturbation benchmark) keeps
   * its words elsewhere and stays literal; King James against World English Bible verses differ in
   * a median of 2 to 9 places, the seed pair's sentences in 4.
   *
   * @param pairs the document's matched pairs (same language)
   * @return {@link #FREE} or {@link #LITERAL}
   */
  static Wording of(List<AlignedPair> pairs) {
    if (pairs.size() < MIN_PAIRS) {
      return LITERAL;
    }
    long reworded = pairs.stream().filter(p -> agreement(p) < REWORDED && changes(p) >= 2).count();
    return 2 * reworded >= pairs.size() ? FREE : LITERAL;
  }

  /**
   * The number of places where the two sides' words differ (the word diff's changes, punctuation
   * left out).
   *
   * @param pair the pair
   * @return 0 for the same words
   */
  static int changes(AlignedPair pair) {
    return DiffUtils.diff(tokens(pair.original()), tokens(pair.translation())).getDeltas().size();
  }

  private static List<String> tokens(PairSide side) {
    List<String> out = new ArrayList<>();
    for (Word w : side.words()) {
      if (w.type() != Word.Type.PUNCT) {
        out.add(w.norm());
      }
    }
    return out;
  }

  /**
   * How far two sides of a pair share their words: Dice over word and number tokens (comparison
   * form), with repeats.
   *
   * @param pair the pair
   * @return 1 for the same words, 0 for none in common
   */
  static double agreement(AlignedPair pair) {
    Map<String, Integer> a = new HashMap<>();
    int na = 0;
    for (Word w : pair.original().words()) {
      if (w.type() != Word.Type.PUNCT) {
        a.merge(w.norm(), 1, Integer::sum);
        na++;
      }
    }
    int nb = 0;
    int shared = 0;
    for (Word w : pair.translation().words()) {
      if (w.type() != Word.Type.PUNCT) {
        nb++;
        Integer left = a.get(w.norm());
        if (left != null && left > 0) {
          shared++;
          a.put(w.norm(), left - 1);
        }
      }
    }
    return na + nb == 0 ? 1 : 2.0 * shared / (na + nb);
  }
}
