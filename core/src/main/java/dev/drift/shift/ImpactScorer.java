package dev.drift.shift;

import dev.drift.embed.VectorMath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores how much a wording change alters meaning, in [0, 1], from three kinds of evidence:
 *
 * <ul>
 *   <li>the contextual token vectors of the embedding pass, matched greedily as in BERTScore: each
 *       content word of the change is compared with the words on the other side of the change, and
 *       counts as kept when the same word (or lemma) appears anywhere on the other side (it moved);
 *   <li>the vectors of the changed words and phrases embedded on their own, which capture word
 *       meaning without the shared sentence context;
 *   <li>a dictionary ({@link Lexicon}, WordNet for English), which does not change the score but
 *       bounds the severity: a change between synonyms or closely related words (one a kind of the
 *       other), or between phrases the dictionary holds whole in one sense ({@link Collocations}:
 *       "before" → "in front of"), is at most info; antonyms make it an error.
 * </ul>
 *
 * The impact of a substitution is one minus the mean similarity of the change's content words (or
 * the similarity of the two phrases, if higher). Words dropped or added with nothing in their place
 * are compared with every word on the other side (their meaning may be said elsewhere), and the
 * impact grows with how many content words went: one word weighs 0.65, four or more weigh fully. A
 * change of function words only scores {@value #FUNCTION_ONLY}.
 */
final class ImpactScorer {
  static final double FUNCTION_ONLY = 0.05;

  private final Lexicon lexicon;
  private final Map<String, float[]> isolated;

  /**
   * @param lexicon word relations for the pair's language
   * @param isolated vectors of words and phrases embedded on their own, by text
   */
  ImpactScorer(Lexicon lexicon, Map<String, float[]> isolated) {
    this.lexicon = lexicon;
    this.isolated = isolated;
  }

  /** The texts this scorer will want embedded on their own for a finding. */
  static List<String> isolatedTexts(AlignedPair pair, Finding f) {
    List<String> texts = new ArrayList<>();
    List<Word> o = content(pair.original().words(), f.originalFrom, f.originalTo);
    List<Word> t = content(pair.translation().words(), f.translationFrom, f.translationTo);
    if (o.isEmpty() || t.isEmpty()) {
      return texts;
    }
    o.forEach(w -> texts.add(w.norm()));
    t.forEach(w -> texts.add(w.norm()));
    if (o.size() > 1 || t.size() > 1) {
      texts.add(phrase(pair.original(), f.originalFrom, f.originalTo));
      texts.add(phrase(pair.translation(), f.translationFrom, f.translationTo));
    }
    return texts;
  }

  /** Sets the finding's score (and an antonym reason) from the evidence. */
  void score(AlignedPair pair, WordVectors va, WordVectors vb, Finding f) {
    List<Word> o = content(pair.original().words(), f.originalFrom, f.originalTo);
    List<Word> t = content(pair.translation().words(), f.translationFrom, f.translationTo);
    if (o.isEmpty() && t.isEmpty()) {
      f.score = FUNCTION_ONLY;
      return;
    }
    if (Collocations.synonymous(pair, f, lexicon)) {
      f.ceiling = Severity.INFO; // "before" → "in front of": one dictionary sense
    }
    if (o.isEmpty() || t.isEmpty()) {
      f.score = oneSided(pair, va, vb, o.isEmpty() ? t : o, !o.isEmpty());
      return;
    }
    double sum = 0;
    double least = 1;
    int count = 0;
    Lexicon.Relation weakest = Lexicon.Relation.SAME;
    for (Word w : o) {
      double b = best(pair, w, t, pair.translation().words(), va, vb, true, f);
      sum += b;
      least = Math.min(least, b);
      weakest = weaker(weakest, strongest(w, t));
      count++;
    }
    for (Word w : t) {
      double b = best(pair, w, o, pair.original().words(), vb, va, false, f);
      sum += b;
      least = Math.min(least, b);
      weakest = weaker(weakest, strongest(w, o));
      count++;
    }
    if (weakest != Lexicon.Relation.NONE) {
      f.ceiling = Severity.INFO;
      f.firstSense = firstSense(o, t) && firstSense(t, o);
    }
    // The mean alone lets one lost word hide behind a related one ("climate finance" → "global
    // warming": "climate" and "warming" are close, "finance" has no counterpart), so the least
    // matched word weighs as much as all the others together.
    double similarity = (sum / count + least) / 2;
    if (!o.isEmpty() && !t.isEmpty() && (o.size() > 1 || t.size() > 1)) {
      double phrase =
          cosine(
              phrase(pair.original(), f.originalFrom, f.originalTo),
              phrase(pair.translation(), f.translationFrom, f.translationTo));
      similarity = (similarity + phrase) / 2;
    }
    f.score = clamp(1 - similarity);
  }

  /** The closest dictionary relation of a word to any of the words on the other side. */
  private Lexicon.Relation strongest(Word w, List<Word> others) {
    Lexicon.Relation best = Lexicon.Relation.NONE;
    for (Word x : others) {
      if (w.type() != Word.Type.WORD || x.type() != Word.Type.WORD) {
        continue;
      }
      Lexicon.Relation r = lexicon.relation(w.norm(), x.norm());
      if (r != Lexicon.Relation.ANTONYM && r.ordinal() < best.ordinal()) {
        best = r;
      }
    }
    return best;
  }

  /** Whether every word of {@code words} has a word of {@code others} of one first sense. */
  private boolean firstSense(List<Word> words, List<Word> others) {
    for (Word w : words) {
      if (others.stream().noneMatch(x -> lexicon.sameFirstSense(w.norm(), x.norm()))) {
        return false;
      }
    }
    return true;
  }

  /** Of two relations, the looser (SAME is closest, NONE loosest). */
  private static Lexicon.Relation weaker(Lexicon.Relation a, Lexicon.Relation b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** Impact of words dropped (from the original) or added (to the translation) with no stand-in. */
  private static double oneSided(
      AlignedPair pair, WordVectors va, WordVectors vb, List<Word> words, boolean fromOriginal) {
    List<Word> otherSide = (fromOriginal ? pair.translation() : pair.original()).words();
    double sum = 0;
    for (Word w : words) {
      double best = 0;
      String bare = Words.bare(w.norm());
      for (Word x : otherSide) {
        if (!x.content()) {
          continue;
        }
        if (Words.bare(x.norm()).equals(bare)) {
          best = 1;
          break;
        }
        double ctx =
            fromOriginal
                ? WordVectors.cosine(va, w.index(), vb, x.index())
                : WordVectors.cosine(va, x.index(), vb, w.index());
        best = Math.max(best, Double.isNaN(ctx) ? 0 : ctx);
      }
      sum += best;
    }
    double weight = Math.min(1, 0.5 + 0.15 * words.size());
    return clamp((1 - sum / words.size()) * weight);
  }

  /**
   * The best similarity of word {@code w} to the changed words {@code others} on the other side, or
   * 1 when the word itself appears anywhere on the other side.
   */
  private double best(
      AlignedPair pair,
      Word w,
      List<Word> others,
      List<Word> otherSide,
      WordVectors mine,
      WordVectors theirs,
      boolean fromOriginal,
      Finding f) {
    String bare = Words.bare(w.norm());
    for (Word x : otherSide) {
      if (x.content() && Words.bare(x.norm()).equals(bare)) {
        return 1; // the word moved, it did not change
      }
    }
    double best = 0;
    for (Word x : others) {
      double ctx =
          fromOriginal
              ? WordVectors.cosine(mine, w.index(), theirs, x.index())
              : WordVectors.cosine(theirs, x.index(), mine, w.index());
      // Context says how interchangeable the words are here, the isolated vectors what they
      // mean on their own; either alone is too generous, so take both.
      double iso = cosine(w.norm(), x.norm());
      double sim = Double.isNaN(ctx) ? iso : (ctx + iso) / 2;
      if (w.type() == Word.Type.WORD && x.type() == Word.Type.WORD) {
        switch (lexicon.relation(w.norm(), x.norm())) {
          case SAME -> sim = 1;
          case ANTONYM -> {
            PairSide mySide = fromOriginal ? pair.original() : pair.translation();
            PairSide theirSide = fromOriginal ? pair.translation() : pair.original();
            if (NegationShiftDetector.negatedBefore(mySide, w.index())
                != NegationShiftDetector.negatedBefore(theirSide, x.index())) {
              sim = 1; // "unable" against "not able": one statement
              break;
            }
            f.reason =
                "antonym: "
                    + (fromOriginal ? w.text() + " → " + x.text() : x.text() + " → " + w.text());
            f.raise(Severity.ERROR);
            f.ownRules =
                deictic(lexicon, w.norm()) && deictic(lexicon, x.norm()) ? "verb of motion" : null;
            sim = 0;
          }
          default -> {}
        }
      }
      best = Math.max(best, sim);
    }
    return clamp(best);
  }

  /** The verbs of motion towards or away from the speaker, by their base forms. */
  private static final Set<String> DEICTIC = Set.of("come", "go", "bring", "take");

  /**
   * Whether a word is a form of a verb of motion towards or away from the speaker.
   *
   * @param lexicon the dictionary
   * @param word a lower-case word
   * @return true for come, go, bring, take in any form
   */
  static boolean deictic(Lexicon lexicon, String word) {
    return lexicon.verbBases(word).stream().anyMatch(DEICTIC::contains);
  }

  private double cosine(String a, String b) {
    float[] x = isolated.get(a);
    float[] y = isolated.get(b);
    return x == null || y == null ? 0 : VectorMath.cosine(x, y);
  }

  /** The content words of a range, less the words that only call for attention. */
  static List<Word> content(List<Word> words, int from, int to) {
    List<Word> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (words.get(i).content() && !attention(words, i)) {
        out.add(words.get(i));
      }
    }
    return out;
  }

  /** Words that, set off by a comma or an exclamation mark, only call for attention. */
  private static final Set<String> ATTENTION =
      Set.of("behold", "lo", "look", "see", "listen", "hark", "hey", "oh");

  /**
   * Whether word {@code i} calls for attention and says nothing more ("Behold, the days come" /
   * "Look, the days come"; not "look at the sky"): a change between such words is a change of
   * function words.
   */
  static boolean attention(List<Word> words, int i) {
    if (!ATTENTION.contains(words.get(i).norm()) || i + 1 >= words.size()) {
      return false;
    }
    String next = words.get(i + 1).norm();
    return next.equals(",") || next.equals("!");
  }

  private static String phrase(PairSide side, int from, int to) {
    return Words.normalize(side.textOf(from, to));
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }
}
