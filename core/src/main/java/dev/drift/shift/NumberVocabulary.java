package dev.drift.shift;

import java.util.Map;
import java.util.Set;

/**
 * The words {@link NumberParser} reads dates by, and which languages write a decimal comma; the
 * number words of each language are {@link NumberWords}. Immutable.
 */
final class NumberVocabulary {
  private NumberVocabulary() {}

  static final Map<String, Integer> MONTHS = months();

  /** Short month names of languages that write months in lower case ("le 2 mars"). */
  static final Map<String, Set<String>> LOWER_CASE_MONTHS =
      Map.of(
          "fr", Set.of("mars", "mai", "juin", "août", "aout"),
          "es", Set.of("mayo"),
          "pt", Set.of("maio"));

  static final Set<String> COMMA_DECIMAL_LANGUAGES =
      Set.of(
          "fr", "de", "es", "it", "pt", "ru", "nl", "pl", "tr", "sv", "da", "nb", "no", "fi", "cs",
          "sk", "ro", "hu", "uk", "el", "bg", "hr", "sl", "sr", "lt", "lv", "et", "id", "vi", "ca");

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "janvier", "januar", "enero", "gennaio", "janeiro"},
      {"february", "feb", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro"},
      {"march", "mar", "mars", "märz", "marzo", "março"},
      {"april", "apr", "avril", "abril", "aprile"},
      {"may", "mai", "mayo", "maggio", "maio"},
      {"june", "jun", "juin", "juni", "junio", "giugno", "junho"},
      {"july", "jul", "juillet", "juli", "julio", "luglio", "julho"},
      {"august", "aug", "août", "aout", "agosto"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"},
      {"october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {"december", "dec", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro"}
    };
    java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
    for (int m = 0; m < names.length; m++) {
      for (String n : names[m]) {
        map.put(n, m + 1);
      }
    }
    return Map.copyOf(map);
  }
}
