package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ordinal number words from third to twelfth in English, Spanish, Italian, Portuguese, French and
 * German ("third", "tercer", "terzo", "terceira", "troisième", "dritten"), so that the number
 * detector sees "the third day" become "el día primero" or "el sexto día" across languages. First
 * and second are left out: they are also adverbs and a unit of time in every one of these languages
 * ("first of all", "primero", "a second", "un segundo"), so a faithful translation would not keep
 * them as numbers; so is German "achte" (also "respect"). Spanish "cuarto" and Portuguese "quarto"
 * are also a room and a quarter ("un cuarto de hora"): they count only after "el", "al", "del"
 * ("o", "ao", "do") and not before "de". Each language reads its own words only (Italian "none" is
 * English "none"). Immutable.
 */
final class OrdinalWords {
  private static final List<String> LANGUAGES = List.of("en", "es", "it", "pt", "fr", "de");

  /** By value from three, one column per language of {@link #LANGUAGES}; German as stems. */
  private static final String[] TABLE = {
    "third | tercer tercero tercera terceros terceras | terzo terza terzi terze"
        + " | terceiro terceira terceiros terceiras | troisième troisièmes | dritt",
    "fourth | cuarto cuarta cuartos cuartas | quarto quarta quarti quarte | quarto quarta quartas"
        + " | quatrième quatrièmes | viert",
    "fifth | quinto quinta quintos quintas | quinto quinta quinti quinte"
        + " | quinto quinta quintos quintas | cinquième cinquièmes | fünft",
    "sixth | sexto sexta sextos sextas | sesto sesta sesti seste | sexto sexta sextos sextas"
        + " | sixième sixièmes | sechst",
    "seventh | séptimo séptima séptimos séptimas | settimo settima settimi settime"
        + " | sétimo sétima sétimos sétimas | septième septièmes | siebt siebent",
    "eighth | octavo octava octavos octavas | ottavo ottava ottavi ottave"
        + " | oitavo oitava oitavos oitavas | huitième huitièmes |",
    "ninth | noveno novena novenos novenas nono nona | nono nona noni | nono nona nonos nonas"
        + " | neuvième neuvièmes | neunt",
    "tenth | décimo décima décimos décimas | decimo decima decimi decime"
        + " | décimo décima décimos décimas | dixième dixièmes | zehnt",
    "eleventh | undécimo undécima | undicesimo undicesima | | onzième onzièmes | elft",
    "twelfth | duodécimo duodécima | dodicesimo dodicesima | | douzième douzièmes | zwölft"
  };

  /** The endings of a German ordinal stem. */
  private static final String[] GERMAN = {"e", "en", "er", "es", "em"};

  private static final Map<String, Map<String, Long>> WORDS = words();

  private OrdinalWords() {}

  /**
   * The value of an ordinal word of a language.
   *
   * @param norm a word, normalised (lower case)
   * @param language a BCP 47 tag; its primary subtag decides, English for a language without words
   * @return its value, or null when it is no ordinal from third to twelfth
   */
  static Long value(String norm, String language) {
    String primary = LanguageTags.primary(language);
    return WORDS.getOrDefault(primary, WORDS.get("en")).get(norm);
  }

  /**
   * The value of the ordinal word {@code i} of a text, read with its neighbours where the word is
   * also a room or a quarter.
   *
   * @param words the words
   * @param i the word
   * @param language the text's language
   * @return its value, or null when it is no ordinal from third to twelfth there
   */
  static Long value(List<Word> words, int i, String language) {
    String norm = words.get(i).norm();
    Long value = value(norm, language);
    if (value == null || !ROOM.contains(norm)) {
      return value;
    }
    boolean article = i > 0 && ARTICLES.contains(words.get(i - 1).norm());
    boolean of = i + 1 < words.size() && OF.contains(words.get(i + 1).norm());
    return article && !of ? value : null;
  }

  private static final Set<String> ROOM = Set.of("cuarto", "cuartos", "quarto", "quartos");
  private static final Set<String> ARTICLES = Set.of("el", "al", "del", "o", "ao", "do");
  private static final Set<String> OF = Set.of("de", "do", "da");

  private static Map<String, Map<String, Long>> words() {
    Map<String, Map<String, Long>> out = new HashMap<>();
    for (String language : LANGUAGES) {
      out.put(language, new HashMap<>());
    }
    for (int k = 0; k < TABLE.length; k++) {
      String[] columns = TABLE[k].split("\\|", -1);
      for (int l = 0; l < columns.length; l++) {
        Map<String, Long> m = out.get(LANGUAGES.get(l));
        for (String w : columns[l].trim().split(" ")) {
          if (w.isEmpty()) {
            continue;
          }
          if (LANGUAGES.get(l).equals("de")) {
            for (String e : GERMAN) {
              m.put(w + e, (long) k + 3);
            }
          } else {
            m.put(w, (long) k + 3);
          }
        }
      }
    }
    Map<String, Map<String, Long>> frozen = new HashMap<>();
    out.forEach((language, m) -> frozen.put(language, Map.copyOf(m)));
    return Map.copyOf(frozen);
  }
}
