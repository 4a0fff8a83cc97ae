package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English words that carry a negation inside them: "unable", "invalid", "unsupported", "useless",
 * "failed", "lacks", "missing", "ignored". One language says "invalid port" where another says
 * "puerto no válido", and one writer "could not connect" where another writes "unable to connect":
 * a negation word on one side and such a word on the other say the same thing, so the negation
 * detector lets these words make up for missing negation words ({@link NegationShiftDetector}).
 *
 * <p>A word counts when it is a form of a verb or adjective of failing, lacking or leaving out
 * ({@link #VERBS}, {@link #WORDS}); when it is a prefix (in-, im-, il-, ir-, un-, dis-, non-)
 * before a word the dictionary calls its antonym ("invalid" / "valid"); when "un" or "non" stands
 * before an ordinary word of at least four letters ("unaligned", "unrecognized", "noneditable"; not
 * "until" or "union"); when it is "non" hyphenated to the next word ("non-empty", "non-ASCII"); or
 * when "-less" follows an ordinary word ("useless", "regardless").
 */
final class LexicalNegation {
  private LexicalNegation() {}

  /** Verbs whose every form negates what follows: "failed to load" is "did not load". */
  private static final Set<String> VERBS =
      Set.of(
          "fail",
          "lack",
          "ignore",
          "refuse",
          "omit",
          "neglect",
          "deny",
          "miss",
          "forbid",
          "prohibit",
          "reject",
          "avoid");

  /**
   * Other words that say "not": adjectives and nouns of absence and failure, and the conditions
   * "unless" and "except" ("except a man be born again" is "el que no naciere otra vez", "si no").
   */
  private static final Set<String> WORDS =
      Set.of(
          "unable",
          "failure",
          "failures",
          "absent",
          "absence",
          "missing",
          "lacking",
          "unless",
          "except",
          "nonexistent",
          "mismatch",
          "mismatched",
          "mismatches");

  private static final List<String> PREFIXES = List.of("non", "dis", "un", "in", "im", "il", "ir");

  /**
   * Adjectives of possibility negated by in-, im-, ir- or il- in the Romance languages, read in the
   * side's own words: "imposible", "innumerables", "indecibles", "impossibile", "impossível",
   * "inévitable" say "not" as surely as English "impossible" ("could not do" / "era imposible",
   * "without number" / "innumerables"). A machine's rendering of such a word is no evidence (see
   * {@link #in}); the written word is.
   */
  private static final Map<String, Pattern> ROMANCE =
      Map.of(
          "es", Pattern.compile("(?:in|im|ir|il)\\p{L}{3,}bles?"),
          "fr", Pattern.compile("(?:in|im|ir|il)\\p{L}{3,}bles?"),
          "it", Pattern.compile("(?:in|im|ir|il)\\p{L}{3,}bil[ei]"),
          "pt", Pattern.compile("(?:in|im|ir|il)\\p{L}{3,}(?:vel|veis)"));

  /**
   * The words of a text that negate by their form, in order; only those of failing, lacking and
   * leaving out when {@code byAffix} is false. A machine rendering makes affixed words up: Apertium
   * gives "undone" for "deshecho" (destroyed), so a rendering's affixes say nothing.
   *
   * @param words the words of an English text
   * @param lexicon the English dictionary
   * @param byAffix whether prefixed and "-less" words count
   * @return those of them that carry a negation
   */
  private static List<Word> in(List<Word> words, Lexicon lexicon, boolean byAffix) {
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (byAffix && w.norm().equals("non") && hyphenated(words, i)) {
        out.add(w); // "non-empty", "non-ASCII": the prefix as a word of its own
      } else if (w.type() == Word.Type.WORD
          && (byAffix ? negates(w.norm(), lexicon) : listed(w.norm(), lexicon))) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Whether an English word carries a negation by its form.
   *
   * @param word a lower-case word
   * @param lexicon the English dictionary
   * @return true for "unable", "invalid", "failed", "useless" and the like
   */
  static boolean negates(String word, Lexicon lexicon) {
    if (listed(word, lexicon) || (word.startsWith("non-") && word.length() > 4)) {
      return true; // a hyphenated word is one token: "non-composite"
    }
    if (word.length() < 5) {
      return false;
    }
    if (word.endsWith("less")) {
      String stem = word.substring(0, word.length() - 4);
      return stem.length() >= 3 && lexicon.common(stem);
    }
    for (String prefix : PREFIXES) {
      if (!word.startsWith(prefix)) {
        continue;
      }
      String rest = word.substring(prefix.length());
      if (rest.length() < 3 || !lexicon.common(rest)) {
        continue;
      }
      if (lexicon.relation(word, rest) == Lexicon.Relation.ANTONYM
          || ((prefix.equals("un") || prefix.equals("non")) && rest.length() >= 4)) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code i} is joined to the next by a hyphen. */
  private static boolean hyphenated(List<Word> words, int i) {
    return i + 1 < words.size()
        && words.get(i + 1).norm().equals("-")
        && words.get(i + 1).start() == words.get(i).end();
  }

  /** Whether a word is one of the listed words or a form of a listed verb. */
  private static boolean listed(String word, Lexicon lexicon) {
    if (WORDS.contains(word)) {
      return true;
    }
    for (String base : lexicon.verbBases(word)) {
      if (VERBS.contains(base)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a side that negate by their form : read in the side's own words when it is
   * English, else in its rendering when a translator made one (there only the words of failing and
   * lacking: Apertium renders "deshecho", destroyed, as "undone", so a machine's affixes are no
   * evidence). A word the other side has as well is no trade for a negation word: "was unable"
   * against "was not unable" adds a negation.
   *
   * @param side the side with fewer negation words
   * @param rendering its rendering by a translator, or null
   * @param other what the side is compared with: the other side, or its rendering
   * @return the words of the side that negate by their form and the other lacks
   */
  static List<Word> unmatched(PairSide side, PairSide rendering, PairSide other) {
    String language = LanguageTags.primary(side.language());
    boolean written = language.equals("en");
    Pattern romance = ROMANCE.get(language);
    List<Word> own = new ArrayList<>();
    if (romance != null) {
      for (Word w : side.words()) {
        if (w.type() == Word.Type.WORD && romance.matcher(w.norm()).matches()) {
          own.add(w); // "imposible", "innumerables": the side's own word, not a machine's
        }
      }
    }
    PairSide english =
        written
            ? side
            : rendering != null && LanguageTags.primary(rendering.language()).equals("en")
                ? rendering
                : null;
    if (english == null) {
      return own;
    }
    Set<String> there = new HashSet<>();
    other.words().forEach(w -> there.add(w.norm()));
    List<Word> out = new ArrayList<>(own);
    for (Word w : in(english.words(), WordNetLexicon.english(), written)) {
      if (!NegationShiftDetector.isCue(w, "en") && !there.contains(w.norm())) {
        out.add(w);
      }
    }
    return out;
  }
}
