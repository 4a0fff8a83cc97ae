package dev.drift.shift;

import java.util.List;
import java.util.Set;

/**
 * What a sentence vector averages away: a content word (noun, verb, adjective, adverb, a name)
 * dropped or added, a subject pronoun dropped, and a word replaced by a more general one (a WordNet
 * hypernym: lion → animal). Each is a warning.
 */
final class ContentShiftDetector implements ShiftDetector {
  private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "he", "she", "it", "they");

  /** Sentence connectives and attention words: they link or frame, they carry no content. */
  private static final Set<String> CONNECTIVES =
      Set.of(
          "therefore",
          "thus",
          "hence",
          "so",
          "then",
          "now",
          "however",
          "moreover",
          "furthermore",
          "also",
          "indeed",
          "consequently",
          "accordingly",
          "still",
          "yet",
          "behold",
          "look",
          "lo");

  private final Lexicon lexicon;

  private ContentShiftDetector(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  static ContentShiftDetector create(Lexicon lexicon) {
    return new ContentShiftDetector(lexicon);
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    if (!pair.english()) {
      return;
    }
    for (Finding f : findings) {
      if (f.neutral || f.floor != Severity.INFO || f.reason != null) {
        continue; // judged already: another detector said what it is ("negation said in a word")
      }
      if (f.hasOriginal() && !f.hasTranslation()) {
        Word w = content(pair.original(), f.originalFrom, f.originalTo, pair.translation());
        if (w != null
            && !forFunctionWords(pair.original(), f.originalFrom, f.originalTo, pair.translation())
            && !Collocations.synonymous(pair, f, lexicon)) {
          f.reason =
              (SUBJECTS.contains(w.norm()) ? "subject dropped: " : "dropped: ")
                  + pair.original().textOf(f.originalFrom, f.originalTo);
          f.raise(Severity.WARNING);
        }
      } else if (f.hasTranslation() && !f.hasOriginal()) {
        Word w = content(pair.translation(), f.translationFrom, f.translationTo, pair.original());
        if (w != null
            && !SUBJECTS.contains(w.norm())
            && !forFunctionWords(
                pair.translation(), f.translationFrom, f.translationTo, pair.original())
            && !Collocations.synonymous(pair, f, lexicon)) {
          f.reason = "added: " + pair.translation().textOf(f.translationFrom, f.translationTo);
          f.raise(Severity.WARNING);
        }
      } else if (f.originalTo - f.originalFrom == 1 && f.translationTo - f.translationFrom == 1) {
        String a = pair.original().words().get(f.originalFrom).norm();
        String b = pair.translation().words().get(f.translationFrom).norm();
        if (lexicon.generalises(a, b)) {
          f.reason = "generalised: " + a + " → " + b;
          f.raise(Severity.WARNING);
        }
      }
    }
  }

  /**
   * The first content word of a range: a dictionary word that is no function word, a name, a
   * subject pronoun.
   */
  private Word content(PairSide side, int from, int to, PairSide other) {
    java.util.Set<String> there = new java.util.HashSet<>();
    for (Word w : other.words()) {
      there.add(w.norm());
    }
    for (int i = from; i < to; i++) {
      Word w = side.words().get(i);
      if (w.type() != Word.Type.WORD
          || CONNECTIVES.contains(w.norm())
          || TenseShiftDetector.goingTo(side, i)
          || there.contains(w.norm())
          || sharesStem(w.norm(), there)) {
        continue; // punctuation, a word that only moved, or one in another form (Russia, Russian)
      }
      if (SUBJECTS.contains(w.norm()) && i == from) {
        return w;
      }
      if (!w.function() && (lexicon.known(w.norm()) || Character.isUpperCase(w.text().charAt(0)))) {
        return w;
      }
    }
    return null;
  }

  /**
   * A word of the other side with the same first five letters, at most three letters longer or
   * shorter.
   */
  private static boolean sharesStem(String word, Set<String> there) {
    if (word.length() < 5) {
      return false;
    }
    String stem = word.substring(0, 5);
    for (String t : there) {
      if (t.startsWith(stem) && Math.abs(t.length() - word.length()) <= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether words {@code [from, to)} of one side stand where the other side, between the same
   * neighbours, has function words only: "with" → "using", "before" → "in front of".
   */
  private static boolean forFunctionWords(PairSide side, int from, int to, PairSide other) {
    List<Word> words = side.words();
    List<Word> there = other.words();
    if (from == 0 || to >= words.size()) {
      return false;
    }
    String before = words.get(from - 1).norm();
    String after = words.get(to).norm();
    for (int p = 0; p < there.size(); p++) {
      if (!there.get(p).norm().equals(before)) {
        continue;
      }
      for (int q = p + 2; q < there.size() && q <= p + 4; q++) {
        if (there.get(q).norm().equals(after)) {
          return there.subList(p + 1, q).stream().allMatch(Word::function);
        }
      }
    }
    return false;
  }
}
