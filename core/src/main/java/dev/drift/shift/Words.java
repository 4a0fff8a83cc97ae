package dev.drift.shift;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into {@link Word}s with ICU's word break rules. Stateless and thread-safe. */
public final class Words {
  private Words() {}

  /** Function words of the languages drift knows best; others fall back to short words. */
  private static final Set<String> FUNCTION =
      Set.copyOf(
          List.of(
              // English
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
              "em"));

  /**
   * Tokenises text.
   *
   * @param text the text
   * @param language a BCP 47 tag for the word rules
   * @return its tokens, whitespace excluded
   */
  public static List<Word> of(String text, String language) {
    BreakIterator it = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
    it.setText(text);
    List<Word> words = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String token = text.substring(start, end);
      if (token.isBlank()) {
        continue;
      }
      Word.Type type = typeOf(token);
      String norm = normalize(token);
      words.add(
          new Word(
              words.size(),
              start,
              end,
              token,
              norm,
              type,
              type == Word.Type.WORD && FUNCTION.contains(norm)));
    }
    return words;
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
    String s = Normalizer.normalize(token, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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
