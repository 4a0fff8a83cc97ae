package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Negation added or removed: counts the negations of both sides, each in its own language (not, no,
 * never, n't, without, ... and their French, German, Spanish, Italian, Portuguese and Dutch
 * counterparts); a different count is an error, placed on the change that holds the extra cue.
 *
 * <p>Spanish, Italian, Portuguese and French stack negative words on one negation ("no hay nada",
 * "non ho mai visto nessuno", "não disse nada", "il n'a jamais rien dit"), where English has one
 * ("there is nothing"): in those languages a word like nada, mai, ninguém or rien counts only when
 * no negation came before it in its clause (between punctuation marks). So do the words that join
 * negated parts (nor, ni, né, nem, noch): "neither gold nor silver", "no X ni Y", "not X or Y" are
 * one negation each. Some words negate only after "ne": French "personne" (person / nobody), "plus"
 * (more / no more), "guère", "point". Italian "mai" in a question without a negation is "ever".
 * Words glued by an apostrophe are read in their parts: "qu'aucun", "nessun'altra", "neanch'io",
 * "senz'altro" (certainly: no cue).
 *
 * <p>A negation may be said inside a word: "Invalid port number" is "Número de puerto no válido",
 * "unable to connect" is "could not connect". When the side with fewer negation words has as many
 * such words ({@link LexicalNegation}) that the other side lacks, the difference is information,
 * not an error.
 */
final class NegationShiftDetector implements ShiftDetector {

  /**
   * The negation words of a language.
   *
   * @param markers words that always count (no, not, ni, sans, senza...)
   * @param concord words that count only as the first negation of their clause
   * @param afterNe French words that negate only after "ne" or "n'"
   * @param elisions articles and particles glued to the next word by an apostrophe
   */
  private record Cues(
      Set<String> markers, Set<String> concord, Set<String> afterNe, Set<String> elisions) {
    boolean has(String norm) {
      return markers.contains(norm) || concord.contains(norm) || afterNe.contains(norm);
    }
  }

  private static final Set<String> FRENCH_ELISIONS =
      Set.of("l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu");
  private static final Set<String> ITALIAN_ELISIONS =
      Set.of(
          "l", "d", "dell", "dall", "nell", "sull", "all", "coll", "un", "c", "s", "m", "t", "v");

  private static final Map<String, Cues> CUES =
      Map.of(
          "en",
          new Cues(
              Set.of(
                  "not",
                  "no",
                  "never",
                  "none",
                  "nobody",
                  "nothing",
                  "nowhere",
                  "neither",
                  "without",
                  "cannot",
                  "nay",
                  "naught",
                  "nought",
                  // "lest" is "so that ... not": translations say the negation ("para que no")
                  "lest"),
              Set.of("nor"),
              Set.of(),
              Set.of()),
          // "ne" / "n'" go with "pas", "jamais", ...: count only the second part. Each list has
          // the answer "no" ("non", "nein", ...) because English "no" is a cue.
          "fr",
          new Cues(
              Set.of("pas", "sans", "non"),
              Set.of("ni", "jamais", "rien", "aucun", "aucune", "nul", "nulle", "nullement"),
              Set.of("personne", "plus", "guère", "point"),
              FRENCH_ELISIONS),
          "de",
          new Cues(
              Set.of(
                  "nicht",
                  "kein",
                  "keine",
                  "keinen",
                  "keinem",
                  "keiner",
                  "keines",
                  "keinerlei",
                  "keineswegs",
                  "nie",
                  "niemals",
                  "nimmer",
                  "ohne",
                  "weder",
                  "nichts",
                  "niemand",
                  "niemanden",
                  "niemandem",
                  "nirgends",
                  "nirgendwo",
                  "nein"),
              // "weder ... noch" is one negation, and "noch" alone is "still"
              Set.of(),
              Set.of(),
              Set.of()),
          "es",
          new Cues(
              Set.of("no", "sin"),
              Set.of(
                  "ni",
                  "nunca",
                  "jamás",
                  "nada",
                  "nadie",
                  "ningún",
                  "ninguno",
                  "ninguna",
                  "ningunos",
                  "ningunas",
                  "tampoco"),
              Set.of(),
              Set.of()),
          "it",
          new Cues(
              Set.of("non", "no", "senza", "senz"),
              Set.of(
                  "né", "mai", "niente", "nulla", "nessuno", "nessuna", "nessun", "neanche",
                  "neanch", "nemmeno", "nemmen", "neppure", "neppur", "mica"),
              Set.of(),
              ITALIAN_ELISIONS),
          "pt",
          new Cues(
              Set.of("não", "sem"),
              Set.of(
                  "nem",
                  "nunca",
                  "jamais",
                  "nada",
                  "ninguém",
                  "nenhum",
                  "nenhuma",
                  "nenhuns",
                  "nenhumas",
                  "tampouco"),
              Set.of(),
              Set.of()),
          "nl",
          new Cues(
              Set.of(
                  "niet", "geen", "nooit", "zonder", "niets", "niks", "niemand", "nergens", "nee"),
              Set.of("noch"),
              Set.of(),
              Set.of()));

