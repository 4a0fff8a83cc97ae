package dev.drift.shift;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.drift.segment.LanguageTags;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Splits text into {@link Word}s with ICU's word break rules. Stateless and thread-safe. */
final class Words {
  private Words() {}

  /** Spaces that group digits ("1 500" in French): no-break, figure, thin, narrow no-break. */
  private static final String GROUP_SPACES = "\u00a0\u2007\u2009\u202f";

  private static final Pattern GROUP = Pattern.compile("\\d{3}(?:[.,]\\d+)?");
  private static final Pattern GROUPED =
      Pattern.compile("\\d{1,3}(?:[" + GROUP_SPACES + "]\\d{3})*");

  /** English function words. */
  private static final Set<String> ENGLISH =
      Set.copyOf(
          List.of(
              "a",
              "an",
              "the",
              "of",
              "to",
              "in",
              "on",
              "at",
              "by",
              "for",
              "with",
              "from",
              "as",
              "into",
              "onto",
              "over",
              "under",
              "about",
              "after",
              "before",
              "between",
              "through",
              "during",
              "and",
              "or",
              "but",
              "if",
              "so",
              "than",
              "that",
              "this",
              "these",
              "those",
              "there",
              "here",
              "it",
              "its",
              "it's",
              "he",
              "him",
              "his",
              "she",
              "her",
              "hers",
              "they",
              "them",
              "their",
              "theirs",
              "we",
              "us",
              "our",
              "you",
              "your",
              "i",
              "me",
              "my",
              "mine",
              "who",
              "whom",
              "whose",
              "which",
              "what",
              "when",
              "where",
              "while",
              "whilst",
              "because",
              "since",
              "though",
              "although",
              "whereas",
              "until",
              "till",
              "among",
              "amongst",
              "amid",
              "amidst",
              "upon",
              "unto",
              "toward",
              "towards",
              "within",
              "throughout",
              "is",
              "are",
              "was",
              "were",
              "be",
              "been",
              "being",
              "am",
              "has",
              "have",
              "had",
              "having",
              "do",
              "does",
              "did",
              "will",
              "would",
              "shall",
              "should",
              "can",
              "could",
              "may",
              "might",
              "must",
              "also",
              "just",
              "then",
              "too",
              "very",
              "such",
              "some",
              "any",
              "each",
              "both",
              "all",
              "own",
              "same",
              "other",
              "another",
              "up",
              "out",
              "off",
              "again",
              "further",
              "once",
              "really",
              "quite",
              "rather",
              "somewhat",
              "fairly",
              "truly",
              "so",
              "s",
              "'s",
              "no",
              "per",
              "o",
              // the archaic pronouns and auxiliaries of older English ("thou art come down that
              // thou mightest see"), as closed a class as their modern forms; not "art" or "wilt"
              "thou",
              "thee",
              "thy",
              "thine",
              "ye",
              "hast",
              "hath",
              "hadst",
              "dost",
              "doth",
              "didst",
              "shalt",
              "canst",
              "wast",
              "wert",
              "mayest",
              "mightest",
              "shouldest",
              "wouldest",
              "couldest"));

  /**
   * Function words of the languages drift knows best, together: a text in one of them (or in
   * another language) takes them all, but English takes only its own, as French "son", German
   * "die", "den" and "war" or Italian "con" are English nouns and verbs ("the son of Hori").
   */
  private static final Set<String> FUNCTION =
      Set.copyOf(
          Stream.concat(
                  ENGLISH.stream(),
                  Stream.of(
                      // French
                      "le",
                      "la",
                      "les",
                      "l",
                      "un",
                      "une",
                      "des",
                      "du",
                      "de",
                      "d",
                      "et",
                      "ou",
                      "à",
                      "au",
                      "aux",
                      "en",
                      "dans",
                      "par",
                      "pour",
                      "sur",
                      "avec",
                      "que",
                      "qui",
                      "il",
                      "elle",
                      "ils",
                      "elles",
                      "se",
                      "sa",
                      "son",
                      "ses",
                      "est",
                      "sont",
                      "été",
                      // German
                      "der",
                      "die",
                      "das",
                      "den",
                      "dem",
                      "des",
                      "ein",
                      "eine",
                      "einen",
                      "einem",
                      "einer",
                      "und",
                      "oder",
                      "zu",
                      "im",
                      "mit",
                      "von",
                      "für",
                      "auf",
                      "ist",
                      "sind",
                      "war",
                      "wurde",
                      // Spanish, Italian, Portuguese
                      "el",
                      "los",
                      "las",
                      "lo",
                      "y",
                      "o",
                      "del",
                      "al",
                      "por",
                      "para",
                      "con",
                      "su",
                      "sus",
                      "il",
                      "gli",
                      "di",
                      "da",
                      "e",
                      "per",
                      "o",
                      "os",
                      "as",
                      "do",
                      "da",
                      "no",
                      "na",
                      "em"))
              .collect(Collectors.toSet()));

