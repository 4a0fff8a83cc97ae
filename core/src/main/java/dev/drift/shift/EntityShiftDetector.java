package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Proper nouns and acronyms. Names are runs of capitalised words that do not start a sentence, and
 * words in capitals ("TASS"). A name of the original counts as kept when its words appear on the
 * translation side ("Sergei Lavrov" keeps "Lavrov"). Unkept names on both sides are paired: two
 * spellings of one name ("Sergey" / "Sergei", equal once transliteration variants are folded) are
 * an info; any other change is an error, acronyms included however close ("TASS" → "CASS"). A name
 * dropped or added is a warning.
 *
 * <p>Across languages ({@link #forDocument}, pairs rendered by a translator) the whole document
 * tells ordinary words at openings from names, and which names each language spells its own way
 * ({@link DocumentNames}).
 */
final class EntityShiftDetector implements ShiftDetector {
  private static final Set<ShiftKind> WORDING =
      Set.of(ShiftKind.SUBSTITUTION, ShiftKind.OMISSION, ShiftKind.ADDITION);
  private static final Set<String> NOT_NAMES =
      Set.of(
          ("i monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr mm m mme prof"
                  + " january february march april may june july august september october"
                  + " november december")
              .split(" "));

  private final DocumentNames document;

  private EntityShiftDetector(DocumentNames document) {
    this.document = document;
  }

  static EntityShiftDetector create() {
    return new EntityShiftDetector(DocumentNames.NONE);
  }

  /**
   * A detector that knows the whole document ({@link DocumentNames}): the words each side writes in
   * lower case and the names matched across languages, learned from the pairs a translator
   * rendered. Pairs compared as written are checked as by {@link #create()}.
   *
   * @param pairs every matched pair of the document
   * @return the detector
   */
  static EntityShiftDetector forDocument(List<AlignedPair> pairs) {
    List<AlignedPair> rendered = pairs.stream().filter(p -> p.rendered() || p.free()).toList();
    EntityShiftDetector plain =
        new EntityShiftDetector(
            DocumentNames.of(
                rendered,
                rendered.isEmpty() || !english(rendered.get(0).original().language())
                    ? Lexicon.none()
                    : WordNetLexicon.english()));
    DocumentNames.Learner learner =
        new DocumentNames.Learner(!rendered.isEmpty() && !rendered.get(0).rendered());
    for (AlignedPair pair : rendered) {
      List<Name> b = plain.names(pair, false);
      Lost lost = plain.lost(pair, plain.names(pair, true), b);
      b.stream().filter(n -> !lost.translation().contains(n)).forEach(learner::kept);
      learner.add(
          DocumentNames.withOpeners(
              lost.original().stream().map(Name::text).toList(), pair.original().words()),
          DocumentNames.withOpeners(
              lost.translation().stream().map(Name::text).toList(), pair.translation().words()));
    }
    return new EntityShiftDetector(plain.document.with(learner));
  }

  /** The names of each side of a pair that the other side does not keep. */
  private record Lost(List<Name> original, List<Name> translation) {}

  /** A name: words {@code [from, to)} of a side. */
  record Name(int from, int to, String text, boolean acronym) {}

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    List<Name> a = names(pair, true);
    List<Name> b = names(pair, false);
    Lost lost = lost(pair, a, b);
    List<Name> lostA = new ArrayList<>(lost.original());
    List<Name> lostB = new ArrayList<>(lost.translation());
    if (pair.rendered() || pair.free()) {
      Set<String> wordsA = bareWords(pair.original().words());
      Set<String> wordsB = bareWords(pair.translation().words());
      lostA.removeIf(n -> document.matched(n.text(), true, wordsB));
      lostB.removeIf(n -> document.matched(n.text(), false, wordsA));
    }
    boolean across = !pair.sameLanguage() || pair.free();
    CapitalisedWords.spelledOut(pair, lostA, lostB, findings);
    for (Name x : new ArrayList<>(lostA)) {
      Name partner = null;
      double best = 0;
      for (Name y : lostB) {
        double s = Math.max(similarity(x, y), across ? NameSounds.similarity(x, y) : 0);
        if (s > best) {
          best = s;
          partner = y;
        }
      }
      if (partner == null || best < 0.5) {
        continue;
      }
      lostA.remove(x);
      lostB.remove(partner);
      boolean variant =
          !x.acronym()
              && !partner.acronym()
              && (NameSounds.fold(x.text()).equals(NameSounds.fold(partner.text()))
                  || (across && NameSounds.similarity(x, partner) >= NameSounds.SAME));
      Finding f = mark(findings, x.from(), x.to(), partner.from(), partner.to());
      if (variant) {
        if (f.reason == null) {
          f.reason = "transliteration variant: " + x.text() + " → " + partner.text();
          // Neutral when the change is the name and nothing else: no other evidence, no other
          // words (ENTITY is the kind just added, SUBSTITUTION the word diff's).
          f.neutral =
              f.floor == Severity.INFO
                  && f.kinds.stream().allMatch(k -> k == ShiftKind.ENTITY || WORDING.contains(k))
                  && onlyName(pair.original().words(), f.originalFrom, f.originalTo, x)
                  && onlyName(
                      pair.translation().words(), f.translationFrom, f.translationTo, partner);
        }
      } else {
        f.neutral = false;
        f.raise(Severity.ERROR);
        f.reason = "entity changed: " + x.text() + " → " + partner.text();
      }
    }
    if (!pair.sameLanguage()) {
      CapitalisedWords.metavariables(lostA, lostB, findings);
    }
    for (Name x : lostA) {
      Finding f = mark(findings, x.from(), x.to(), 0, 0);
      boolean word = across && CapitalisedWords.ordinary(x, pair.original(), Map.of());
      f.neutral = false;
      f.raise(word ? Severity.INFO : Severity.WARNING);
      if (f.reason == null) {
        f.reason = (word ? "capitalised word dropped: " : "name dropped: ") + x.text();
      }
    }
    for (Name y : lostB) {
      Finding f = mark(findings, 0, 0, y.from(), y.to());
      boolean word =
          (pair.rendered() || pair.free())
              && CapitalisedWords.ordinary(y, pair.translation(), pair.renderedWords());
      boolean explicit = !word && lostA.isEmpty() && document.explicit(y, pair);
      f.neutral = false;
      f.raise(word || explicit ? Severity.INFO : Severity.WARNING);
      if (f.reason == null) {
        f.reason =
            (word ? "capitalised word added: " : explicit ? "name made explicit: " : "name added: ")
                + y.text();
      }
    }
    // A name kept by another of its words may still be spelled another way ("Sergey Lavrov" /
    // "Sergei Lavrov"): a change of name words only, equal once folded, is a variant too.
    for (Finding f : findings) {
      if (f.reason != null || f.floor != Severity.INFO || f.neutral) {
        continue;
      }
      String x = nameWords(pair.original().words(), f.originalFrom, f.originalTo, a);
      String y = nameWords(pair.translation().words(), f.translationFrom, f.translationTo, b);
      if (x != null && y != null && NameSounds.fold(x).equals(NameSounds.fold(y))) {
        f.kinds.add(ShiftKind.ENTITY);
        f.reason = "transliteration variant: " + x + " → " + y;
        f.neutral = f.kinds.stream().allMatch(k -> k == ShiftKind.ENTITY || WORDING.contains(k));
      }
    }
  }

  private Lost lost(AlignedPair pair, List<Name> a, List<Name> b) {
    Set<String> wordsA = bareWords(pair.original().words());
    Set<String> wordsB = bareWords(pair.translation().words());
    if (pair.rendered()) {
      // Across languages a name may be rendered: Faraón is Pharaoh, ONU is UN. The rendering of
      // the sentence and of each capitalised word on its own bridge the two sides.
      wordsB.addAll(bareWords(pair.rendering().words()));
      for (Word w : pair.translation().words()) {
        String r = pair.renderedWords().get(w.text());
        if (r != null) {
          wordsB.addAll(bareWords(Words.of(r, pair.original().language())));
        }
      }
    }
    List<Name> lostA = new ArrayList<>();
    for (Name n : a) {
      if (!kept(n, pair.original().words(), wordsB)) {
        lostA.add(n);
      }
    }
    List<Name> lostB = new ArrayList<>();
    for (Name n : b) {
      if (!kept(n, pair.translation().words(), wordsA) && !keptRendered(n, pair, wordsA)) {
        lostB.add(n);
      }
    }
    if (pair.rendered() || pair.free()) {
      // A name the other side spells in its own language is there (Judah and Judá: the rendering
      // passed Judá through, so the words do not meet), for a name of the translation also as the
      // original sentence's first word, which is no name of its own ("John answered" against
      // "Respondió Juan"; not the other way: "Entonces" opens a Spanish sentence, and is no
      // Nathan).
      List<Name> openedA = withOpeners(a, pair.original().words());
      lostA.removeIf(x -> b.stream().anyMatch(y -> NameSounds.similarity(x, y) >= NameSounds.SAME));
      lostB.removeIf(
          y -> openedA.stream().anyMatch(x -> NameSounds.similarity(x, y) >= NameSounds.SAME));
    }
    return new Lost(lostA, lostB);
  }

  /**
   * The names of one side; across languages less the ordinary words the document also writes in
   * lower case. A word in capitals is such a word only in a sentence's opening run of capitalised
   * words ("Y ACONTECIÓ", a chapter's first words set in capitals); elsewhere it is an acronym or a
   * name set in capitals (KJV's "the LORD" is not "lord").
   */
  private List<Name> names(AlignedPair pair, boolean original) {
    PairSide side = original ? pair.original() : pair.translation();
    List<Name> out = names(side.words(), side.language());
    if (pair.rendered() || pair.free()) {
      out.removeIf(
          n ->
              document.ordinary(
                  side.words(),
                  n,
                  original,
                  original || pair.sameLanguage() ? null : pair.renderedWords()));
    }
    return out;
  }

  /**
   * The content words of {@code [from, to)} as written, if there are some and all of them lie in
   * names that are not acronyms; else null.
   */
  private static String nameWords(List<Word> words, int from, int to, List<Name> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (!words.get(i).content()) {
        continue;
      }
      int at = i;
      if (names.stream().noneMatch(n -> !n.acronym() && n.from() <= at && at < n.to())) {
        return null;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(words.get(i).text());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** Whether the content words of {@code [from, to)} all belong to the name. */
  private static boolean onlyName(List<Word> words, int from, int to, Name name) {
    for (int i = from; i < to; i++) {
      if (words.get(i).content() && (i < name.from() || i >= name.to())) {
        return false;
      }
    }
    return true;
  }

  static Finding mark(List<Finding> findings, int af, int at, int bf, int bt) {
    for (Finding f : findings) {
      if ((at > af && f.overlapsOriginal(af, at)) || (bt > bf && f.overlapsTranslation(bf, bt))) {
        f.kinds.add(ShiftKind.ENTITY);
        return f;
      }
    }
    Finding f = new Finding(af, at, bf, bt);
    f.kinds.add(ShiftKind.ENTITY);
    findings.add(f);
    return f;
  }

  /**
   * Runs of capitalised words that do not open a sentence, and all-capital words. German
   * capitalises every noun, so there, as in a Title Case headline, only acronyms are names.
   */
  static List<Name> names(List<Word> words, String language) {
    List<Name> out = new ArrayList<>();
    boolean titleCase =
        CAPITALISED_NOUNS.contains(LanguageTags.primary(language))
            || CapitalisedWords.titleCase(words);
    int i = 0;
    while (i < words.size()) {
      if (!isNameWord(words, i)
          || (titleCase && !isAcronym(words.get(i).text()))
          || CapitalisedWords.opensQuotation(words, i, language)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (!titleCase
          && j < words.size()
          && isNameWord(words, j)
          && words.get(j).start() - words.get(j - 1).end() <= 1
          && !DocumentNames.capitalsBefore(words, i, j)) {
        j++;
      }
      String text = text(words, i, j);
      boolean acronym = j == i + 1 && isAcronym(words.get(i).text());
      out.add(new Name(i, j, text, acronym));
      i = j;
    }
    return out;
  }

  private static boolean isNameWord(List<Word> words, int i) {
    Word w = words.get(i);
    String t = w.text();
    if (w.type() != Word.Type.WORD || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    if (NOT_NAMES.contains(Words.bare(w.norm()))) {
      return false;
    }
    if (w.norm().matches("i'(ll|m|ve|d)") || w.norm().endsWith("n't")) {
      return false; // "I'll" is "I will", "Don't" is "do not": no name
    }
    if (isAcronym(t)) {
      return true;
    }
    return !opensSentence(words, i) && !w.function();
  }

  /** All capitals, two letters or more, a possessive aside ("EU’s"). */
  static boolean isAcronym(String word) {
    String t = withoutPossessive(word);
    int letters = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * First word of the text, or after . ! ? : or an opening quote or a Spanish ¿ ¡ that follows one
   * of those; not after the full stop of a title or an initial ("Mr. Lavrov", "MM. Blinken", "Harsh
   * V. Pant", "U.S. Secretary").
   */
  /** The names and the capitalised content words of two consonants or more opening a sentence. */
  private static List<Name> withOpeners(List<Name> names, List<Word> words) {
    List<Name> out = new ArrayList<>(names);
    for (Word w : words) {
      if (w.type() == Word.Type.WORD
          && !w.function()
          && Character.isUpperCase(w.text().codePointAt(0))
          && NameSounds.consonants(w.text()).length() > 1
          && opensSentence(words, w.index())) {
        out.add(new Name(w.index(), w.index() + 1, w.text(), false));
      }
    }
    return out;
  }

  static boolean opensSentence(List<Word> words, int i) {
    int k = i - 1;
    while (k >= 0
        && words.get(k).type() == Word.Type.PUNCT
        && "\"'([¿¡«“‘".contains(words.get(k).norm())) {
      k--;
    }
    if (k < 0) {
      return true;
    }
    String n = words.get(k).norm();
    if (n.equals(".") && k > 0 && abbreviation(words.get(k - 1), words.get(k))) {
      return false;
    }
    return n.equals(".") || n.equals("!") || n.equals("?") || n.equals(":") || n.equals("…");
  }

  /** Languages that capitalise every noun. */
  private static final Set<String> CAPITALISED_NOUNS = Set.of("de", "lb");

  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "mm", "m", "mme", "mmes", "mlle", "dr", "prof", "st", "gen", "sen",
          "rep", "gov", "pres", "lt", "col", "capt", "sgt", "rev", "hr", "fr");

  /** A title, an initial or a dotted abbreviation right before a full stop. */
  private static boolean abbreviation(Word w, Word stop) {
    if (w.type() != Word.Type.WORD || w.end() != stop.start()) {
      return false;
    }
    String bare = Words.bare(w.norm());
    return TITLES.contains(bare)
        || (bare.length() == 1 && Character.isUpperCase(w.text().charAt(0)))
        || w.norm().indexOf('.') > 0;
  }

  /**
   * A name is kept when one of its words is on the other side, possessives aside, or a word sharing
   * a long stem ("Russia" / "Russian", "Ukraine" / "Ukrainian").
   */
  private static boolean kept(Name n, List<Word> words, Set<String> otherWords) {
    for (int k = n.from(); k < n.to(); k++) {
      if (kept(key(words.get(k).norm()), otherWords)) {
        return true;
      }
    }
    return false;
  }

  private static boolean kept(String w, Set<String> otherWords) {
    if (otherWords.contains(w)) {
      return true;
    }
    for (String o : otherWords) {
      if (sharesStem(w, o)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a translation name's words, rendered on their own, are on the original's side. */
  private static boolean keptRendered(Name n, AlignedPair pair, Set<String> originalWords) {
    for (int k = n.from(); k < n.to(); k++) {
      String r = pair.renderedWords().get(pair.translation().words().get(k).text());
      if (r == null) {
        continue;
      }
      for (Word w : Words.of(r, pair.original().language())) {
        if (w.type() == Word.Type.WORD && kept(key(w.norm()), originalWords)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sharesStem(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 4 || Math.abs(a.length() - b.length()) > 4) {
      return false;
    }
    int common = 0;
    while (common < shorter && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= 4 && common >= 0.75 * shorter;
  }

  private static String withoutPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
  }

  /** A word's comparison key: letters and digits only, without a possessive "'s". */
  static String key(String norm) {
    String n = norm.endsWith("'s") ? norm.substring(0, norm.length() - 2) : norm;
    return Words.bare(n);
  }

  static Set<String> bareWords(List<Word> words) {
    Set<String> out = new HashSet<>();
    for (Word w : words) {
      out.add(key(w.norm()));
    }
    return out;
  }

  private static boolean english(String language) {
    return LanguageTags.primary(language).equals("en");
  }

  /** Similarity of two names in [0, 1]: 1 minus the normalised edit distance of folded forms. */
  static double similarity(Name x, Name y) {
    if (x.acronym() != y.acronym()) {
      return 0;
    }
    String a = x.acronym() ? withoutPossessive(x.text()) : NameSounds.fold(x.text());
    String b = y.acronym() ? withoutPossessive(y.text()) : NameSounds.fold(y.text());
    int d = LevenshteinDistance.getDefaultInstance().apply(a, b);
    return 1 - (double) d / Math.max(1, Math.max(a.length(), b.length()));
  }

  private static String text(List<Word> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(words.get(k).text());
    }
    return sb.toString();
  }
}