  /** Any language: every word of every list counts. */
  private static final Cues ALL = all();

  /** Marks that end a sentence. */
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "…");

  /** Marks that end a clause, and so the reach of a negation over the negative words after it. */
  private static final Set<String> CLAUSE_ENDS =
      Set.of(".", ",", ";", ":", "!", "?", "¿", "¡", "…", "(", ")");

  /** How a lost negation's message starts ({@link NeighbourSentences} reads it). */
  static final String REMOVED = "negation removed: ";

  /** How a gained negation's message starts. */
  static final String ADDED = "negation added: ";

  private NegationShiftDetector() {}

  static NegationShiftDetector create() {
    return new NegationShiftDetector();
  }

  private static Cues all() {
    Set<String> markers = new HashSet<>();
    for (Cues c : CUES.values()) {
      markers.addAll(c.markers());
      markers.addAll(c.concord());
    }
    return new Cues(Set.copyOf(markers), Set.of(), Set.of(), Set.of());
  }

  private static Cues cuesOf(String language) {
    String primary = LanguageTags.primary(language);
    return CUES.getOrDefault(primary, ALL);
  }

  /**
   * Whether a word is a negation word of a language, wherever it stands (see {@link #detect} for
   * which of them count).
   *
   * @param w a word
   * @param language the language of its text (its primary subtag decides; any other language takes
   *     the words of every language)
   * @return true for a negation word
   */
  static boolean isCue(Word w, String language) {
    return w.type() == Word.Type.WORD && cueForm(w.norm(), cuesOf(language), language) != null;
  }

  /** The negation word a token is or holds ("qu'aucun" holds "aucun"), or null. */
  private static String cueForm(String norm, Cues cues, String language) {
    if (cues.has(norm)) {
      return norm;
    }
    if (language.startsWith("en") && norm.endsWith("n't")) {
      return norm;
    }
    int apostrophe = norm.indexOf('\'');
    if (apostrophe <= 0 || cues.elisions().isEmpty()) {
      return null;
    }
    String head = norm.substring(0, apostrophe);
    String tail = norm.substring(norm.lastIndexOf('\'') + 1);
    if (cues.elisions().contains(head) && cues.has(tail)) {
      return tail;
    }
    if (cues.has(head) && !norm.equals("senz'altro")) {
      return head;
    }
    return null;
  }

  private static boolean isNe(String norm) {
    return norm.equals("ne") || norm.startsWith("n'");
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    boolean across = !pair.sameLanguage();
    List<Word> a =
        OutsideWords.drop(
            cues(pair.original(), pair.original().language(), across),
            pair.original(),
            pair.translation(),
            pair.rendering());
    List<Word> b =
        OutsideWords.drop(
            cues(pair.translation(), pair.translation().language(), across),
            pair.translation(),
            pair.original(),
            null);
    if (a.size() != b.size()) {
      // A side may be written in the other side's language whatever its label says (a
      // translation left in the original language, a stand-in): its words decide, so count the
      // cues of both languages on both sides before calling it a change.
      List<Word> a2 = union(cues(pair.original(), pair.translation().language(), across), a);
      List<Word> b2 = union(cues(pair.translation(), pair.original().language(), across), b);
      if (a2.size() == b2.size() && (a2.size() != a.size() || b2.size() != b.size())) {
        return;
      }
    }
    if (a.size() == b.size()) {
      return;
    }
    if (across
        && asks(pair.original().words())
        && asks(pair.translation().words())
        && outsideQuestions(a, pair.original().words()).size()
            == outsideQuestions(b, pair.translation().words()).size()) {
      // "¿No eres tú mi señor Elías?" is "Art thou that my lord Elijah?": a yes-or-no question
      // expecting "yes" is negated in one language and not in another; the difference is no
      // change of meaning, only worth showing.
      Word w = (a.size() > b.size() ? a : b).get(0);
      Finding f =
          a.size() > b.size()
              ? new Finding(w.index(), w.index() + 1, 0, 0)
              : new Finding(0, 0, w.index(), w.index() + 1);
      f.kinds.add(ShiftKind.NEGATION);
      f.reason = "negation in a question, as one language asks it: " + w.text();
      findings.add(f);
      return;
    }
    boolean removed = a.size() > b.size();
    List<Word> implied =
        removed
            ? LexicalNegation.unmatched(pair.translation(), pair.rendering(), pair.original())
            : LexicalNegation.unmatched(
                pair.original(), null, pair.rendered() ? pair.rendering() : pair.translation());
    if (implied.size() >= Math.abs(a.size() - b.size())) {
      // "Invalid port number" is "Número de puerto no válido", "Unable to connect" is "could not
      // connect": the other side says the negation inside a word.
      Word w = (removed ? a : b).get(0);
      Finding f =
          removed
              ? new Finding(w.index(), w.index() + 1, 0, 0)
              : new Finding(0, 0, w.index(), w.index() + 1);
      f.kinds.add(ShiftKind.NEGATION);
      f.reason = "negation said in a word: " + implied.get(0).text() + " / " + w.text();
      findings.add(f);
      return;
    }
    List<Word> extra = removed ? a : b;
    String what = removed ? REMOVED : ADDED;
    List<Word> loose =
        across
            ? NegationJoiners.loose(removed ? pair.translation() : pair.original(), removed ? b : a)
            : List.of();
    boolean joined = loose.size() >= Math.abs(a.size() - b.size());
    boolean both =
        across
            && !joined
            && NegationJoiners.alongside(removed ? a : b, removed ? b : a, pair, removed);
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
    target.raise(joined || both ? Severity.WARNING : Severity.ERROR);
    target.reason =
        what
            + placed.text()
            + (joined ? " (\"" + loose.get(0).text() + "\" opening a clause may carry it)" : "")
            + (both
                ? " (" + a.size() + " against " + b.size() + ", each beside one of the other side)"
                : "");
  }

  /** The words that count as a negation each, clause by clause. */
  static List<Word> cues(PairSide side, String language) {
    return cues(side, language, false);
  }

  /**
   * The words that count as a negation each, clause by clause; across languages the joiners of
   * negated parts sentence by sentence ({@link NegationJoiners}).
   */
  static List<Word> cues(PairSide side, String language, boolean across) {
    Cues cues = cuesOf(language);
    boolean italian = cues == CUES.get("it");
    List<Word> words = side.words();
    List<Word> out = new ArrayList<>();
    boolean negated = false;
    boolean negatedSentence = false;
    boolean ne = false;
    boolean question = false;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String norm = w.norm();
      if (i > 0 && SENTENCE_ENDS.contains(words.get(i - 1).norm())) {
        negatedSentence = false;
      }
      if (i == 0 || CLAUSE_ENDS.contains(words.get(i - 1).norm())) {
        negated = false;
        ne = false;
        question = italian && endsInQuestion(words, i);
      }
      if (w.type() != Word.Type.WORD) {
        continue;
      }
      String cue = cueForm(norm, cues, language);
      if (cue == null) {
        ne |= isNe(norm);
        continue;
      }
      if (optionName(side.text(), w)
          || idiom(cue, words, i)
          || OutsideWords.adverb(cue, words, i)) {
        continue;
      }
      boolean counts;
      if (across && NegationJoiners.JOINERS.contains(cue)) {
        counts = !negatedSentence;
        negated = true; // "ni ningún": one negation
      } else if (cues.markers().contains(cue)
          || (language.startsWith("en") && cue.endsWith("n't"))) {
        counts = true;
      } else if (cues.concord().contains(cue)) {
        // "hai mai visto?": ever, not never
        counts = !negated && !(question && cue.equals("mai"));
      } else {
        boolean licensed =
            ne || (cue.equals("personne") && i + 1 < words.size() && isNe(words.get(i + 1).norm()));
        counts = licensed && !negated;
      }
      if (counts) {
        out.add(w);
        negated = true;
      }
      negatedSentence |= counts || negated;
    }
    return out;
  }

  /** Word pairs that negate nothing: however, nevertheless, as soon as, for ever and ever. */
  private static final Set<String> IDIOMS =
      Set.of("sin embargo", "no obstante", "não obstante", "non appena", "siempre jamás");

  private static boolean idiom(String cue, List<Word> words, int i) {
    return (i + 1 < words.size() && IDIOMS.contains(cue + " " + words.get(i + 1).norm()))
        || (i > 0 && IDIOMS.contains(words.get(i - 1).norm() + " " + cue));
  }

  /**
   * Whether a word is part of a command-line option or another name joined by hyphens: the "no" of
   * {@code --no-password} says what the option is called, not that something is not.
   */
  private static boolean optionName(String text, Word w) {
    return w.start() > 0 && text.charAt(w.start() - 1) == '-';
  }

  /**
   * Whether a word stands under a negation: a negation word among the three words before it in its
   * clause ("not able", "no válido", "is not sufficient"). A word and its antonym are then the same
   * statement ("unable" / "not able").
   *
   * @param side the side holding the word
   * @param k the word's index
   * @return true when a negation word comes just before it
   */
  static boolean negatedBefore(PairSide side, int k) {
    List<Word> words = side.words();
    for (int i = k - 1; i >= Math.max(0, k - 3); i--) {
      Word w = words.get(i);
      if (CLAUSE_ENDS.contains(w.norm())) {
        return false;
      }
      if (isCue(w, side.language()) && !optionName(side.text(), w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asks(List<Word> words) {
    return words.stream().anyMatch(w -> w.norm().equals("?"));
  }

  /** The cues that are not in a question: the first . ! or ? after them is not a question mark. */
  private static List<Word> outsideQuestions(List<Word> cues, List<Word> words) {
    List<Word> out = new ArrayList<>();
    for (Word w : cues) {
      String end = "";
      for (int k = w.index() + 1; k < words.size() && end.isEmpty(); k++) {
        String n = words.get(k).norm();
        end = n.equals(".") || n.equals("!") || n.equals("?") ? n : "";
      }
      if (!end.equals("?")) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether the clause that starts at word {@code i} ends in a question mark. */
  private static boolean endsInQuestion(List<Word> words, int i) {
    for (int k = i; k < words.size(); k++) {
      String n = words.get(k).norm();
      if (CLAUSE_ENDS.contains(n) && !n.equals("¿")) {
        return n.equals("?");
      }
    }
    return false;
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
