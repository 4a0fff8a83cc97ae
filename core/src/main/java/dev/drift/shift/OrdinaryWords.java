package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.util.Locale;

/**
 * How much of a text is ordinary words of its language, as opposed to names, codes, units and
 * placeholders: "Remove all unused packages" holds four, "Bulgaria", "KiB", "sha256:" and "Len
 * Tower" none. A translation file's target copied from its source is untranslated only when the
 * source holds words to translate.
 */
public final class OrdinaryWords {
  private OrdinaryWords() {}

  /**
   * Counts the ordinary content words of a text: words of letters written in lower case (or opening
   * the text), not function words, and for English known to the dictionary as ordinary words; in
   * other languages, of three letters or more.
   *
   * @param text the text
   * @param language its BCP 47 language
   * @return how many ordinary content words it holds
   */
  public static int count(String text, String language) {
    boolean english = LanguageTags.primary(language).equals("en");
    int n = 0;
    boolean first = true;
    for (Word w : Words.of(text, language)) {
      if (w.type() != Word.Type.WORD) {
        continue;
      }
      boolean opening = first;
      first = false;
      String t = w.text();
      String rest = t.substring(t.offsetByCodePoints(0, 1));
      boolean lower = t.equals(t.toLowerCase(Locale.ROOT));
      boolean capitalised =
          Character.isUpperCase(t.codePointAt(0)) && rest.equals(rest.toLowerCase(Locale.ROOT));
      if (w.function() || !(lower || (opening && capitalised))) {
        continue;
      }
      if (english ? WordNetLexicon.english().common(w.norm()) : t.length() >= 3) {
        n++;
      }
    }
    return n;
  }
}
