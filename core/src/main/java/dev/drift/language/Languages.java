package dev.drift.language;

import dev.drift.segment.LanguageTags;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;

/** Compares language tags by their language alone. Stateless. */
final class Languages {
  /**
   * Codes the detector cannot tell apart, or that name one language: Norwegian (Bokmål, Nynorsk)
   * and Serbo-Croatian (Croatian, Serbian, Bosnian). Each maps to the code that stands for all.
   */
  private static final Map<String, String> GROUP =
      Map.of("nb", "no", "nn", "no", "hr", "sh", "sr", "sh", "bs", "sh");

  private Languages() {}

  /**
   * The language subtag of a tag, lower case: {@code pt-BR} → {@code pt}, {@code zh-CN} → {@code
   * zh}.
   */
  static String base(String tag) {
    try {
      return new Locale.Builder().setLanguageTag(tag).build().getLanguage();
    } catch (IllformedLocaleException e) {
      return LanguageTags.primary(tag);
    }
  }

  /** Whether two tags name the same language (regions and scripts aside). */
  static boolean same(String a, String b) {
    return group(base(a)).equals(group(base(b)));
  }

  /** Whether a tag names English. */
  static boolean isEnglish(String tag) {
    return base(tag).equals("en");
  }

  private static String group(String code) {
    return GROUP.getOrDefault(code, code);
  }
}
