package dev.drift.shift;

import dev.drift.shift.EntityShiftDetector.Name;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a whole document says about its names when its translation was rendered by a translator, for
 * {@link EntityShiftDetector}.
 *
 * <ul>
 *   <li>A capitalised word the same side of the document also writes in lower case is an ordinary
 *       word at a sentence, verse or speech opening ("said, Behold", "; Mas"), not a name. A word
 *       in capitals is such a word only in a sentence's opening run of capitalised words ("Y
 *       ACONTECIÓ", a chapter's first words set in capitals); elsewhere it is an acronym or a name
 *       set in capitals (KJV's "the LORD" is not "lord"). A lower-case part of a compound
 *       ("Beth-lehem-judah") does not count.
 *   <li>A single word opening a sentence or clause that the dictionary writes in lower case (in the
 *       original as written, in the translation as the translator rendered it on its own) and that
 *       the document never capitalises inside a clause is an ordinary word ("said, Arise",
 *       "Edificó" rendered "Built").
 *   <li>Names each language spells its own way (Jehová and the LORD, Filisteo and Philistine, Isaí
 *       and Jesse) are learned from the document's own aligned pairs: two names left unmatched
 *       together in at least {@value #MIN_SHARED_PAIRS} pairs, and in at least half of the pairs
 *       where either is left unmatched (Dice coefficient {@value #MIN_DICE}), are one name; a
 *       capitalised word opening a clause counts as a candidate too ("saying, Lord" / "diciendo:
 *       Señor"). A name swapped into one pair is not learned that way, so it stays a change.
 *   <li>A name the translation adds in the place of a pronoun of the original ("he said" / "dijo
 *       Eli") makes the person explicit ({@link #explicit}) when the document has the name
 *       elsewhere, matched.
 * </ul>
 *
 * Immutable.
 */
final class DocumentNames {
  /** The least number of pairs in which two names must be left unmatched together. */
  static final int MIN_SHARED_PAIRS = 2;

  /** The least Dice coefficient of two names' unmatched pairs for them to be one name. */
  static final double MIN_DICE = 0.5;

  /** Nothing known about the document. */
  static final DocumentNames NONE =
      new DocumentNames(Set.of(), Set.of(), Set.of(), Set.of(), Lexicon.none(), Map.of(), Set.of());

  private final Set<String> lowerOriginal;
  private final Set<String> lowerTranslation;
  private final Set<String> namedOriginal;
  private final Set<String> namedTranslation;
  private final Lexicon lexicon;
  private final Map<String, Set<String>> equivalents;
  private final Set<String> keptTranslation;

  private DocumentNames(
      Set<String> lowerOriginal,
      Set<String> lowerTranslation,
      Set<String> namedOriginal,
      Set<String> namedTranslation,
      Lexicon lexicon,
      Map<String, Set<String>> equivalents,
      Set<String> keptTranslation) {
    this.lowerOriginal = lowerOriginal;
    this.lowerTranslation = lowerTranslation;
    this.namedOriginal = namedOriginal;
    this.namedTranslation = namedTranslation;
    this.lexicon = lexicon;
    this.equivalents = equivalents;
    this.keptTranslation = keptTranslation;
  }

  /**
   * The words each side of the pairs writes in lower case, and those it capitalises inside a
   * clause; no names learned yet.
   *
   * @param pairs the document's rendered pairs
   * @param lexicon the dictionary of the original's language, in which the renderings are written
   */
  static DocumentNames of(List<AlignedPair> pairs, Lexicon lexicon) {
    Set<String> a = new HashSet<>();
    Set<String> b = new HashSet<>();
    Set<String> namedA = new HashSet<>();
    Set<String> namedB = new HashSet<>();
    for (AlignedPair pair : pairs) {
      a.addAll(lowerCaseWords(pair.original().words()));
      b.addAll(lowerCaseWords(pair.translation().words()));
      namedA.addAll(namedInClauses(pair.original().words()));
      namedB.addAll(namedInClauses(pair.translation().words()));
    }
    return new DocumentNames(a, b, namedA, namedB, lexicon, Map.of(), Set.of());
  }

  /** These words, with what the learner saw: names matched across languages, names kept. */
  DocumentNames with(Learner learner) {
    return new DocumentNames(
        lowerOriginal,
        lowerTranslation,
        namedOriginal,
        namedTranslation,
        lexicon,
        learner.equivalents(),
        Set.copyOf(learner.kept));
  }

  /**
   * Whether a name the translation adds to a pair makes explicit whom the original's pronoun means
   * ("And he said" against "Y Eli le dijo"): a name the document's original has, kept or matched
   * across languages in some pair, where the original side says he, she, they, him, her, his or
   * their more often than the translation (its rendering, across languages) does: the name took a
   * pronoun's place. A name added where no pronoun went, or a name no pair matched, stays a
   * warning; so does any name added beside a name dropped (a name swapped).
   *
   * @param n the name the translation side adds
   * @param pair the pair
   */
  boolean explicit(Name n, AlignedPair pair) {
    String k = key(n.text());
    if (!keptTranslation.contains(k) && !equivalents.containsKey("b:" + k)) {
      return false;
    }
    for (Set<String> kind : PRONOUNS) {
      if (count(pair.original(), kind) > count(pair.wording().translation(), kind)) {
        return true;
      }
    }
    return false;
  }

  private static long count(PairSide side, Set<String> kind) {
    return side.words().stream().filter(w -> kind.contains(w.norm())).count();
  }

  /**
   * Third-person pronouns by role, subject, object and possessive, each counted on its own: a
   * translator renders a clitic the original leaves out ("Y Eli le dijo", "And Eli said him", for
   * "And he said"), so one role may gain what another loses.
   */
  private static final List<Set<String>> PRONOUNS =
      List.of(
          Set.of(
              "he", "she", "they", "él", "ella", "ellos", "ellas", "il", "elle", "ils", "elles",
              "er", "sie", "lei", "loro", "ele", "eles"),
          Set.of("him", "her", "them", "lui", "leur", "ihn", "ihm"),
          Set.of("his", "their", "its", "ihr", "dele", "dela"));

  /**
   * Whether a run of names that opened at word {@code i} ends before word {@code j}: a word in
   * capitals opening a sentence ("EMPERO Jehová", "Y FUÉ Samsón", a chapter's first words set in
   * capitals) is no part of the name that follows it.
   */
  static boolean capitalsBefore(List<Word> words, int i, int j) {
    return EntityShiftDetector.isAcronym(words.get(j - 1).text())
        && !EntityShiftDetector.isAcronym(words.get(j).text())
        && capitalOpening(words, i);
  }

  /**
   * Whether a name found on one side is an ordinary word: one the document writes in lower case, or
   * a dictionary word opening a clause or a speech ("said, Arise", "; Edificó") that the document
   * never capitalises inside a clause.
   *
   * @param words the side's words
   * @param n the name
   * @param original whether the side is the original
   * @param renderedWords the translator's renderings of the translation's capitalised words, or
   *     null when the side is in the dictionary's language as written
   */
  boolean ordinary(List<Word> words, Name n, boolean original, Map<String, String> renderedWords) {
    Set<String> lower = original ? lowerOriginal : lowerTranslation;
    boolean written = true;
    for (int k = n.from(); k < n.to(); k++) {
      written &= lower.contains(EntityShiftDetector.key(words.get(k).norm()));
    }
    if (written && (!n.acronym() || capitalOpening(words, n.from()))) {
      return true;
    }
    Word w = words.get(n.from());
    return n.to() == n.from() + 1
        && opensClause(words, n.from())
        && !(original ? namedOriginal : namedTranslation)
            .contains(EntityShiftDetector.key(w.norm()))
        && dictionaryWord(renderedWords == null ? w.text() : renderedWords.get(w.text()));
  }

  /**
   * Whether a word (or the translator's rendering of one) is one the dictionary knows in lower
   * case: "Arise", "Peace", "Past" for "PASADOS"; not "Elijah" or "Jordan", which it knows only as
   * names.
   */
  private boolean dictionaryWord(String text) {
    if (text == null) {
      return false;
    }
    for (String part : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!part.isEmpty() && lexicon.common(part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code i} opens a sentence or a clause: after , ; : ( or a dash. */
  private static boolean opensClause(List<Word> words, int i) {
    if (EntityShiftDetector.opensSentence(words, i)) {
      return true;
    }
    int k = i - 1;
    while (k >= 0
        && words.get(k).type() == Word.Type.PUNCT
        && "\"'¿¡«“‘".contains(words.get(k).norm())) {
      k--;
    }
    return k >= 0 && CLAUSE_MARKS.contains(words.get(k).norm());
  }

  private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", "—", "–");

  /**
   * A pair's unmatched names for learning, with the capitalised words that open a clause inside a
   * sentence (after , ; : or a parenthesis): one language opens a speech after a comma with a name
   * ("saying, Lord, behold"), another after a colon, where the name is not told from an ordinary
   * opening word ("diciendo: Señor, he aquí"). Such a word is learned as a name's counterpart only
   * when it goes with it as consistently as names do ({@link Learner}).
   *
   * @param lost the pair's names the other side lacks
   * @param words the side's words
   * @return the names and the clause openers
   */
  static List<String> withOpeners(List<String> lost, List<Word> words) {
    List<String> out = new ArrayList<>(lost);
    for (int i = 1; i < words.size(); i++) {
      Word w = words.get(i);
      int k = i - 1;
      while (k > 0
          && words.get(k).type() == Word.Type.PUNCT
          && "\"'¿¡«“‘".contains(words.get(k).norm())) {
        k--;
      }
      if (w.type() == Word.Type.WORD
          && Character.isUpperCase(w.text().codePointAt(0))
          && CLAUSE_MARKS.contains(words.get(k).norm())
          && !out.contains(w.text())) {
        out.add(w.text());
      }
    }
    return out;
  }

  /** The capitalised words inside clauses, where only names are capitalised. */
  private static Set<String> namedInClauses(List<Word> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.type() == Word.Type.WORD
          && Character.isUpperCase(w.text().codePointAt(0))
          && !opensClause(words, i)) {
        out.add(EntityShiftDetector.key(w.norm()));
      }
    }
    return out;
  }

  /** Whether every word before {@code i} in its sentence is capitalised or punctuation. */
  private static boolean capitalOpening(List<Word> words, int i) {
    for (int k = i - 1; k >= 0 && !EntityShiftDetector.opensSentence(words, k + 1); k--) {
      Word w = words.get(k);
      if (w.type() == Word.Type.WORD && !Character.isUpperCase(w.text().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name learned as one with a name of the other side meets it there, as a name or as
   * words at a sentence opening.
   *
   * @param name the name as written
   * @param original whether the name is on the original's side
   * @param otherWords the comparison keys of the other side's words
   */
  boolean matched(String name, boolean original, Set<String> otherWords) {
    Set<String> partners = equivalents.get((original ? "a:" : "b:") + key(name));
    return partners != null
        && partners.stream()
            .anyMatch(p -> otherWords.containsAll(List.of(p.substring(2).split(" "))));
  }

  private static Set<String> lowerCaseWords(List<Word> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (i > 0 && words.get(i - 1).end() == w.start() && words.get(i - 1).norm().equals("-")) {
        continue; // a name's part in a compound: "Beth-lehem-judah" is no "judah" in lower case
      }
      if (w.type() == Word.Type.WORD && Character.isLowerCase(w.text().codePointAt(0))) {
        out.add(EntityShiftDetector.key(w.norm()));
      }
    }
    return out;
  }

  /** A name's key: its words' comparison keys, lower case, accents kept. */
  private static String key(String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : text.split("\\s+")) {
      String k =
          EntityShiftDetector.key(
              Normalizer.normalize(w, Normalizer.Form.NFKC)
                  .toLowerCase(Locale.ROOT)
                  .replace('’', '\''));
      sb.append(sb.length() == 0 || k.isEmpty() ? "" : " ").append(k);
    }
    return sb.toString();
  }

  /**
   * Counts, pair by pair, the names each side leaves unmatched, and pairs those that go together.
   */
  static final class Learner {
    private final Map<String, Integer> unmatched = new HashMap<>();
    private final Map<String, Integer> together = new HashMap<>();
    private final Map<String, Name> written = new HashMap<>();
    private final Set<String> kept = new HashSet<>();
    private final boolean oneLanguage;

    /**
     * A learner. In one language (a document worded freely) two spellings alike are one name
     * spelled two ways or a name changed, which each pair judges (Sergei / Sergey, TASS / CASS):
     * only names spelled apart are learned (the LORD / Yahweh).
     *
     * @param oneLanguage whether both sides are in one language
     */
    Learner(boolean oneLanguage) {
      this.oneLanguage = oneLanguage;
    }

    private boolean learnable(Name x, Name y) {
      return !oneLanguage || EntityShiftDetector.similarity(x, y) < 0.5;
    }

    /** A name of the translation that a pair matched with the original. */
    void kept(Name n) {
      kept.add(key(n.text()));
    }

    /** One pair's names left unmatched on each side, as written. */
    void add(Collection<String> lostOriginal, Collection<String> lostTranslation) {
      Set<String> a = new LinkedHashSet<>();
      lostOriginal.forEach(n -> a.add(remember("a:", n)));
      Set<String> b = new LinkedHashSet<>();
      lostTranslation.forEach(n -> b.add(remember("b:", n)));
      for (String x : a) {
        unmatched.merge(x, 1, Integer::sum);
        for (String y : b) {
          together.merge(x + "\n" + y, 1, Integer::sum);
        }
      }
      b.forEach(y -> unmatched.merge(y, 1, Integer::sum));
    }

    private String remember(String side, String name) {
      String k = side + key(name);
      written.putIfAbsent(k, new Name(0, 1, name, EntityShiftDetector.isAcronym(name)));
      return k;
    }

    /** The names matched across languages, both ways, by key. */
    Map<String, Set<String>> equivalents() {
      Map<String, Set<String>> out = new HashMap<>();
      together.forEach(
          (pair, shared) -> {
            int cut = pair.indexOf('\n');
            String x = pair.substring(0, cut);
            String y = pair.substring(cut + 1);
            double dice = 2.0 * shared / (unmatched.get(x) + unmatched.get(y));
            if (shared >= MIN_SHARED_PAIRS
                && dice >= MIN_DICE
                && learnable(written.get(x), written.get(y))) {
              out.computeIfAbsent(x, k -> new HashSet<>()).add(y);
              out.computeIfAbsent(y, k -> new HashSet<>()).add(x);
            }
          });
      return out;
    }
  }
}
