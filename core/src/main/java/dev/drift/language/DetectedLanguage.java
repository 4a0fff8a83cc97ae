package dev.drift.language;

import java.util.Locale;

/**
 * The language a document reads as.
 *
 * @param language ISO 639-1 code in lower case ({@code en}, {@code es}, {@code zh})
 * @param confidence the share of the document's sampled prose that reads as {@code language},
 *     weighted by the detector's probability, in (0, 1]; the detector answers only when it is at
 *     least 0.6, so a page half in one language and half in another has no detected language
 */
public record DetectedLanguage(String language, double confidence) {

  /**
   * Creates a detected language.
   *
   * @param language ISO 639-1 code
   * @param confidence share of the prose, in (0, 1]
   * @throws IllegalArgumentException if the code is blank or the confidence out of range
   */
  public DetectedLanguage {
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException("no language code");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " is not in (0, 1]");
    }
    language = language.toLowerCase(Locale.ROOT);
  }

  /**
   * The language and confidence as a report shows them.
   *
   * @return e.g. {@code es (confidence 0.97)}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (confidence %.2f)", language, confidence);
  }
}
