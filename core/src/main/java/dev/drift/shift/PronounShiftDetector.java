package dev.drift.shift;

import java.util.List;
import java.util.Map;

/**
 * The gender, person or number of a personal pronoun changed (he → she, we → they, him → her, his →
 * their): who acts is no longer the same, an error that sentence vectors barely notice. Also
 * gendered nouns of kinship and rank (son → daughter).
 */
final class PronounShiftDetector implements ShiftDetector {
  /** Person, number and gender of each form: 1/2/3, s/p, m/f/n/x. */
  private static final Map<String, String> PRONOUNS =
      Map.ofEntries(
          Map.entry("i", "1s"),
          Map.entry("me", "1s"),
          Map.entry("my", "1s"),
          Map.entry("mine", "1s"),
          Map.entry("myself", "1s"),
          Map.entry("we", "1p"),
          Map.entry("us", "1p"),
          Map.entry("our", "1p"),
          Map.entry("ours", "1p"),
          Map.entry("ourselves", "1p"),
          Map.entry("you", "2"),
          Map.entry("your", "2"),
          Map.entry("yours", "2"),
          Map.entry("yourself", "2"),
          Map.entry("yourselves", "2"),
          Map.entry("he", "3sm"),
          Map.entry("him", "3sm"),
          Map.entry("his", "3sm"),
          Map.entry("himself", "3sm"),
          Map.entry("she", "3sf"),
          Map.entry("her", "3sf"),
          Map.entry("hers", "3sf"),
          Map.entry("herself", "3sf"),
          Map.entry("it", "3sn"),
          Map.entry("its", "3sn"),
          Map.entry("itself", "3sn"),
          Map.entry("they", "3p"),
          Map.entry("them", "3p"),
          Map.entry("their", "3p"),
          Map.entry("theirs", "3p"),
          Map.entry("themselves", "3p"));

  private static final Map<String, String> GENDERED =
      Map.ofEntries(
          Map.entry("man", "m"),
          Map.entry("men", "m"),
          Map.entry("woman", "f"),
          Map.entry("women", "f"),
          Map.entry("son", "m"),
          Map.entry("sons", "m"),
          Map.entry("daughter", "f"),
          Map.entry("daughters", "f"),
          Map.entry("father", "m"),
          Map.entry("mother", "f"),
          Map.entry("brother", "m"),
          Map.entry("brothers", "m"),
          Map.entry("sister", "f"),
          Map.entry("sisters", "f"),
          Map.entry("king", "m"),
          Map.entry("queen", "f"),
          Map.entry("boy", "m"),
          Map.entry("girl", "f"),
          Map.entry("husband", "m"),
          Map.entry("wife", "f"),
          Map.entry("mr", "m"),
          Map.entry("mrs", "f"),
          Map.entry("ms", "f"));

  private static final java.util.Set<String> SUBJECTS =
      java.util.Set.of("i", "we", "he", "she", "they");
  private static final double DETERMINISTIC = 0.9;

  private PronounShiftDetector() {}

  static PronounShiftDetector create() {
    return new PronounShiftDetector();
  }

  static boolean isPronoun(String norm) {
    return PRONOUNS.containsKey(norm);
  }

  /** The pronoun of a word, a contraction's too ("i'll" is "i"); else the word itself. */
  static String pronounOf(Word w) {
    String n = w.norm();
    int apostrophe = n.indexOf('\'');
    return apostrophe > 0 && PRONOUNS.containsKey(n.substring(0, apostrophe))
        ? n.substring(0, apostrophe)
        : n;
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    if (!pair.english()) {
      return;
    }
    // Pronouns (and "son" in some word lists) are function words, which the word diff leaves
    // out: compare them on their own.
    for (WordSequences.Change c :
        WordSequences.changes(
            pair,
            w -> w.type() == Word.Type.WORD && isPronoun(pronounOf(w)),
            PronounShiftDetector::pronounOf)) {
      int n = Math.min(c.original().size(), c.translation().size());
      for (int k = 0; k < n; k++) {
        Word x = c.original().get(k);
        Word y = c.translation().get(k);
        String px = PRONOUNS.get(pronounOf(x));
        String py = PRONOUNS.get(pronounOf(y));
        if (pair.free() ? genderSwapped(px, py) : !px.equals(py)) {
          mark(findings, x, y, "pronoun changed: ");
        }
      }
      if (c.translation().isEmpty() && !pair.free()) {
        for (Word x : c.original()) {
          if (SUBJECTS.contains(pronounOf(x)) && !WordSequences.covered(findings, x, true)) {
            Finding f = new Finding(x.index(), x.index() + 1, 0, 0);
            f.kinds.add(ShiftKind.OMISSION);
            f.reason = "subject dropped: " + x.text();
            f.score = 0.5;
            f.raise(Severity.WARNING);
            findings.add(f);
          }
        }
      }
    }
    for (WordSequences.Change c :
        WordSequences.changes(
            pair, w -> w.type() == Word.Type.WORD && GENDERED.containsKey(w.norm()))) {
      int n = Math.min(c.original().size(), c.translation().size());
      for (int k = 0; k < n; k++) {
        Word x = c.original().get(k);
        Word y = c.translation().get(k);
        if (!GENDERED.get(x.norm()).equals(GENDERED.get(y.norm()))) {
          mark(findings, x, y, "gender changed: ");
        }
      }
    }
  }

  /**
   * Whether one pronoun is "he" and the other "she" in some form. A free translation says "you" for
   * "he" or "it" for "his" as its sentence needs; only who is a man and who a woman survives.
   */
  private static boolean genderSwapped(String x, String y) {
    return x.startsWith("3s")
        && y.startsWith("3s")
        && !x.equals(y)
        && !x.endsWith("n")
        && !y.endsWith("n");
  }

  /** Makes the finding covering both words an error, or adds one. */
  private static void mark(List<Finding> findings, Word x, Word y, String what) {
    Finding f = null;
    for (Finding g : findings) {
      if (g.overlapsOriginal(x.index(), x.index() + 1)
          || g.overlapsTranslation(y.index(), y.index() + 1)) {
        f = g;
      }
    }
    if (f != null
        && (f.reason != null
            || f.originalTo - f.originalFrom > 3
            || f.translationTo - f.translationFrom > 3)) {
      return; // explained already, or a rewording of a whole phrase (direct → indirect speech)
    }
    if (f == null) {
      f = new Finding(x.index(), x.index() + 1, y.index(), y.index() + 1);
      findings.add(f);
    } else {
      // A word the diff left out (a function word) joins its counterpart's finding.
      f.coverOriginal(x.index(), x.index() + 1);
      f.coverTranslation(y.index(), y.index() + 1);
      f.kinds.remove(ShiftKind.OMISSION);
      f.kinds.remove(ShiftKind.ADDITION);
    }
    f.kinds.add(ShiftKind.SUBSTITUTION);
    f.reason = what + x.text() + " → " + y.text();
    f.score = Math.max(f.score, DETERMINISTIC);
    f.raise(Severity.ERROR);
  }
}
