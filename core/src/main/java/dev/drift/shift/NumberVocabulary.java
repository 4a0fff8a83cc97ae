package dev.drift.shift;

import java.util.Map;
import java.util.Set;

/**
 * The words {@link NumberParser} reads numbers and dates by: month names, number words and scales,
 * and which languages write a decimal comma. Immutable.
 */
final class NumberVocabulary {
  private NumberVocabulary() {}

  static final Map<String, Integer> MONTHS = months();
  static final Map<String, Long> NUMBER_WORDS = numberWords();

  /** Short month names of languages that write months in lower case ("le 2 mars"). */
  static final Map<String, Set<String>> LOWER_CASE_MONTHS =
      Map.of(
          "fr", Set.of("mars", "mai", "juin", "août", "aout"),
          "es", Set.of("mayo"),
          "pt", Set.of("maio"));

  static final Map<String, Long> SCALES =
      Map.of(
          "hundred", 100L,
          "thousand", 1_000L,
          "million", 1_000_000L,
          "millions", 1_000_000L,
          "mn", 1_000_000L,
          "billion", 1_000_000_000L,
          "billions", 1_000_000_000L,
          "bn", 1_000_000_000L,
          "trillion", 1_000_000_000_000L,
          "milliard", 1_000_000_000L);
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

  private static Map<String, Long> numberWords() {
    String[] en = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    java.util.HashMap<String, Long> map = new java.util.HashMap<>();
    for (int k = 0; k < en.length; k++) {
      map.put(en[k], (long) k);
    }
    // "one" is far more often a pronoun ("the one who") than a count.
    map.remove("one");
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int k = 0; k < tens.length; k++) {
      map.put(tens[k], (long) (k + 2) * 10);
    }
    String[][] other = {
      {"deux", "2"},
      {"trois", "3"},
      {"quatre", "4"},
      {"cinq", "5"},
      {"six", "6"},
      {"sept", "7"},
      {"huit", "8"},
      {"neuf", "9"},
      {"dix", "10"},
      {"vingt", "20"},
      {"trente", "30"},
      {"zwei", "2"},
      {"drei", "3"},
      {"vier", "4"},
      {"fünf", "5"},
      {"sechs", "6"},
      {"sieben", "7"},
      {"acht", "8"},
      {"neun", "9"},
      {"zehn", "10"},
      {"zwanzig", "20"},
      {"dos", "2"},
      {"tres", "3"},
      {"cuatro", "4"},
      {"cinco", "5"},
      {"seis", "6"},
      {"siete", "7"},
      {"ocho", "8"},
      {"nueve", "9"},
      {"diez", "10"},
      {"veinte", "20"}
    };
    for (String[] o : other) {
      map.put(o[0], Long.parseLong(o[1]));
    }
    return Map.copyOf(map);
  }
}
