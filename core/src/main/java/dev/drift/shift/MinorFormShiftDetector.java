package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Changes of form, not of meaning, are information only: case, punctuation, a doubled word, a
 * function word for another, a contraction for its long form ("won't" = "will not"), and a typo —
 * an ordinary dictionary word misspelt within two edits into something that is no word. A changed
 * name or acronym (TASS → CASS) is no typo: its original is no ordinary lower-case word, and the
 * entity detector has made it an error already, which this detector leaves alone.
 */
final class MinorFormShiftDetector implements ShiftDetector {
  private static final Set<ShiftKind> EVIDENCE =
      Set.of(
          ShiftKind.NUMBER,
          ShiftKind.ENTITY,
          ShiftKind.NEGATION,
          ShiftKind.LINK,
          ShiftKind.CODE,
          ShiftKind.PLACEHOLDER,
          ShiftKind.GLOSSARY);
  private static final Map<String, String> CONTRACTIONS =
      Map.ofEntries(
          Map.entry("won't", "will not"),
          Map.entry("can't", "can not"),
          Map.entry("cannot", "can not"),
          Map.entry("shan't", "shall not"),
          Map.entry("ain't", "am not"),
          Map.entry("i'm", "i am"),
          Map.entry("it's", "it is"),
          Map.entry("that's", "that is"),
          Map.entry("there's", "there is"),
          Map.entry("let's", "let us"));
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

  private final Lexicon lexicon;

  private MinorFormShiftDetector(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  static MinorFormShiftDetector create(Lexicon lexicon) {
    return new MinorFormShiftDetector(lexicon);
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    if (!pair.english()) {
      return;
    }
    for (Finding f : findings) {
      if (f.neutral || f.floor != Severity.INFO || f.kinds.stream().anyMatch(EVIDENCE::contains)) {
        continue;
      }
      if (minor(pair, f)) {
        f.neutral = true;
      }
    }
  }

  private boolean minor(AlignedPair pair, Finding f) {
    List<Word> a = words(pair.original(), f.originalFrom, f.originalTo);
    List<Word> b = words(pair.translation(), f.translationFrom, f.translationTo);
    if (a.isEmpty() && b.isEmpty()) {
      return f.originalRaw == null && f.translationRaw == null; // punctuation only
    }
    String ta = text(a);
    String tb = text(b);
    if (ta.equals(tb) || expand(ta).equals(expand(tb))) {
      return true; // case, or a contraction for its long form
    }
    if (a.isEmpty() || b.isEmpty()) {
      List<Word> one = a.isEmpty() ? b : a;
      PairSide side = a.isEmpty() ? pair.translation() : pair.original();
      int from = a.isEmpty() ? f.translationFrom : f.originalFrom;
      int to = a.isEmpty() ? f.translationTo : f.originalTo;
      return (one.size() == 1 && doubled(side, from, to)) || contractedFunctionWords(one);
    }
    if (a.stream().allMatch(MinorFormShiftDetector::functionOnly)
        && b.stream().allMatch(MinorFormShiftDetector::functionOnly)) {
      return true;
    }
    return a.size() == 1 && b.size() == 1 && typo(a.get(0), b.get(0));
  }

  /**
   * Words that are contractions of function words only ("I'll", "won't"): the diff trims the long
   * form's function words on the other side, so the contraction stands alone.
   */
  private static boolean contractedFunctionWords(List<Word> words) {
    for (Word w : words) {
      if (w.norm().indexOf('\'') < 0 && !CONTRACTIONS.containsKey(w.norm())) {
        return false;
      }
      for (String part : expand(w.norm()).split(" ")) {
        if (!Words.isFunction(part) && !part.equals("i")) {
          return false;
        }
      }
    }
    return true;
  }

  /** A function word that is not a personal pronoun (whose change the pronoun detector grades). */
  private static boolean functionOnly(Word w) {
    return w.function() && !PronounShiftDetector.isPronoun(w.norm());
  }

  private boolean typo(Word a, Word b) {
    String x = a.text();
    String y = b.text();
    if (!x.equals(x.toLowerCase(Locale.ROOT)) || x.length() < 4 || !lexicon.known(x)) {
      return false; // a name, an acronym or an unknown word: a one-letter change is a new name
    }
    int d = DISTANCE.apply(x, y.toLowerCase(Locale.ROOT));
    return d >= 1 && d <= 2 && !lexicon.known(y.toLowerCase(Locale.ROOT));
  }

  /** A word equal to its neighbour in the text ("the the"). */
  private static boolean doubled(PairSide side, int from, int to) {
    List<Word> all = side.words();
    String w = all.get(from).norm();
    return (from > 0 && all.get(from - 1).norm().equals(w))
        || (to < all.size() && all.get(to).norm().equals(w));
  }

  private static List<Word> words(PairSide side, int from, int to) {
    List<Word> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Word w = side.words().get(i);
      if (w.type() != Word.Type.PUNCT) {
        out.add(w);
      }
    }
    return out;
  }

  private static String text(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    for (Word w : words) {
      sb.append(sb.length() == 0 ? "" : " ").append(w.norm());
    }
    return sb.toString();
  }

  /** Long forms of contractions, word by word. */
  static String expand(String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : text.split(" ")) {
      String long1 = CONTRACTIONS.get(w);
      if (long1 == null) {
        long1 =
            w.endsWith("n't")
                ? w.substring(0, w.length() - 3) + " not"
                : w.endsWith("'ll")
                    ? w.substring(0, w.length() - 3) + " will"
                    : w.endsWith("'re")
                        ? w.substring(0, w.length() - 3) + " are"
                        : w.endsWith("'ve") ? w.substring(0, w.length() - 3) + " have" : w;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(long1.replace("cannot", "can not"));
    }
    return sb.toString();
  }
}
