package dev.drift.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, without the detector's profiles, that prose declared English is English: the common case
 * (an English original, a translation nobody declared) then costs no profile loading, about a
 * second and a half of a cold run. It only ever confirms English; anything it is not sure of goes
 * to {@link LanguageDetector}, which answers as before.
 *
 * <p>A sentence of {@value #MIN_WORDS} words or more counts as English when at least {@value
 * #MIN_MARKERS} of its words are English function words, from a list that leaves out every word
 * that is also common in another language written in Latin letters ({@code in}, {@code is}, {@code
 * was}, {@code of}, {@code to}, {@code do}, {@code as}, {@code on}, {@code for}, {@code at}, {@code
 * an}, {@code will}, {@code also}, {@code over} are Dutch, German, Portuguese, French, Polish,
 * Czech or Danish words too); a shorter one (a heading, a table cell, a name) when it holds one of
 * them. The parts of an address or a path ({@code pluto.linux.it}) are no words. The prose is
 * English when sentences counted as English hold at least {@value #MIN_SHARE} of its letters, and
 * there are at least {@value LanguageDetector#MIN_LETTERS} of them, as the detector asks. The
 * detector could then not be sure of another language: it needs 0.9 of the prose ({@link
 * LanguageGuard#CONFIDENT}), so for a page declared English its answer would be English or none,
 * which the guard treats alike. Long documents are sampled: at most {@value #MAX_SENTENCES}
 * sentences, spread evenly, are read. News prose, dense with names, sits lowest among whole English
 * documents: the seed pair's sides 0.79 and 0.71.
 *
 * <p>Measured against the detector itself ({@code bench/run.sh language}): Debian's man pages in 26
 * other languages (many half English: options, untranslated paragraphs) and English prose (the
 * Aesop fables, Bible chapters in the King James and World English versions, the seed pair), each
 * whole and in windows of one to six sentences, split into two halves by name. Of the texts the
 * detector reads as another language with confidence, none is confirmed as English: 0 of 2,847
 * (highest English share 0.43) and 0 of 2,938 (0.51); of those it reads as English, 96 % are
 * confirmed (617 of 640, 481 of 501; the rest mostly windows of one short sentence).
 */
public final class EnglishProse {
  /** Sentences with fewer words count as English when they hold one function word. */
  static final int MIN_WORDS = 4;

  /** The least share of a sentence's words that must be English function words. */
  static final double MIN_MARKERS = 0.15;

  /** At most this many sentences of a document are read, spread evenly over it. */
  static final int MAX_SENTENCES = 256;

  /** The least share of the letters read that English sentences must hold. */
  public static final double MIN_SHARE = 0.6;

  /** English function words that are not common words of another Latin-script language. */
  private static final Set<String> MARKERS =
      Set.of(
          "the", "and", "that", "with", "this", "which", "from", "have", "has", "had", "were",
          "would", "there", "their", "they", "them", "what", "when", "been", "not", "but", "are",
          "you", "your", "his", "him", "she", "our", "shall", "should", "could", "into", "than",
          "these", "those", "who", "whom", "its", "it", "be", "by", "or", "if", "only", "other",
          "some", "such", "about", "any", "each", "may", "must", "very");

  /** A word: letters not joined to letters, a dot, an at sign or a slash (an address or a path). */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}.@/])\\p{L}+");

  private EnglishProse() {}

  /**
   * English, when the prose is clearly English.
   *
   * @param texts the sentences' prose
   * @return {@code en} with the share of letters in English sentences as its confidence, or empty
   *     when the prose is not clearly English (the detector must tell)
   */
  public static Optional<DetectedLanguage> read(List<String> texts) {
    double share = share(texts);
    return share >= MIN_SHARE ? Optional.of(new DetectedLanguage("en", share)) : Optional.empty();
  }

  /**
   * The share of the letters read (of at most {@value #MAX_SENTENCES} sentences) that sentences
   * counted as English hold.
   *
   * @param texts the sentences' prose
   * @return the share, in [0, 1], or NaN when fewer than {@value LanguageDetector#MIN_LETTERS}
   *     letters are read
   */
  public static double share(List<String> texts) {
    long counted = 0;
    long english = 0;
    int n = texts.size();
    int read = Math.min(n, MAX_SENTENCES);
    for (int i = 0; i < read; i++) {
      String text = texts.get((int) ((long) i * n / read));
      int words = 0;
      int markers = 0;
      int letters = 0;
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words++;
        letters += m.group().codePointCount(0, m.group().length());
        if (MARKERS.contains(m.group().toLowerCase(Locale.ROOT))) {
          markers++;
        }
      }
      counted += letters;
      if (words < MIN_WORDS ? markers > 0 : markers >= MIN_MARKERS * words) {
        english += letters;
      }
    }
    return counted < LanguageDetector.MIN_LETTERS ? Double.NaN : (double) english / counted;
  }
}