  /**
   * Whether a normalised word is an English function word.
   *
   * @param norm a normalised word
   * @return true for a function word
   */
  static boolean isFunction(String norm) {
    return ENGLISH.contains(norm);
  }

  /** The function words of a text's language (see {@link #FUNCTION}). */
  private static Set<String> functionWords(String language) {
    return LanguageTags.primary(language).equals("en") ? ENGLISH : FUNCTION;
  }

  /**
   * Tokenises text.
   *
   * @param text the text
   * @param language a BCP 47 tag for the word rules
   * @return its tokens, whitespace excluded
   */
  public static List<Word> of(String text, String language) {
    BreakIterator it = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
    Set<String> function = functionWords(language);
    it.setText(text);
    List<Word> words = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String token = text.substring(start, end);
      if (isSpace(token)) {
        continue;
      }
      Word.Type type = typeOf(token);
      Word previous = words.isEmpty() ? null : words.get(words.size() - 1);
      if (previous != null && continuesNumber(text, previous, start, token)) {
        // "1 500" with a no-break or thin space between digit groups is one number, as "1,500" is.
        String joined = text.substring(previous.start(), end);
        words.set(
            previous.index(),
            new Word(
                previous.index(),
                previous.start(),
                end,
                joined,
                normalize(joined),
                Word.Type.NUMBER,
                false));
        continue;
      }
      String norm = normalize(token);
      words.add(
          new Word(
              words.size(),
              start,
              end,
              token,
              norm,
              type,
              type == Word.Type.WORD && function.contains(norm)));
    }
    return words;
  }

  /** Whitespace, including the no-break spaces that {@link String#isBlank()} keeps. */
  private static boolean isSpace(String token) {
    return token.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static boolean continuesNumber(String text, Word previous, int start, String token) {
    return previous.type() == Word.Type.NUMBER
        && previous.end() == start - 1
        && GROUP_SPACES.indexOf(text.charAt(start - 1)) >= 0
        && GROUP.matcher(token).matches()
        && GROUPED.matcher(previous.text()).matches();
  }

  private static Word.Type typeOf(String token) {
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c)) {
        return Word.Type.NUMBER;
      }
      letter |= Character.isLetter(c);
    }
    return letter ? Word.Type.WORD : Word.Type.PUNCT;
  }

  /**
   * The comparison form of a token: NFKC, lower case, typographic quotes, apostrophes and dashes
   * replaced by their ASCII forms.
   *
   * @param token the token
   * @return its normal form
   */
  public static String normalize(String token) {
    // Before NFKC too: it turns "´" into a space and a combining accent, "″" into two primes.
    return unify(Normalizer.normalize(unify(token), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
  }

  private static String unify(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(
          switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
          });
    }
    return sb.toString();
  }

  /**
   * Letters and digits of a token only, lower case: "U.S." and "US" compare equal.
   *
   * @param norm a normalised token
   * @return its letters and digits
   */
  public static String bare(String norm) {
    StringBuilder sb = new StringBuilder(norm.length());
    for (int i = 0; i < norm.length(); i++) {
      if (Character.isLetterOrDigit(norm.charAt(i))) {
        sb.append(norm.charAt(i));
      }
    }
    return sb.toString();
  }
}
