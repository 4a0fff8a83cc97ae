package dev.drift.language;

import java.util.Map;
import java.util.Optional;

/**
 * A Debian Apertium package that translates one language into English, and the mode that does it
 * ({@code apertium -u spa-eng}). Debian packages these English pairs: eng-spa, eng-cat, en-gl,
 * eu-en, hbs-eng, isl-eng, mkd-eng and eo-en; each of them has a mode into English (checked against
 * the packages' {@code modes/} directories). Other languages have no Apertium route into English in
 * Debian.
 *
 * @param language the ISO 639-1 code of the language translated from
 * @param mode the Apertium mode that translates it into English
 * @param debianPackage the Debian package that provides the mode
 */
public record ApertiumPair(String language, String mode, String debianPackage) {
  private static final Map<String, ApertiumPair> INTO_ENGLISH =
      Map.ofEntries(
          pair("es", "spa-eng", "apertium-eng-spa"),
          pair("ca", "cat-eng", "apertium-eng-cat"),
          pair("gl", "gl-en", "apertium-en-gl"),
          pair("eu", "eu-en", "apertium-eu-en"),
          // Serbo-Croatian: one pair for Croatian, Serbian and Bosnian (Latin script).
          pair("sh", "hbs-eng", "apertium-hbs-eng"),
          pair("hr", "hbs-eng", "apertium-hbs-eng"),
          pair("sr", "hbs-eng", "apertium-hbs-eng"),
          pair("bs", "hbs-eng", "apertium-hbs-eng"),
          pair("is", "isl-eng", "apertium-isl-eng"),
          pair("mk", "mkd-eng", "apertium-mkd-eng"),
          pair("eo", "eo-en", "apertium-eo-en"));

  private static Map.Entry<String, ApertiumPair> pair(String language, String mode, String pkg) {
    return Map.entry(language, new ApertiumPair(language, mode, pkg));
  }

  /**
   * The pair that translates a language into English.
   *
   * @param language a BCP 47 tag or ISO 639-1 code ({@code es}, {@code es-MX}); only its language
   *     subtag counts
   * @return the pair, or empty when Debian's Apertium has none for that language
   */
  public static Optional<ApertiumPair> intoEnglish(String language) {
    return Optional.ofNullable(INTO_ENGLISH.get(Languages.base(language)));
  }

  /**
   * The command that installs the pair.
   *
   * @return e.g. {@code apt-get install apertium apertium-eng-spa}
   */
  public String installCommand() {
    return "apt-get install apertium " + debianPackage;
  }
}
