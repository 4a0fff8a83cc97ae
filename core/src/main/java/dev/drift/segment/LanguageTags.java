package dev.drift.segment;

import java.util.Locale;

/**
 * The language part of the BCP 47 tags documents are segmented as, for the stages that choose their
 * rules by language (number words, names, negation cues, translator modes). Stateless.
 */
public final class LanguageTags {
  private LanguageTags() {}

  /**
   * The primary language subtag, lower case.
   *
   * @param tag a BCP 47 tag
   * @return {@code es} for {@code es-MX}, {@code en} for {@code EN}
   */
  public static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether two tags name one language, regions and scripts aside.
   *
   * @param a a BCP 47 tag
   * @param b another
   * @return true for {@code en-GB} and {@code en}
   */
  public static boolean same(String a, String b) {
    return primary(a).equals(primary(b));
  }
}
