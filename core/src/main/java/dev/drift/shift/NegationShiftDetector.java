package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Negation added or removed: counts negation cues (not, no, never, n't, without, ... and their
 * French, German, Spanish, Italian, Portuguese and Dutch counterparts) on both sides; a different
 * count is an error, placed on the change that holds the extra cue.
 */
final class NegationShiftDetector implements ShiftDetector {
  private static final Map<String, Set<String>> CUES =
      Map.of(
          "en",
          Set.of(
              "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor",
              "without", "cannot"),
          // "ne" / "n'" go with "pas", "jamais", ...: count only the second part. Each list has
          // the answer "no" ("non", "nein", ...) because English "no" is a cue.
          "fr",
          Set.of("pas", "jamais", "aucun", "aucune", "rien", "sans", "ni", "non", "nul"),
          "de",
          Set.of(
              "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
              "ohne", "weder", "nichts", "niemand", "nein"),
          "es",
          Set.of("no", "nunca", "jamás", "sin", "ningún", "ninguna", "nada", "nadie", "ni"),
          "it",
          Set.of("non", "no", "mai", "senza", "nessuno", "nessuna", "niente", "nulla", "né"),
          "pt",
          Set.of("não", "nunca", "jamais", "sem", "nenhum", "nenhuma", "nada", "ninguém"),
          "nl",
          Set.of("niet", "geen", "nooit", "zonder", "niets", "niemand", "nee"));
  private static final Set<String> ALL =
      CUES.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

  private NegationShiftDetector() {}

  static NegationShiftDetector create() {
    return new NegationShiftDetector();
  }

  static boolean isCue(Word w, String language) {
    if (w.type() != Word.Type.WORD) {
      return false;
    }
    String primary = language.split("-")[0].toLowerCase(java.util.Locale.ROOT);
    Set<String> cues = CUES.getOrDefault(primary, ALL);
    return cues.contains(w.norm()) || (primary.equals("en") && w.norm().endsWith("n't"));
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    List<Word> a = cues(pair.original(), pair.original().language());
    List<Word> b = cues(pair.translation(), pair.translation().language());
    if (a.size() != b.size()) {
      // A side may be written in the other side's language whatever its label says (a
      // translation left in the original language, a stand-in): its words decide, so count the
      // cues of both languages on both sides before calling it a change.
      List<Word> a2 = union(cues(pair.original(), pair.translation().language()), a);
      List<Word> b2 = union(cues(pair.translation(), pair.original().language()), b);
      if (a2.size() == b2.size() && (a2.size() != a.size() || b2.size() != b.size())) {
        return;
      }
    }
    if (a.size() == b.size()) {
      return;
    }
    boolean removed = a.size() > b.size();
    List<Word> extra = removed ? a : b;
    String what = removed ? "negation removed: " : "negation added: ";
    Word placed = null;
    Finding target = null;
    for (Word w : extra) {
      for (Finding f : findings) {
        boolean holds =
            removed
                ? f.overlapsOriginal(w.index(), w.index() + 1)
                : f.overlapsTranslation(w.index(), w.index() + 1);
        if (holds) {
          target = f;
          placed = w;
          break;
        }
      }
      if (target != null) {
        break;
      }
    }
    if (target == null) {
      placed = extra.get(extra.size() - 1);
      target =
          removed
              ? new Finding(placed.index(), placed.index() + 1, 0, 0)
              : new Finding(0, 0, placed.index(), placed.index() + 1);
      findings.add(target);
    }
    target.neutral = false;
    target.kinds.add(ShiftKind.NEGATION);
    target.raise(Severity.ERROR);
    target.reason = what + placed.text();
  }

  private static List<Word> cues(PairSide side, String language) {
    List<Word> out = new ArrayList<>();
    for (Word w : side.words()) {
      if (isCue(w, language)) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<Word> union(List<Word> x, List<Word> y) {
    List<Word> out = new ArrayList<>(x);
    for (Word w : y) {
      if (!out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
